/** The person or office a claim's claimant spoke through (a claim's `voicedBy`), with the claimant it spoke for. */
export interface Voice {
  sourceId: string;
  voicedBy: string;
}

/** The voices of claims by claim id; only claims that name one are in it. */
export type Voices = ReadonlyMap<string, Voice>;

/** The voices of a report's claims: the claim's claimant is the claimant it is listed under. */
export function reportVoices(claimants: Array<{ sourceId: string; claims: Array<{ id: string; voicedBy: string | null }> }>): Map<string, Voice> {
  const voices = new Map<string, Voice>();
  for (const { sourceId, claims } of claimants) for (const c of claims) if (c.voicedBy) voices.set(c.id, { sourceId, voicedBy: c.voicedBy });
  return voices;
}

/** At most this many voices are named per party: an import of posts can give each claim its own author. */
export const VOICES_SHOWN = 3;

/** The distinct voices of one party on a side, in the order its claims first give them. */
class PartyVoices {
  readonly seen = new Set<string>();
  add(voicedBy: string): void {
    this.seen.add(voicedBy);
  }
  /** The first voices and, past VOICES_SHOWN, how many more: a cell stays short however many claims stand behind it. */
  shown(): string[] {
    const out: string[] = [];
    for (const voice of this.seen) {
      if (out.length === VOICES_SHOWN) break;
      out.push(voice);
    }
    if (this.seen.size > VOICES_SHOWN) out.push(`and ${this.seen.size - VOICES_SHOWN} more`);
    return out;
  }
}

/** Each source of a side with who voiced it there: one pass over the side, each voice kept once (a set). */
function voicedSources(claimIds: string[], voices: Voices): Map<string, PartyVoices> {
  const bySource = new Map<string, PartyVoices>();
  for (const id of claimIds) {
    const voice = voices.get(id);
    if (!voice) continue;
    let party = bySource.get(voice.sourceId);
    if (!party) bySource.set(voice.sourceId, (party = new PartyVoices()));
    party.add(voice.voicedBy);
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
  return side.sourceIds.map((id) => (voiced.has(id) ? `${name(id)} (voiced by ${voiced.get(id)!.shown().join('; ')})` : name(id))).join(', ');
}

/** The CSV's voice column of a side: "Malian army: Army spokesman Idris Bako; JNIM: Mohamed Ag Ousmane", empty when no claim of the side names one. For reading, not for parsing back: a voice may itself hold "; ". */
export function sideVoices(side: { claimIds: string[] }, voices: Voices, name: (id: string) => string): string {
  return [...voicedSources(side.claimIds, voices)].flatMap(([sourceId, party]) => party.shown().map((voicedBy) => `${name(sourceId)}: ${voicedBy}`)).join('; ');
}
