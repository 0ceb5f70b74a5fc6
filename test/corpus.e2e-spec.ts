import { builtInVocabulary, checkEvents, corpusRoot, redacted, sharedEvents, VocabularyEntry } from './eval/corpus-check';
import { readHalf } from './eval/corpus';
import { join } from 'node:path';

/**
 * The annotated extraction corpus stays valid (test/fixtures/extraction/README): quotes found once,
 * speakers known or marked new, facets in the vocabulary the migrations write, contradictions between
 * speakers who speak. The held-out half is checked mechanically; its problems are shown without its words.
 */
describe('annotated extraction corpus', () => {
  let vocabulary: Map<string, VocabularyEntry>;
  beforeAll(async () => {
    vocabulary = await builtInVocabulary();
  });

  it('reads the vocabulary from the migrations', () => {
    expect(vocabulary.get('fatalities')?.kind).toBe('quantity');
    expect(vocabulary.get('outcome')?.allowed).toContain('repelled');
  });

  it('dev half: every annotation is valid', () => {
    const events = readHalf(join(corpusRoot(), 'dev'));
    expect(events.length).toBeGreaterThanOrEqual(20);
    expect(checkEvents(events, vocabulary)).toEqual([]);
  });

  it('held-out half: every annotation is valid', () => {
    const events = readHalf(join(corpusRoot(), 'heldout'));
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(checkEvents(events, vocabulary).map(redacted)).toEqual([]);
  });

  it('no event is in both halves', () => {
    expect(sharedEvents(readHalf(join(corpusRoot(), 'dev')), readHalf(join(corpusRoot(), 'heldout')))).toEqual([]);
  });

  it('finds what is wrong in a broken annotation', () => {
    const [event] = readHalf(join(corpusRoot(), 'dev'));
    const text = event.texts[0];
    const broken = {
      ...event,
      contradictions: [{ attribute: 'fatalities', between: ['nobody here', event.texts[0].statements[0].speaker] as [string, string] }],
      texts: [{
        ...text,
        statements: [
          { speaker: 'someone unknown', quote: 'words that are in no text at all', facets: [] },
          { ...text.statements[0], facets: [
            { attribute: 'fatalities', value: 'a great many' }, { attribute: 'outcome', value: 'won' },
            { attribute: 'toll', value: 3 }, { attribute: 'targets', value: 'school' }, { attribute: 'destroyed', value: 4 },
          ] },
        ],
      }],
    };
    const problems = checkEvents([broken], vocabulary).join('\n');
    expect(problems).toContain('quote occurs 0 times');
    expect(problems).toContain('is no party and not marked new');
    expect(problems).toContain('"a great many" does not parse');
    expect(problems).toContain('"won" is not one of');
    expect(problems).toContain('"toll" is not in the vocabulary');
    expect(problems).toContain('is not a list of words');
    expect(problems).toContain('destroyed needs the thing as subject');
    expect(problems).toContain('names "nobody here", who speaks in no text');
  });
});
