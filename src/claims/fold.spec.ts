import { fold } from './fold';

describe('fold', () => {
  it.each([
    ["Jama'at Nusrat al-Islam wal-Muslimin", 'jamaat nusrat al islam wal muslimin'],
    ['  Military   Aircraft ', 'military aircraft'],
    ['Gendarmerie École', 'gendarmerie ecole'],
    ['JNIM', 'jnim'],
    ['under_control', 'under control'],
    ['Under control', 'under control'],
    ['Jama’at', 'jamaat'],
  ])('%p folds to %p', (raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });
});
