import { holds } from './contradictions.view';

/** The side headings of the contradictions page: what each side holds, in words. */
describe('a side of a contradiction, as the page heads it', () => {
  it('says that a happening took place or did not, and that a place was attacked or not', () => {
    expect(holds({ attribute: 'occurred' }, { value: 'true' }, false)).toBe('took place');
    expect(holds({ attribute: 'occurred' }, { value: 'true' }, true)).toBe('did not take place');
    expect(holds({ attribute: 'attacked' }, { value: 'true' }, true)).toBe('was not attacked');
  });

  it('says who denies a value, and who says nothing', () => {
    expect(holds({ attribute: 'perpetrator' }, { value: 'Hills Front' }, true)).toBe('denies: Hills Front');
    expect(holds({ attribute: 'perpetrator' }, { value: 'Hills Front' }, false)).toBe('Hills Front');
    expect(holds({ attribute: 'targets' }, { value: null }, false)).toBe('says nothing');
  });
});
