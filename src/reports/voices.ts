/** The person or office a claim's claimant spoke through (a claim's `voicedBy`), with the claimant it spoke for. */
export interface Voice {
  sourceId: string;
  voicedBy: string;
}

/** The voices of claims by claim id; only claims that name one are in it. */
export type Voices = ReadonlyMap<string, Voice>;

/** The voices of the claims that name one, by claim id. */
export function voicesOf(claims: Iterable<{ id: string; sourceId: string; voicedBy: string | null }>): Map<string, Voice> {
  const voices = new Map<string, Voice>();
  for (const c of claims) if (c.voicedBy) voices.set(c.id, { sourceId: c.sourceId, voicedBy: c.voicedBy });
  return voices;
}

/** The voices of a report's claims: the claim's claimant is the claimant it is listed under. */
export function reportVoices(claimants: Array<{ sourceId: string; claims: Array<{ id: string; voicedBy: string | null }> }>): Map<string, Voice> {
  const voices = new Map<string, Voice>();
  for (const { sourceId, claims } of claimants) for (const c of claims) if (c.voicedBy) voices.set(c.id, { sourceId, voicedBy: c.voicedBy });
  return voices;
}

/** Each source of a side with who voiced it there, in the order the side's claims first give them: one pass over the side. */
function voicedSources(claimIds: string[], voices: Voices): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const id of claimIds) {
    const voice = voices.get(id);
    if (!voice) continue;
    const list = bySource.get(voice.sourceId) ?? [];
    if (!list.includes(voice.voicedBy)) list.push(voice.voicedBy);
    bySource.set(voice.sourceId, list);
  }
  return bySource;
}

/**
 * A side's parties as a report names them, each with who voiced it when its claims say so:
 * "Malian army (voiced by Army spokesman Idris Bako), JNIM". A report must hold up on its own, so the
 * voice stands beside its party, never apart from it.
 */
export function partiesWithVoices(side: { claimIds: string[]; sourceIds: string[] }, voices: Voices, name: (id: string) => string): string {
  const voiced = voicedSources(side.claimIds, voices);
  return side.sourceIds.map((id) => (voiced.has(id) ? `${name(id)} (voiced by ${voiced.get(id)!.join('; ')})` : name(id))).join(', ');
}

/** The CSV's voice column of a side: "Malian army: Army spokesman Idris Bako; JNIM: Mohamed Ag Ousmane", empty when no claim of the side names one. */
export function sideVoices(side: { claimIds: string[] }, voices: Voices, name: (id: string) => string): string {
  return [...voicedSources(side.claimIds, voices)].flatMap(([sourceId, list]) => list.map((voicedBy) => `${name(sourceId)}: ${voicedBy}`)).join('; ');
}
