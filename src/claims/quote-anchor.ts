import { findText } from './find-text';

/** A quote anchored in a document's text (W3C Web Annotation: a text quote selector with a position). */
export interface QuoteAnchor {
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
}

export interface QuoteInput {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** How much text around a quote is kept to find it again if the offsets are ever lost. */
export const CONTEXT_LENGTH = 32;

export type AnchorResult = { anchor: QuoteAnchor } | { problem: { path: string; message: string } };

/**
 * Anchors a quote in the document text. Given offsets must select exactly the quote; without
 * offsets the quote is looked for (after the given prefix, if any) and its offsets filled in.
 * Without a document text the quote is kept as given.
 */
export function anchorQuote(quote: QuoteInput, text: string | null): AnchorResult {
  const given = { exact: quote.exact, prefix: quote.prefix ?? null, suffix: quote.suffix ?? null };
  if ((quote.start === undefined) !== (quote.end === undefined)) {
    return { problem: { path: quote.start === undefined ? 'quote.start' : 'quote.end', message: 'give both start and end, or neither' } };
  }
  if (quote.start !== undefined && quote.end !== undefined && quote.end - quote.start !== quote.exact.length) {
    return { problem: { path: 'quote.end', message: `end - start must equal the length of quote.exact (${quote.exact.length})` } };
  }
  if (text === null) return { anchor: { ...given, start: quote.start ?? null, end: quote.end ?? null } };

  let start = quote.start;
  if (start !== undefined) {
    if (text.slice(start, start + quote.exact.length) !== quote.exact) {
      return { problem: { path: 'quote.start', message: `the document text at ${start}..${quote.end} is not the quote` } };
    }
  } else {
    // Linear-time search: a long, repetitive quote in a long document must not cost their product.
    const withPrefix = quote.prefix ? findText(text, quote.prefix + quote.exact) : -1;
    start = withPrefix >= 0 ? withPrefix + quote.prefix!.length : findText(text, quote.exact);
    if (start < 0) return { problem: { path: 'quote.exact', message: 'does not appear in the document text' } };
  }
  const end = start + quote.exact.length;
  return {
    anchor: {
      exact: quote.exact,
      prefix: quote.prefix ?? text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: quote.suffix ?? text.slice(end, end + CONTEXT_LENGTH),
      start,
      end,
    },
  };
}
