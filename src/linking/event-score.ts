/**
 * How well an event fits a text, a time and a place: four signals, each from 0 to 1, and a reason a
 * desk can judge for each signal that counts. Pure: the caller finds the candidates and their words.
 */
export interface EventFeatures {
  id: string;
  title: string;
  type: string;
  /** The event's span in milliseconds, read once when indexed: without an end, the start plus its precision; null without a start. */
  start: number | null;
  end: number | null;
  /** The event's place names (place, district, region), as written, and in lower case for comparing. */
  places: string[];
  placeKeys: string[];
}

/** An event as the scoring reads it. */
export function featuresOf(event: {
  id: string; title: string; type: string; startsAt: string | null; endsAt: string | null; timePrecision: 'day' | 'week' | 'month';
  locationName: string | null; locationAdmin1: string | null; locationAdmin2: string | null;
}): EventFeatures {
  const start = event.startsAt ? Date.parse(event.startsAt) : null;
  const end = start === null ? null : event.endsAt ? Date.parse(event.endsAt) : start + SPAN[event.timePrecision];
  const places = [event.locationName, event.locationAdmin2, event.locationAdmin1].filter((p): p is string => !!p);
  return { id: event.id, title: event.title, type: event.type, start, end, places, placeKeys: places.map((p) => p.toLowerCase()) };
}

export interface Query {
  /** When the text was published or said, in milliseconds. */
  at: number | null;
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
const SPAN: Record<'day' | 'week' | 'month', number> = { day: 24 * HOUR, week: 7 * 24 * HOUR, month: 30 * 24 * HOUR };
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
export function timeFit(at: number, event: Pick<EventFeatures, 'start' | 'end'>): { fit: number; reason: string } | null {
  const span = spanOf(at, event);
  return span && { fit: fitOf(span), reason: reasonOf(span) };
}

interface Span { t: number; start: number; end: number }

function spanOf(t: number, { start, end }: Pick<EventFeatures, 'start' | 'end'>): Span | null {
  return start === null || end === null || Number.isNaN(t) || Number.isNaN(start) ? null : { t, start, end };
}

function fitOf({ t, start, end }: Span): number {
  const gap = t < start ? start - t : t > end ? t - end : 0;
  return gap <= 36 * HOUR ? 1 - gap / (72 * HOUR) : 0.5 * Math.exp(-(gap - 36 * HOUR) / (168 * HOUR));
}

function reasonOf({ t, start, end }: Span): string {
  return t < start ? `${hours(start - t)} before its start`
    : t <= end ? (t - start < HOUR ? 'at its start' : `${hours(t - start)} after its start`)
      : `${hours(t - end)} after its end`;
}

/**
 * The event's score and a reason for each signal that counts. With `explain` false the reasons are
 * left empty and only the score is computed, the same number: the caller ranks many candidates by
 * score and explains only the few it answers with.
 */
export function scoreEvent(event: EventFeatures, query: Query, signals: Signals, explain = true): Scored {
  // Each signal the query can give adds its weight to the total and weight × fit to the sum, in this order.
  let total = 0;
  let sum = 0;
  const reasons: string[] = [];
  if (signals.words) {
    const { score, shared } = signals.words;
    const fit = score / (score + WORDS_HALF);
    total += WEIGHTS.words;
    sum += WEIGHTS.words * fit;
    if (explain && fit > 0 && shared.length) reasons.push(`shares the words ${shared.slice(0, 5).join(', ')}`);
  }
  if (query.at !== null) {
    const span = spanOf(query.at, event);
    const fit = span ? fitOf(span) : 0;
    total += WEIGHTS.time;
    sum += WEIGHTS.time * fit;
    if (explain && span && fit >= 0.25) reasons.push(reasonOf(span));
  }
  if (query.places.size) {
    const at = event.placeKeys.findIndex((key) => query.places.has(key));
    const same = at < 0 ? null : event.places[at];
    total += WEIGHTS.place;
    sum += same ? WEIGHTS.place : 0;
    if (explain && same) reasons.push(`same place (${same})`);
  }
  if (signals.words || signals.actors.length) {
    const { actors } = signals;
    const fit = Math.min(1, actors.length / 2);
    total += WEIGHTS.actors;
    sum += WEIGHTS.actors * fit;
    if (explain && fit > 0) reasons.push(`${actors.slice(0, 3).join(', ')} already ${actors.length === 1 ? 'has' : 'have'} claims on it`);
  }
  if (!total) return { score: 0, reasons: [] };
  return { score: Math.round((sum / total) * 1000) / 1000, reasons };
}
