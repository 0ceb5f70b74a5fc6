/**
 * A relayed claim ("Pakistani media, citing security sources, reported") is the original speaker's, as the corpus
 * conventions say ("JNIM said, AFP reported" is JNIM's): the medium only carries it.
 */
import { fold } from '../claims/fold';
import { ADJECTIVE_OF, DEMONYMS } from './names';

/**
 * The words naming the cited source, or null: "security sources" beside "Pakistani media" is read as
 * "Pakistani security sources", the country the medium was named by kept when the cited words name none.
 */
export function citedWords(head: string, beside: string | null): string | null {
  const cited = beside ? /^citing (.+)$/i.exec(beside.trim())?.[1] : null;
  if (!cited) return null;
  const first = head.trim().split(/\s+/)[0] ?? '';
  const country = DEMONYMS[fold(first)] || ADJECTIVE_OF[fold(first)] ? first : null;
  const bare = /^(?:(?:unnamed|anonymous|senior|two|three|several) )*[a-z]+(?: [a-z]+)?$/.test(cited);
  return country && bare ? `${country} ${cited}` : cited;
}
