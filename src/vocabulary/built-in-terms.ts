/**
 * Broader terms every desk starts with, for the cause and weapon words extraction reads
 * (src/extraction/category-facets.ts). Wire copy names one projectile or blast in several words, so
 * these pairs never conflict; siblings under one broader term still do ("air strike" against "rocket",
 * "shelling" against "explosives"). Only `broader`: a broader term changes no stored value key, so
 * adding one here needs no recomputation of stored claims. Editors add their own with `POST /terms`.
 */
export const BUILT_IN_BROADER: ReadonlyArray<{ term: string; of: string }> = [
  // An unguided missile is a rocket ("rocket" and "missile strike" for one hit).
  { term: 'missile', of: 'rocket' },
  // Shelling is fire by artillery, mortars or rocket launchers.
  { term: 'shelling', of: 'mortar' },
  { term: 'shelling', of: 'artillery' },
  { term: 'shelling', of: 'rocket' },
  // A suicide bomber, an IED or a car bomb is a blast of explosives.
  { term: 'explosives', of: 'suicide bomber' },
  { term: 'explosives', of: 'ied' },
  { term: 'explosives', of: 'car bomb' },
  { term: 'explosives', of: 'landmine' },
  { term: 'explosives', of: 'grenade' },
  // A drone strike is an air strike.
  { term: 'air strike', of: 'drone' },
  { term: 'air strike', of: 'drone strike' },
];
