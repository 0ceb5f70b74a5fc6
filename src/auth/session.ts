import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The desk's session: the API key the user signed in with, in a cookie the page's script cannot read
 * (HttpOnly), that no other site's page sends (SameSite=Strict), and that only the desk's paths see.
 */
export const SESSION_COOKIE = 'crosscheck_session';
export const DESK_PATH = '/desk';

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

/** Set-Cookie for a browser session (no expiry: it ends when the browser does, or at sign-out). */
export function sessionCookie(key: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(key)}; Path=${DESK_PATH}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** Secure when the setting says so, or (auto) when the browser reached us over HTTPS, directly or through a trusted proxy. */
export function secureCookie(setting: 'auto' | 'always' | 'never', protocol: string): boolean {
  return setting === 'always' || (setting === 'auto' && protocol === 'https');
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=${DESK_PATH}; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
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
