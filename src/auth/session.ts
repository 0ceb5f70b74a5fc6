import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse, serialize, SerializeOptions } from 'cookie';

/**
 * The desk's session: the API key the user signed in with, in a cookie the page's script cannot read
 * (HttpOnly), that no other site's page sends (SameSite=Strict), and that only the desk's paths see.
 */
export const SESSION_COOKIE = 'crosscheck_session';
export const DESK_PATH = '/desk';

/** A percent-encoding that does not decode is no value at all (the cookie counts as absent). */
function decodeOrDrop(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The value of one cookie in a Cookie header (the first, if the name repeats), or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  return parse(header ?? '', { decode: decodeOrDrop })[name] ?? null;
}

const sessionAttributes = (secure: boolean): SerializeOptions => ({ path: DESK_PATH, httpOnly: true, sameSite: 'strict', secure });

/** Set-Cookie for a browser session (no expiry: it ends when the browser does, or at sign-out). */
export function sessionCookie(key: string, secure: boolean): string {
  return serialize(SESSION_COOKIE, key, sessionAttributes(secure));
}

/** Secure when the setting says so, or (auto) when the browser reached us over HTTPS, directly or through a trusted proxy. */
export function secureCookie(setting: 'auto' | 'always' | 'never', protocol: string): boolean {
  return setting === 'always' || (setting === 'auto' && protocol === 'https');
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { ...sessionAttributes(secure), maxAge: 0 });
}

/**
 * The token every desk form carries, derived from the session's key: a page of another site can
 * neither read it nor guess it, so a form it posts is refused even where SameSite is not enforced.
 */
export function formToken(key: string): string {
  return createHmac('sha256', key).update('crosscheck desk form').digest('base64url');
}

export function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A form post whose Origin header names another site (browsers send it with every form post). */
export function crossOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
