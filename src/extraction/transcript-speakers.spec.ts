import { extractStatements, KnownSource } from './extract';

/** Who speaks in a transcript, probed with texts of our own wording (no corpus text). */
const SOURCES: KnownSource[] = [
  { id: 'army', name: 'Kardan army', aliases: ['the Defence Ministry', 'the army'], kind: 'military' },
  { id: 'front', name: 'Valley Front', aliases: ['the Front'], kind: 'armed_group' },
  { id: 'gov', name: 'Kardan government', aliases: ['Kardan'], kind: 'government' },
  { id: 'health', name: 'Riverton health office', aliases: ['health office'], kind: 'government' },
];

/** Each statement as "speaker: first words". */
const read = (lines: string[]) =>
  extractStatements(lines.join('\n'), SOURCES).map((c) => {
    const who = c.sourceId ?? `new:${c.suggestedSource?.name}`;
    return `${who}: ${c.statement.split(' ').slice(0, 4).join(' ')}`;
  });

describe('transcripts: who speaks', () => {
  it('reads a round-up of "Place: sentence" lines as the speakers each sentence names, not the place', () => {
    const got = read([
      'Riverton: The health office said 40 people were hurt.',
      'Riverton: The Valley Front said the army had shelled the market.',
      'Kardan: The Defence Ministry said a Front mortar fell short.',
    ]);
    expect(got).toEqual(['health: 40 people were hurt', 'front: the army had shelled', 'army: a Front mortar fell']);
  });

  it('reads a label that is only a country as no speaker', () => {
    const lines = ['Q: What does the other side say?', 'Syria: The strike was a provocation.', 'Q: And then?', 'Syria: Nothing more.'];
    expect(read(lines)).toEqual([]);
  });

  it('reads a country\'s label with words in the first person as its delegate speaking', () => {
    const lines = ['Q: Does any delegation wish to speak?', 'Syria: We reject the charge.', 'Q: Anyone else?', 'Syria: No.'];
    expect(read(lines)).toEqual(['new:Syrian government: We reject the charge.', 'new:Syrian government: No.']);
  });

  it('reads a paragraph between turns whose subject is a third party as narration, not the last speaker\'s words', () => {
    const got = read([
      'Colonel Aran Meke, spokesman of the Kardan army, briefed reporters.',
      'Q: Who shelled the market?',
      'COL. MEKE: A Front mortar fell short.',
      'The Valley Front denied firing on the market and blamed the army, which it accused of killing 40 people.',
      'Q: How sure are you?',
      'COL. MEKE: Quite sure.',
    ]);
    expect(got.filter((s) => s.startsWith('army:'))).toEqual(['army: A Front mortar fell', 'army: Quite sure.']);
    expect(got.some((s) => s.startsWith('front:'))).toBe(true);
  });

  it('carries a turn over a paragraph with no subject of its own', () => {
    const got = read([
      'Q: What happened at the bridge?',
      'COL. ARAN MEKE: The patrol came under fire at noon.',
      'Then, after an hour, silence.',
      'Q: Anyone hurt?',
      'COL. ARAN MEKE: No.',
    ]);
    expect(got).toEqual(['new:Aran Meke: The patrol came under', 'new:Aran Meke: Then, after an hour,', 'new:Aran Meke: No.']);
  });

  it('resolves a label to the person the text introduces before a party the word is an alias of', () => {
    const got = read([
      'Ilya Kardan, a shopkeeper, saw the shelling.',
      'Q: What did you see?',
      'KARDAN: The Front fired it. Forty died.',
      'Q: Sure?',
      'KARDAN: Yes.',
    ]);
    expect(got).toEqual(['new:Ilya Kardan: The Front fired it.', 'new:Ilya Kardan: Yes.']);
  });

  it('takes the person answering ("A:") from the header, not the interviewer the header names after them', () => {
    const got = read([
      'Valley Front spokesman Tomas Brandt spoke to Sara Lind of the Kardan Times.',
      'Q: Who holds the bridge?',
      'A: Our fighters do, since Sunday.',
      'Q: Were any of them killed?',
      'A: Two were.',
    ]);
    expect(got).toEqual(['front: Our fighters do, since', 'front: Two were.']);
  });

  it('takes the person answering from a header that ends with their name and a full stop', () => {
    const header = 'An interview with Valley Front spokesman Tomas Brandt.';
    const got = read([header, 'Q: Who holds the bridge?', 'A: We do.', 'Q: Still?', 'A: Yes.']);
    expect(got).toEqual(['front: We do.', 'front: Yes.']);
  });
});
