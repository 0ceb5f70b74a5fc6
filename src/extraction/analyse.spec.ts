import { analyse, PIECE, pieces } from './analyse';

describe('a long line is read in pieces', () => {
  const sentence = 'The army said the convoy reached the town before noon. ';
  const line = sentence.repeat(Math.ceil((2.5 * PIECE) / sentence.length));

  it('cuts after a sentence end, into runs no longer than the limit that cover the line', () => {
    const runs = pieces(line, 0, line.length);
    expect(runs.length).toBe(3);
    expect(runs[0][0]).toBe(0);
    expect(runs[runs.length - 1][1]).toBe(line.length);
    runs.forEach(([from, to], i) => {
      expect(to - from).toBeLessThanOrEqual(PIECE);
      if (i > 0) expect(from).toBe(runs[i - 1][1]);
      if (i < runs.length - 1) expect(line.slice(to - 1, to + 1)).toBe('. ');
    });
  });

  it('cuts at a space when there is no sentence end, and at the limit when there is no space', () => {
    const words = 'word '.repeat(PIECE / 2);
    const [[, firstEnd]] = pieces(words, 0, words.length);
    expect(words[firstEnd]).toBe(' ');
    expect(pieces('x'.repeat(PIECE + 5), 0, PIECE + 5)).toEqual([[0, PIECE], [PIECE, PIECE + 5]]);
  });

  it('leaves a paragraph of wire copy whole', () => {
    expect(pieces(sentence.repeat(30), 0, sentence.length * 30)).toEqual([[0, sentence.length * 30]]);
  });

  it('keeps every token at its place in the text, and only the line\'s first token starts a paragraph', () => {
    const text = `BAMAKO -\n${line}`;
    const { tokens } = analyse(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.lineStart).map((t) => t.text)).toEqual(['BAMAKO', 'The']);
    expect(tokens.filter((t) => t.lower === 'army')).toHaveLength(Math.ceil((2.5 * PIECE) / sentence.length));
  });
});
