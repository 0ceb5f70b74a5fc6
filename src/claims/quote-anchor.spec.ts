import { anchorQuote } from './quote-anchor';

const text = 'Before. “The situation is under control,” the army chief said. The situation is under control, again.';

describe('anchorQuote', () => {
  it('finds the first occurrence and fills offsets, prefix and suffix', () => {
    const result = anchorQuote({ exact: 'The situation is under control' }, text);
    expect(result).toEqual({ anchor: expect.objectContaining({ start: 9, end: 39 }) });
    if ('anchor' in result) {
      expect(text.slice(result.anchor.start!, result.anchor.end!)).toBe('The situation is under control');
      expect(result.anchor.prefix).toBe('Before. “');
      expect(result.anchor.suffix!.startsWith(',” the army')).toBe(true);
    }
  });

  it('uses the prefix to pick a later occurrence', () => {
    const result = anchorQuote({ exact: 'The situation is under control', prefix: 'said. ' }, text);
    expect('anchor' in result && text.slice(result.anchor.start!, result.anchor.end!)).toBe('The situation is under control');
    expect('anchor' in result && result.anchor.start).toBe(text.lastIndexOf('The situation'));
  });

  it('checks given offsets against the text', () => {
    expect(anchorQuote({ exact: 'The situation', start: 9, end: 22 }, text)).toEqual({ anchor: expect.objectContaining({ start: 9, end: 22 }) });
    expect(anchorQuote({ exact: 'The situation', start: 10, end: 23 }, text)).toEqual({ problem: expect.objectContaining({ path: 'quote.start' }) });
    expect(anchorQuote({ exact: 'The situation', start: 9, end: 30 }, text)).toEqual({ problem: expect.objectContaining({ path: 'quote.end' }) });
    expect(anchorQuote({ exact: 'The situation', start: 9 }, text)).toEqual({ problem: expect.objectContaining({ path: 'quote.end' }) });
  });

  it('refuses a quote that is not in the text', () => {
    expect(anchorQuote({ exact: 'aircraft destroyed' }, text)).toEqual({ problem: { path: 'quote.exact', message: 'does not appear in the document text' } });
  });

  it('keeps the quote as given without a document text', () => {
    expect(anchorQuote({ exact: 'anything' }, null)).toEqual({ anchor: { exact: 'anything', prefix: null, suffix: null, start: null, end: null } });
  });
});
