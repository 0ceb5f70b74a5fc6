import { label, plural, when } from './labels';

describe('labels', () => {
  it('says every key in words, known or not', () => {
    expect(label('category_conflict')).toBe('conflicting accounts');
    expect(label('revision_in_time')).toBe('changed over time');
    expect(label('party_to_conflict')).toBe('party to the conflict');
    expect(label('under_control')).toBe('under control');
    expect(label('some_new_key')).toBe('some new key');
    expect(label('toString')).toBe('toString');
    expect(label(null)).toBe('');
  });

  it('makes plurals agree', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(2, 'claim')).toBe('2 claims');
    expect(plural(1, 'party')).toBe('1 party');
    expect(plural(9, 'party')).toBe('9 parties');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });

  it('shows a day-precision date as the day', () => {
    expect(when('2024-10-02T00:00:00.000Z')).toBe('2024-10-02');
    expect(when('2024-10-02T00:00:00Z', 'day')).toBe('2024-10-02');
    expect(when('2024-09-17T05:30:00.000Z')).toBe('2024-09-17 05:30 UTC');
    expect(when('2024-09-17T00:00:00.000Z', 'exact')).toBe('2024-09-17 00:00 UTC');
    expect(when('2024-09-01T00:00:00.000Z', 'month')).toBe('2024-09');
    expect(when(null)).toBe('');
  });
});
