import { shortNames } from './source-vocabulary';

describe('shortNames: how an explanation names a side', () => {
  it('names a source by its first alias when no other source holds it', () => {
    const names = shortNames([
      { id: 'jnim', name: "Jama'at Nusrat al-Islam wal-Muslimin", aliases: ['JNIM', 'GSIM'] },
      { id: 'army', name: 'Malian army', aliases: ['the army', 'FAMa'] },
      { id: 'afp', name: 'Agence France-Presse', aliases: [] },
    ]);
    expect([...names.values()]).toEqual(['JNIM', 'the army', 'Agence France-Presse']);
  });

  it('passes over an alias two sources share, whatever its case, for the next one or the name', () => {
    const names = shortNames([
      { id: 'ruri', name: 'Ruritanian army', aliases: ['the army', 'RAF'] },
      { id: 'bord', name: 'Bordurian army', aliases: ['The Army'] },
    ]);
    expect(names.get('ruri')).toBe('RAF');
    expect(names.get('bord')).toBe('Bordurian army');
  });

  it('passes over an alias that is another source\'s name', () => {
    const names = shortNames([
      { id: 'gov', name: 'Malian government', aliases: ['Mali'] },
      { id: 'mali', name: 'Mali', aliases: [] },
    ]);
    expect(names.get('gov')).toBe('Malian government');
    expect(names.get('mali')).toBe('Mali');
  });
});
