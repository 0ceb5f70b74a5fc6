/** An event as the annotated corpus describes it (test/fixtures/extraction/README.md). */
export interface CorpusEvent { title: string; type: string; occurredAt: string; timePrecision?: 'day' | 'week' | 'month'; place: string; country: string }

/** Countries of conflict events by name, with their ISO code and a few cities for a same-day distractor elsewhere. */
const COUNTRIES: Record<string, { iso: string; cities: string[] }> = {
  mali: { iso: 'ML', cities: ['Ségou', 'Mopti', 'Gao', 'Timbuktu'] },
  'burkina faso': { iso: 'BF', cities: ['Ouahigouya', 'Djibo', 'Fada N\'Gourma', 'Kaya'] },
  niger: { iso: 'NE', cities: ['Tillabéri', 'Diffa', 'Agadez', 'Niamey'] },
  nigeria: { iso: 'NG', cities: ['Maiduguri', 'Zamfara', 'Kaduna', 'Jos'] },
  ukraine: { iso: 'UA', cities: ['Kharkiv', 'Zaporizhzhia', 'Odesa', 'Dnipro'] },
  russia: { iso: 'RU', cities: ['Belgorod', 'Kursk', 'Bryansk', 'Rostov-on-Don'] },
  myanmar: { iso: 'MM', cities: ['Mandalay', 'Hpakant', 'Loikaw', 'Lashio'] },
  somalia: { iso: 'SO', cities: ['Baidoa', 'Kismayo', 'Beledweyne', 'Galkayo'] },
  'democratic republic of congo': { iso: 'CD', cities: ['Bunia', 'Beni', 'Butembo', 'Bukavu'] },
  'democratic republic of the congo': { iso: 'CD', cities: ['Bunia', 'Beni', 'Butembo', 'Bukavu'] },
  sudan: { iso: 'SD', cities: ['Omdurman', 'Nyala', 'Wad Madani', 'El Obeid'] },
  'south sudan': { iso: 'SS', cities: ['Malakal', 'Bor', 'Juba', 'Wau'] },
  palestine: { iso: 'PS', cities: ['Khan Younis', 'Rafah', 'Jenin', 'Deir al-Balah'] },
  israel: { iso: 'IL', cities: ['Sderot', 'Ashkelon', 'Haifa', 'Kiryat Shmona'] },
  lebanon: { iso: 'LB', cities: ['Tyre', 'Nabatieh', 'Baalbek', 'Sidon'] },
  syria: { iso: 'SY', cities: ['Idlib', 'Aleppo', 'Deir ez-Zor', 'Homs'] },
  iraq: { iso: 'IQ', cities: ['Mosul', 'Kirkuk', 'Baghdad', 'Erbil'] },
  yemen: { iso: 'YE', cities: ['Taiz', 'Hodeidah', 'Marib', 'Aden'] },
  afghanistan: { iso: 'AF', cities: ['Kandahar', 'Jalalabad', 'Kunduz', 'Herat'] },
  pakistan: { iso: 'PK', cities: ['Peshawar', 'Quetta', 'Bannu', 'Karachi'] },
  ethiopia: { iso: 'ET', cities: ['Mekelle', 'Gondar', 'Bahir Dar', 'Dessie'] },
  mozambique: { iso: 'MZ', cities: ['Mocímboa da Praia', 'Palma', 'Pemba', 'Macomia'] },
  cameroon: { iso: 'CM', cities: ['Bamenda', 'Buea', 'Maroua', 'Kolofata'] },
  chad: { iso: 'TD', cities: ['Abéché', 'Bol', 'Moundou', 'Faya'] },
  libya: { iso: 'LY', cities: ['Benghazi', 'Misrata', 'Sirte', 'Derna'] },
  kenya: { iso: 'KE', cities: ['Garissa', 'Mandera', 'Lamu', 'Mombasa'] },
  haiti: { iso: 'HT', cities: ['Cap-Haïtien', 'Gonaïves', 'Les Cayes', 'Jacmel'] },
  colombia: { iso: 'CO', cities: ['Cali', 'Cúcuta', 'Medellín', 'Tumaco'] },
  mexico: { iso: 'MX', cities: ['Culiacán', 'Reynosa', 'Tijuana', 'Uruapan'] },
  armenia: { iso: 'AM', cities: ['Jermuk', 'Goris', 'Kapan', 'Vardenis'] },
  azerbaijan: { iso: 'AZ', cities: ['Ganja', 'Tartar', 'Barda', 'Shusha'] },
  india: { iso: 'IN', cities: ['Imphal', 'Srinagar', 'Raipur', 'Pahalgam'] },
  iran: { iso: 'IR', cities: ['Kerman', 'Isfahan', 'Zahedan', 'Tabriz'] },
  'central african republic': { iso: 'CF', cities: ['Bria', 'Bambari', 'Bangassou', 'Bouar'] },
};

/** A distinctive but generic title per event type, with the place: what a desk's other events there look like. */
const TITLES: Record<string, string[]> = {
  battles: ['Clashes between the army and gunmen in {place}', 'Armed assault on a security post in {place}'],
  explosions_remote_violence: ['Drone strike on a district of {place}', 'Shelling of residential buildings in {place}'],
  violence_against_civilians: ['Gunmen kill villagers near {place}', 'Attack on displaced people in {place}'],
  protests: ['Protest over prices in {place}', 'Demonstration against the government in {place}'],
  riots: ['Riot after an arrest in {place}', 'Looting and clashes in {place}'],
  strategic_developments: ['Armed group takes control of {place}', 'Ceasefire agreed in {place}'],
};

export function countryOf(name: string): { iso: string; cities: string[] } | undefined {
  return COUNTRIES[name.trim().toLowerCase()];
}

/** The corpus's "Place, District" as an event location. */
export function placeOf(place: string, country: string): { name: string; admin2?: string; country?: string } {
  const [name, admin2] = place.split(',').map((part) => part.trim());
  return { name, ...(admin2 && { admin2 }), ...(countryOf(country) && { country: countryOf(country)!.iso }) };
}

/**
 * Two near misses per event, of the same type: at the same place a month earlier, and on the same day
 * in another city of the same country (or, for a country not in the table, a place of no country).
 */
export function nearMisses(event: CorpusEvent): object[] {
  const titles = TITLES[event.type] ?? TITLES.battles;
  const location = placeOf(event.place, event.country);
  const month = new Date(Date.parse(event.occurredAt) - 31 * 24 * 3600_000).toISOString();
  const country = countryOf(event.country);
  const other = country?.cities.find((city) => !event.place.toLowerCase().includes(city.toLowerCase())) ?? 'Elsewhere';
  return [
    { title: titles[0].replace('{place}', location.name), type: event.type, startsAt: month, timePrecision: 'day', location },
    { title: titles[1].replace('{place}', other), type: event.type, startsAt: event.occurredAt, timePrecision: 'day', location: { name: other, ...(country && { country: country.iso }) } },
  ];
}
