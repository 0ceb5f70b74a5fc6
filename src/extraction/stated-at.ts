import { WEEKDAYS } from './lexicon';
import { wordTable } from './word-table';

const PART_OF_DAY: Record<string, number> = wordTable({ morning: 9, afternoon: 15, evening: 19, night: 22 });

/**
 * When a statement was made: the document's publication time, unless the attribution names a weekday
 * ("said on Friday", "on Tuesday evening"), which is the latest such day on or before publication.
 */
export function statedAt(publishedAt: string | null, when: string | null): string | null {
  if (!publishedAt) return null;
  const published = new Date(publishedAt);
  if (Number.isNaN(published.getTime())) return null;
  if (!when) return published.toISOString();
  const words = when.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const day = WEEKDAYS.findIndex((d) => words.includes(d));
  if (day < 0) return published.toISOString();
  const back = (published.getUTCDay() - day + 7) % 7;
  const part = words.find((w) => w in PART_OF_DAY);
  if (back === 0 && !part) return published.toISOString();
  const at = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() - back, part ? PART_OF_DAY[part] : 12));
  // A part of the publication day still to come cannot be when it was said.
  return at.getTime() > published.getTime() ? published.toISOString() : at.toISOString();
}
