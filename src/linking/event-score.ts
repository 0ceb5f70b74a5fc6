/**
 * How well an event fits a text, a time and a place: four signals, each from 0 to 1, and a reason a
 * desk can judge for each signal that counts. Pure: the caller finds the candidates and their words.
 */
export interface EventFeatures {
  id: string;
  title: string;
  type: string;
  startsAt: string | null;
  endsAt: string | null;
  timePrecision: 'day' | 'week' | 'month';
  /** The event's place names (place, district, region), as written. */
  places: string[];
}

export interface Query {
  /** When the text was published or said. */
  at: string | null;
  /** Places named by the query or found in its text, lower case. */
  places: Set<string>;
}

export interface Signals {
  /** The BM25 score of the text's words against the event's words; null when the query has no text. */
  words: { score: number; shared: string[] } | null;
  /** Parties named in the text that already have claims on the event. */
  actors: string[];
}

export interface Scored { score: number; reasons: string[] }

const HOUR = 3600_000;
const SPAN: Record<EventFeatures['timePrecision'], number> = { day: 24 * HOUR, week: 7 * 24 * HOUR, month: 30 * 24 * HOUR };
/** Weights of the signals; a signal the query cannot give (no time, no text) drops out and the rest are scaled up. */
const WEIGHTS = { words: 0.35, time: 0.3, place: 0.25, actors: 0.1 };
/** BM25 saturates: a score of WORDS_HALF counts as half a match. */
const WORDS_HALF = 6;

function hours(ms: number): string {
  const h = Math.round(ms / HOUR);
  if (h < 48) return `${h} hour${h === 1 ? '' : 's'}`;
  const d = Math.round(h / 24);
  return `${d} day${d === 1 ? '' : 's'}`;
}

/** How close a time is to an event's span: 1 inside it (or a day and a half around it), falling to 0 over weeks. */
export function timeFit(at: string, event: Pick<EventFeatures, 'startsAt' | 'endsAt' | 'timePrecision'>): { fit: number; reason: string } | null {
  if (!event.startsAt) return null;
  const t = Date.parse(at);
  const start = Date.parse(event.startsAt);
  const end = event.endsAt ? Date.parse(event.endsAt) : start + SPAN[event.timePrecision];
  if (Number.isNaN(t) || Number.isNaN(start)) return null;
  const gap = t < start ? start - t : t > end ? t - end : 0;
  const fit = gap <= 36 * HOUR ? 1 - gap / (72 * HOUR) : 0.5 * Math.exp(-(gap - 36 * HOUR) / (168 * HOUR));
  const reason = t < start ? `${hours(start - t)} before its start`
    : t <= end ? (t - start < HOUR ? 'at its start' : `${hours(t - start)} after its start`)
      : `${hours(t - end)} after its end`;
  return { fit, reason };
}

export function scoreEvent(event: EventFeatures, query: Query, signals: Signals): Scored {
  const parts: Array<{ weight: number; fit: number; reason: string | null }> = [];
  if (signals.words) {
    const fit = signals.words.score / (signals.words.score + WORDS_HALF);
    parts.push({ weight: WEIGHTS.words, fit, reason: signals.words.shared.length ? `shares the words ${signals.words.shared.slice(0, 5).join(', ')}` : null });
  }
  if (query.at) {
    const time = timeFit(query.at, event);
    parts.push({ weight: WEIGHTS.time, fit: time?.fit ?? 0, reason: time && time.fit >= 0.25 ? time.reason : null });
  }
  if (query.places.size) {
    const same = event.places.find((p) => query.places.has(p.toLowerCase()));
    parts.push({ weight: WEIGHTS.place, fit: same ? 1 : 0, reason: same ? `same place (${same})` : null });
  }
  if (signals.words || signals.actors.length) {
    const fit = Math.min(1, signals.actors.length / 2);
    parts.push({ weight: WEIGHTS.actors, fit, reason: signals.actors.length ? `${signals.actors.slice(0, 3).join(', ')} already ${signals.actors.length === 1 ? 'has' : 'have'} claims on it` : null });
  }
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (!total) return { score: 0, reasons: [] };
  const score = parts.reduce((sum, p) => sum + p.weight * p.fit, 0) / total;
  return { score: Math.round(score * 1000) / 1000, reasons: parts.filter((p) => p.reason && p.fit > 0).map((p) => p.reason!) };
}
