import { analyse, Token } from './analyse';
import { extractStatements, KnownSource } from './extract';
import { quotedTokens } from './quotes';
import { readTranscript, Resolver } from './transcript';
import { countedReads } from '../../test/work-counters';

/** Transcripts probed with exchanges of our own wording (no corpus text). */
const SOURCES: KnownSource[] = [
  { id: 'army', name: 'Kardan army', aliases: ['Army Media Office', 'AMO', 'the Defence Ministry'], kind: 'military' },
  { id: 'front', name: 'Valley Front', aliases: ['the Front'], kind: 'armed_group' },
  { id: 'gov', name: 'Kardan government', aliases: ['Kardan', 'Foreign Ministry'], kind: 'government' },
];

/** Each statement as "speaker: first words". */
const read = (text: string) =>
  extractStatements(text, SOURCES).map((c) => `${c.sourceId ?? `new:${c.suggestedSource?.name}`}: ${c.statement.split(' ').slice(0, 4).join(' ')}`);

describe('transcripts: a labelled turn is its speaker\'s direct quote', () => {
  it.each([
    ['a title and a surname in capitals, the person written out before', [
      'Defence Ministry briefing with Major General Irina Voss, head of the Army Media Office.',
      'Q: General, how many fighters attacked the depot?',
      'MAJ. GEN. VOSS: About forty attacked at dawn. Eleven of them were killed and the rest fled.',
      'Q: And the villagers?',
      'MAJ. GEN. VOSS: Nobody in the village was hurt.',
    ], ['army: About forty attacked at', 'army: Nobody in the village']],
    ['a function and a name, in ordinary case', [
      'Spokesperson Lena Haru: Kardan rejects the accusation entirely.',
      'Reporter: Will the border stay closed?',
      'Spokesperson Lena Haru: The border stays closed until further notice.',
    ], ['new:Lena Haru: Kardan rejects the accusation', 'new:Lena Haru: The border stays closed']],
    ['a roster in a header line', [
      'Participants: Tomas Brandt, spokesman of the Valley Front',
      'MR. BRANDT: Our fighters hold the bridge.',
      'QUESTION: Is that confirmed?',
      'MR. BRANDT: It is. We took it on Sunday.',
    ], ['front: Our fighters hold the', 'front: It is. We took']],
    ['two people named in a header, the body after the last of them, a generation after a surname', [
      'Remarks by Omar Vale Jr. and Ida Marr, the Army Media Office, May 2.',
      'Q: Is the dam safe?',
      'MR. VALE: It is safe.',
      'Q: And the bridge?',
      'COL. MARR: The bridge is ours.',
    ], ['army: It is safe.', 'army: The bridge is ours.']],
    ['an office in capitals', [
      'THE ARMY SPOKESMAN: The depot was never hit.',
      'QUESTION: Not once?',
      'THE ARMY SPOKESMAN: Not once.',
    ], ['army: The depot was never', 'army: Not once.']],
    ['a known party as the label', [
      'AMO: Two soldiers were wounded in the night.',
      'MODERATOR: Next question, please.',
      'AMO: The road to the airport is open again.',
    ], ['army: Two soldiers were wounded', 'army: The road to the']],
    ['a function in brackets after the name', [
      'JOHN ADE (Valley Front spokesman): We will not give up the bridge.',
      'Q (Radio Kardan): And the prisoners?',
      'JOHN ADE (Valley Front spokesman): They are safe.',
    ], ['front: We will not give', 'front: They are safe.']],
    ['questions and answers, the person answering named before them', [
      'An interview with Valley Front spokesman Tomas Brandt, conducted by Sara Lind.',
      'Q: Who holds the bridge?',
      'A: Our fighters do, since Sunday.',
      'Q: Were any of them killed?',
      'A: Two were.',
    ], ['front: Our fighters do, since', 'front: Two were.']],
  ])('%s', (_case, lines, expected) => {
    expect(read((lines as string[]).join('\n'))).toEqual(expected);
  });

  it('carries a turn over the paragraphs after it, up to the next label', () => {
    const text = [
      'Q: What happened at the checkpoint?',
      'COL. ARAN MEKE: The patrol came under fire at noon.',
      'We returned fire and the attackers withdrew into the hills.',
      'Q: Were civilians hurt?',
      'COL. ARAN MEKE: Not one.',
    ].join('\n');
    const meke = ['The patrol came under', 'We returned fire and', 'Not one.'].map((words) => `new:Aran Meke: ${words}`);
    expect(read(text)).toEqual(meke);
  });

  it('reads a label standing alone on its line as the speaker of the lines after it', () => {
    const text = [
      'MODERATOR:', 'Your question, please.',
      'COL. ARAN MEKE:', 'The patrol came under fire at noon.', 'We returned fire.',
      'MODERATOR:', 'Thank you.',
    ].join('\n');
    expect(read(text)).toEqual(['new:Aran Meke: The patrol came under', 'new:Aran Meke: We returned fire.']);
  });

  it('ends a turn where the writer narrates again, and reads that narration as usual', () => {
    const text = [
      'Q: Is the pass open?',
      'GEN. OKON: The pass is open.',
      'Q: Since when?',
      'GEN. OKON: Since this morning.',
      'Later in the day the Valley Front said the pass was still under its fire.',
    ].join('\n');
    expect(read(text)).toEqual(['new:Okon: The pass is open.', 'new:Okon: Since this morning.', 'front: the pass was still']);
  });

  it('looks a surname up where it ends a name, not inside a party\'s name', () => {
    const text = [
      'HOST: Valley Front fighters say they hold the dam. Our reporter in Riverton, Ana Valley, is there.',
      'VALLEY: The Defence Ministry says the dam is in its hands.',
      'HOST: Thank you, Ana.',
    ].join('\n');
    expect(read(text)).toEqual(['front: they hold the dam', 'army: the dam is in']);
  });

  it('reads no question, host or correspondent as a statement, but what they report', () => {
    const text = [
      'HOST: The Valley Front says it shot down a helicopter. Our correspondent Mara Ilic is in the capital.',
      'ILIC: The Defence Ministry told us that no aircraft was lost.',
      'Q: The Front says thirty soldiers died. Is that so?',
      'ANCHOR: Thank you, Mara.',
    ].join('\n');
    expect(read(text)).toEqual(['front: it shot down a', 'army: no aircraft was lost', 'front: thirty soldiers died']);
  });
});

describe('transcripts: what is not a label', () => {
  it.each([
    ['a headline in capitals with a colon', [
      'RIVERTON: THOUSANDS FLEE AS DAM GIVES WAY',
      'RIVERTON: ARMY SENDS BOATS',
      'The army said 300 people had been moved.',
    ], ['army: 300 people had been']],
    ['a headline in title case with a colon', [
      'Kardan: Army Says Depot Attack Repelled',
      'The army said the attack had been repelled.',
    ], ['army: the attack had been']],
    ['a dateline', [
      'RIVERTON, May 3 (Reuters) - The army said the dam held.',
      'The Valley Front said it had not attacked the dam.',
    ], ['army: the dam held', 'front: it had not attacked']],
    ['a place and a colon opening the copy', [
      'RIVERTON: The army said the dam held.',
      'The Valley Front said it had not attacked the dam.',
    ], ['army: the dam held', 'front: it had not attacked']],
    ['questions and answers under no person\'s name', [
      'Questions and answers on the Riverton dam, from the Valley Front.',
      'Q: What happened?',
      'A: The Front says it seized the dam.',
      'Q: And then?',
      'A: Nobody knows.',
    ], ['front: it seized the dam']],
    ['a list of figures, each once', [
      'Killed: 12 soldiers and 3 civilians.',
      'Wounded: about 30 people.',
      'Casualties: none among the police.',
      'The army said the toll could rise.',
    ], ['army: the toll could rise']],
    ['one line of prose with a colon', [
      'Colonel Aran Meke: a soldier for thirty years.',
      'The army said he had retired.',
    ], ['army: he had retired']],
  ])('%s', (_case, lines, expected) => {
    expect(read((lines as string[]).join('\n'))).toEqual(expected);
  });

  it('a sentence in capitals up to a colon: read as a sentence, its words never a label', () => {
    const got = extractStatements('THE ARMY SAID ON MONDAY: The dam held.\nTHE FRONT SAID ON TUESDAY: We did not attack it.', SOURCES);
    expect(got.map((c) => [c.speaker, c.statement])).toEqual([['THE ARMY', 'The dam held'], ['THE FRONT', 'We did not attack it']]);
  });
});

describe('transcripts on pathological input', () => {
  // Work counted, not timed (no threshold that depends on the machine): the reads of tokens and of their fields
  // while the turns are read. Eight times the input costs about eight times the reads, where a quadratic cost
  // would give 64: the bound sits far from both. The text is analysed once, apart. (Characters handled by string
  // methods are not counted: each label's `text.slice` would count the whole text, though it copies the label.)
  // The resolver works as a real one does, over the counted tokens: it reads the label's words up to its colon,
  // and names a person, so that turns carry on and the person answering is looked for.
  const reading = (list: Token[]): Resolver => (head, _beside, at) => {
    let k = at;
    while (k + 1 < list.length && !list[k + 1].lineStart && list[k].text !== ':') k += 1;
    return { kind: 'person', sourceId: null, suggested: null, speaker: head, line: 0, person: true };
  };
  const work = (text: string) => {
    const { tokens } = analyse(text);
    const quoted = quotedTokens(tokens);
    const { list, reads } = countedReads(tokens);
    const turnAt = readTranscript(text, list, quoted, reading(list));
    for (let k = 0; k < tokens.length; k += 1) if (tokens[k].lineStart) turnAt(k);
    return reads.count;
  };
  const linear = (make: (n: number) => string) => work(make(1000)) / work(make(125));

  it('reads thousands of "A:" and "Q:" lines in linear time', () => {
    expect(linear((n) => 'Q: Why?\nA: Because we said so.\nA:\nA:\nGEN. ARAN:\nWe held.\n'.repeat(n))).toBeLessThan(16);
  });

  it('reads a long capitalised run ending with a colon in linear time, as no label', () => {
    expect(linear((n) => `${'ARMY GENERAL '.repeat(n * 8)}:  We held.\nQ: Really?\nGEN. ARAN: Yes.\n`.repeat(2))).toBeLessThan(16);
  });

  it('reads bodies of thousands of reporting verbs, and narration between turns, in linear time', () => {
    const said = (n: number) => `Q: Why?\nGEN. ARAN: ${'the army said that '.repeat(n)}it held.\nQ: And?\nGEN. ARAN: Yes.\n`;
    const between = (n: number) => `Q: Why?\nGEN. ARAN: Yes.\n${'The Front said it fled.\n'.repeat(n)}Q: And?\nGEN. ARAN: No.\n`;
    expect(linear(said)).toBeLessThan(16);
    expect(linear(between)).toBeLessThan(16);
  });

  it('gives candidates, none from the run, for a 100,000-character capitalised label and thousands of turns', () => {
    const run = `${'A'.repeat(50_000)} ${'Bc '.repeat(16_000)}: The army said it held.`;
    const text = `${run}\nAn interview with Valley Front spokesman Tomas Brandt.\n${'A: We held.\nQ: No?\n'.repeat(3000)}`;
    const got = extractStatements(text, SOURCES);
    expect(got).toHaveLength(3001);
    expect(got[0]).toMatchObject({ speaker: 'The army', sourceId: 'army', statement: 'it held' });
    expect(got.slice(1).every((c) => c.speaker === 'A' && c.sourceId === 'front' && c.statement === 'We held.')).toBe(true);
  });
});
