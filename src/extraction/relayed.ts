/**
 * A relayed claim ("Pakistani media, citing security sources, reported") is the original speaker's, as the corpus
 * conventions say ("JNIM said, AFP reported" is JNIM's): the medium only carries it.
 */
import { fold } from '../claims/fold';
import { ADJECTIVE_OF, DEMONYMS } from './names';
import { resolveName, SourceIndex } from './speakers';

/** Kinds of known source that carry others' words. */
const MEDIUM_KINDS = new Set(['media', 'state_media', 'news_agency']);

/** Words naming a medium when no known source is named ("state television", "a local newspaper"). */
const MEDIUM_WORDS = new Set([
  'media', 'television', 'tv', 'radio', 'agency', 'newspaper', 'newspapers', 'outlet', 'outlets', 'press', 'channel', 'broadcaster',
]);

/**
 * Whether the words name a medium: a known source of a medium's kind, else a medium's word. "The army, citing
 * intelligence reports, said" is the army's own claim with its evidence, not the reports'.
 */
function isMedium(head: string, index: SourceIndex): boolean {
  const known = resolveName(head, index);
  if (known) return MEDIUM_KINDS.has(known.kind ?? '');
  return head.trim().toLowerCase().split(/\s+/).some((w) => MEDIUM_WORDS.has(w));
}

/**
 * The words naming the source a medium cites, or null: "security sources" beside "Pakistani media" is read as
 * "Pakistani security sources", the country the medium was named by kept when the cited words name none.
 */
export function citedWords(head: string, beside: string | null, index: SourceIndex): string | null {
  const cited = beside ? /^citing (.+)$/i.exec(beside.trim())?.[1] : null;
  if (!cited || !isMedium(head, index)) return null;
  const first = head.trim().split(/\s+/)[0] ?? '';
  const country = DEMONYMS[fold(first)] || ADJECTIVE_OF[fold(first)] ? first : null;
  const bare = /^(?:(?:unnamed|anonymous|senior|two|three|several) )*[a-z]+(?: [a-z]+)?$/.test(cited);
  return country && bare ? `${country} ${cited}` : cited;
}
