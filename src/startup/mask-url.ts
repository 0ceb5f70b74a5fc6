/** Where the password of a URL's user info lies, read from the text (so malformed URLs are covered too). */
function passwordBounds(raw: string): { start: number; end: number } | null {
  const first = raw.indexOf(':');
  if (first < 0) return null;
  // "postgres://" (or a malformed "postgres:/"): the user info follows the slashes; without a scheme
  // ("postgres//u:p@db"), it follows the last slash before the first colon.
  const scheme = /^[a-z][a-z0-9+.-]{0,30}$/i.test(raw.slice(0, first));
  let authority = scheme ? first + 1 : raw.lastIndexOf('/', first) + 1;
  while (raw[authority] === '/') authority += 1;
  // The last @ ends the user info: a password may itself hold @, / or #, and masking too much is safe.
  const at = raw.lastIndexOf('@');
  if (at < authority) return null;
  const colon = raw.indexOf(':', authority);
  if (colon < 0 || colon > at) return null;
  return { start: colon + 1, end: at };
}

/**
 * A URL as it may be shown: the password of its user info replaced by `***`. Works on malformed URLs
 * too, since a start-up error quotes what it could not parse.
 */
export function maskUrl(raw: string): string {
  const bounds = passwordBounds(raw);
  return bounds ? `${raw.slice(0, bounds.start)}***${raw.slice(bounds.end)}` : raw;
}

/** A message with the password of `url` taken out wherever it appears (a driver may quote it, decoded or not). */
export function maskPasswordIn(text: string, url: string): string {
  let result = text.split(url).join(maskUrl(url));
  const bounds = passwordBounds(url);
  if (!bounds) return result;
  const password = url.slice(bounds.start, bounds.end);
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // a malformed escape: the password as written is masked below
  }
  for (const secret of [password, decoded]) {
    if (secret.length >= 3) result = result.split(secret).join('***');
  }
  return result;
}
