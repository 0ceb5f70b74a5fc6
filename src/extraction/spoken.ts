import type { SuggestedSource } from './speakers';

/** A speaker as resolved: a known source, or a suggested new one, with where it spoke. */
export interface Spoken {
  /** The token where the statement that named this speaker begins. */
  at?: number;
  /** The token where its clause ends: a body named after it was named in the narration, not in these words. */
  end?: number;
  kind: string;
  sourceId: string | null;
  suggested: SuggestedSource | null;
  speaker: string;
  line: number;
  /** A lone common noun ("officials", "office") that named no known source: its facets are not kept. */
  unsure?: boolean;
  /** One person, by name or by function: "he" and "she" point back to such a speaker, "it" never does. */
  person?: boolean;
  /** "f" or "m" when the words said so ("spokeswoman", "she said"). */
  gender?: 'f' | 'm' | null;
  /** The person's name when one was given: a surname alone points back to it ("Hagari said"). */
  named?: string;
  /** A known party speaking through a named person: the function and the name ("military spokesman Daniel Hagari"). */
  role?: string | null;
  /** Statement nouns in the clause where it spoke ("said in a report"): "the report" points back to it. */
  issued?: string[];
  /** Other speakers of the same words ("the army and the mission both said"): each speaks the statement. */
  also?: Spoken[];
  /** Named beside a function in the narration ("its spokesman, X, told"): a surname points back to it, a pronoun does not. */
  introduced?: boolean;
  /** Heard in a paragraph that opens in a capital ("In New Delhi, the army had said"): a scene of its own, whose voice a bare title after it is not. */
  scene?: boolean;
}
