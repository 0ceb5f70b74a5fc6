import { group, kinds, Said } from '../../test/detection-groups';

/** Categories one source says together are not set against each other (co-asserted.ts). */
describe('detectGroup: values said together', () => {
  const at = (day: string) => `2024-03-0${day}T12:00:00Z`;

  it.each<[string, string, Said[]]>([
    ['two perpetrators named in one claim, against one of them', 'perpetrator', [
      { id: '1', by: 'army', value: 'Northern Front' }, { id: '1', by: 'army', value: 'Lake Brigade' },
      { id: '2', by: 'afp', value: 'Lake Brigade' }]],
    ['two sources that each name the same pair', 'perpetrator', [
      { id: '1', by: 'army', value: 'Northern Front' }, { id: '1', by: 'army', value: 'Lake Brigade' },
      { id: '2', by: 'afp', value: 'Northern Front' }, { id: '2', by: 'afp', value: 'Lake Brigade' }]],
  ])('does not flag %s', (_, attribute, said) => {
    expect(kinds(group(attribute, said))).toEqual([]);
  });

  it.each<[string, string, Said[], string[]]>([
    ['two sources that each name one perpetrator, beside a source naming both', 'perpetrator', [
      { id: '1', by: 'army', value: 'Northern Front' }, { id: '1', by: 'army', value: 'Lake Brigade' },
      { id: '2', by: 'afp', value: 'Northern Front' }, { id: '3', by: 'jnim', value: 'Lake Brigade' }], ['category_conflict:high']],
    ['a source that changed its account, against one holding the first value', 'perpetrator', [
      { id: '1', by: 'army', value: 'Northern Front', at: at('1') }, { id: '2', by: 'army', value: 'Lake Brigade', at: at('3') },
      { id: '3', by: 'afp', value: 'Northern Front', at: at('4') }], ['category_conflict:high']],
    // An article telling a change of account dates both claims by its publication: two claims, not one breath.
    ['a change of account told in one article, against one holding the first value', 'perpetrator', [
      { id: '1', by: 'army', value: 'Northern Front', at: at('1') }, { id: '2', by: 'army', value: 'Lake Brigade', at: at('1') },
      { id: '3', by: 'afp', value: 'Northern Front', at: at('2') }], ['category_conflict:high']],
    ['a source that changed its mind and back, against one holding the value in between', 'perpetrator', [
      { id: '1', by: 'army', value: 'Northern Front', at: at('1') }, { id: '2', by: 'army', value: 'Lake Brigade', at: at('3') },
      { id: '3', by: 'army', value: 'Northern Front', at: at('5') }, { id: '4', by: 'afp', value: 'Lake Brigade', at: at('6') }], ['category_conflict:high']],
    ['a denial of a value the other source asserts with another', 'perpetrator', [
      { id: '1', by: 'army', value: 'Northern Front' }, { id: '1', by: 'army', value: 'Lake Brigade' },
      { id: '2', by: 'afp', value: 'Lake Brigade', polarity: 'denied' }], ['negation:high']],
  ])('still flags %s', (_, attribute, said, expected) => {
    expect(kinds(group(attribute, said))).toEqual(expected);
  });
});
