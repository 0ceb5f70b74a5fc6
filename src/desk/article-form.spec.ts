import { articleInput, publishedAtInput } from './article-form';

describe('the article forms, read for the document', () => {
  it('reads a time typed without a zone as UTC, and keeps a day or a zone as typed', () => {
    expect(publishedAtInput('2024-09-18T10:00')).toBe('2024-09-18T10:00:00Z');
    expect(publishedAtInput('2024-09-18T10:00:30')).toBe('2024-09-18T10:00:30Z');
    expect(publishedAtInput(' 2024-09-18T10:00:30.5 ')).toBe('2024-09-18T10:00:30.5Z');
    expect(publishedAtInput('2024-09-18')).toBe('2024-09-18');
    expect(publishedAtInput('2024-09-18T09:00:00Z')).toBe('2024-09-18T09:00:00Z');
    expect(publishedAtInput('2024-09-18T11:00+02:00')).toBe('2024-09-18T11:00+02:00');
  });

  it('leaves an empty field out, and what is not a date for the DTO to refuse', () => {
    expect(publishedAtInput('  ')).toBeUndefined();
    expect(publishedAtInput('yesterday')).toBe('yesterday');
  });

  it('gives the same input from either form; the publisher only when one is chosen', () => {
    const typed = { title: 'Headline', url: '', publishedAt: '2024-09-18T10:00', text: 'Text' };
    expect(articleInput(typed)).toEqual({ title: 'Headline', text: 'Text', url: undefined, publisherId: undefined, publishedAt: '2024-09-18T10:00:00Z' });
    expect(articleInput(typed, '')).toEqual(articleInput(typed));
    expect(articleInput({ ...typed, url: ' https://example.org/a ' }, 'p1')).toMatchObject({ url: 'https://example.org/a', publisherId: 'p1' });
  });
});
