import { eventDuplicate, EventLike, foldName, sourceDuplicate, titleOverlap } from './duplicates';

const event = (over: Partial<EventLike> = {}): EventLike => ({ title: 'Assault on Tessit', startsAt: '2024-08-10T05:00:00Z', places: ['Tessit'], country: 'ML', ...over });

describe('duplicate events', () => {
  it.each<[string, Partial<EventLike>, string[] | null]>([
    ['the same title in other words, same day and place', { title: 'Tessit attack' }, ['similar title (tessit)', 'same days', 'same place (Tessit)']],
    ['a day later, the district named too', { title: 'Attack on the Tessit camp', startsAt: '2024-08-11T09:00:00Z', places: ['Tessit', 'Gao'] }, ['similar title (tessit)', 'same days', 'same place (Tessit)']],
    ['another title, but same place and day', { title: 'Fighting near the army camp' }, ['same days', 'same place (Tessit)']],
    ['a month earlier at the same place', { title: 'Tessit attack', startsAt: '2024-07-10T05:00:00Z' }, null],
    ['the same day in another town', { title: 'Assault on Tessit road', places: ['Ansongo'] }, null],
    ['accents aside', { title: 'Tessit attack', places: ['Téssit'] }, ['similar title (tessit)', 'same days', 'same place (Tessit)']],
    ['the same place name in another country', { title: 'Tessit attack', country: 'NE' }, null],
    ['a title with nothing in common, no place', { title: 'Flooding in the north', places: [] }, null],
    ['a similar title and nothing to tell them apart', { title: 'Tessit assault', startsAt: null, places: [], country: null }, ['similar title (tessit)', 'no time or place to tell them apart']],
  ])('%s', (_, over, reasons) => {
    const found = eventDuplicate(event(over), event());
    expect(found?.reasons ?? null).toEqual(reasons);
  });

  it('compares titles by their distinctive words over the shorter', () => {
    expect(titleOverlap('Attack on the military airport in Bamako', 'Bamako airport attack')).toEqual({ share: 1, shared: ['airport', 'bamako'] });
    // Words that name no event on their own do not count.
    expect(titleOverlap('Event 12', 'Event 13').share).toBe(0);
    expect(titleOverlap('The', 'Attack').share).toBe(0);
  });
});

describe('duplicate sources', () => {
  const jnim = { name: 'JNIM', aliases: ["Jama'at Nusrat al-Islam wal-Muslimin", 'GSIM', 'Brigade 16'] };
  it.each<[string[], string | null]>([
    [['jnim'], 'same name (JNIM)'],
    [['Group for the Support of Islam', 'gsim'], 'gsim is an alias of JNIM'],
    [['Jamaat Nusrat al Islam wal Muslimin'], 'Jamaat Nusrat al Islam wal Muslimin is an alias of JNIM'],
    [['Jama’at Nusrat al-Islam wal-Muslimn'], 'Jama’at Nusrat al-Islam wal-Muslimn is spelt almost like Jama\'at Nusrat al-Islam wal-Muslimin'],
    [['JNIN'], null],
    [['Brigade 15'], null],
    [['ISGS'], null],
  ])('%j against JNIM: %s', (names, reason) => {
    expect(sourceDuplicate(names, jnim)?.reasons[0] ?? null).toBe(reason);
  });

  it('folds case, accents, punctuation and a leading "the"', () => {
    expect(foldName('The Forces Armées Maliennes')).toBe('forces armees maliennes');
    expect(foldName("Jama'at")).toBe('jamaat');
  });
});
