/**
 * Readable words for the machine keys the desk shows: source kinds, stakes, contradiction kinds,
 * verdicts, attributes, event types, statuses. A key with no entry reads with its underscores as spaces,
 * so a new key is never shown raw. The CSV keeps the machine key in a column of its own beside it.
 */
const LABELS: Record<string, string> = {
  // source kinds and stakes
  armed_group: 'armed group', state_media: 'state media', news_agency: 'news agency', ngo: 'NGO',
  international_org: 'international organisation', social_account: 'social media account',
  party_to_conflict: 'party to the conflict',
  // contradiction kinds
  quantity_mismatch: 'figures that do not overlap', category_conflict: 'conflicting accounts', negation: 'one denies what the other asserts',
  exclusive_set_conflict: 'an "only" list contradicted', omission: 'left out by a party', revision_in_time: 'changed over time',
  // verdicts and queue states
  contested_no_access: 'contested, no access', unreviewed: 'not reviewed',
  // event types
  explosions_remote_violence: 'explosions / remote violence', violence_against_civilians: 'violence against civilians',
  strategic_developments: 'strategic developments',
  // attributes and values
  civilian_fatalities: 'civilian fatalities', combatant_fatalities: 'combatant fatalities', victim_status: 'victim status',
  under_control: 'under control', claimed_responsibility: 'claimed responsibility',
  // audit
  api_key: 'API key',
};

export function label(key: string | null | undefined): string {
  if (!key) return '';
  return Object.hasOwn(LABELS, key) ? LABELS[key] : key.replace(/_/g, ' ');
}

/** "1 claim", "2 claims", "1 party", "3 parties": the count with its noun agreeing. */
export function plural(count: number, one: string, many = one.endsWith('y') && !/[aeiou]y$/.test(one) ? `${one.slice(0, -1)}ies` : `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A stored time as a reader says it: a time at midnight UTC of a record whose precision is the day (or
 * coarser) is that day only; any other time is shown to the minute, in UTC.
 */
export function when(iso: string | null | undefined, precision: 'day' | 'week' | 'month' | 'exact' | null = null): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  if (precision === 'month') return day.slice(0, 7);
  if (/T00:00(:00(\.0+)?)?Z$/.test(iso) && precision !== 'exact') return day;
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}
