import { clearedSessionCookie, crossOrigin, formToken, readCookie, sameToken, sessionCookie } from './session';

describe('desk session', () => {
  it('reads one cookie among others, and a key that needed encoding', () => {
    const cookie = sessionCookie('cc_a+b/c=', false).split(';')[0];
    expect(readCookie(`theme=dark; ${cookie}; other=1`, 'crosscheck_session')).toBe('cc_a+b/c=');
    expect(readCookie('theme=dark', 'crosscheck_session')).toBeNull();
    expect(readCookie(undefined, 'crosscheck_session')).toBeNull();
    expect(readCookie('crosscheck_session=%E0%A4%A', 'crosscheck_session')).toBeNull();
    expect(readCookie('crosscheck_session=first; crosscheck_session=second', 'crosscheck_session')).toBe('first');
    expect(readCookie(clearedSessionCookie(false).split(';')[0], 'crosscheck_session')).toBe('');
  });

  it('keeps the cookie from scripts and from other sites', () => {
    expect(sessionCookie('k', false)).toBe('crosscheck_session=k; Path=/desk; HttpOnly; SameSite=Strict');
    expect(sessionCookie('k', true)).toBe('crosscheck_session=k; Path=/desk; HttpOnly; Secure; SameSite=Strict');
    expect(clearedSessionCookie(true)).toBe('crosscheck_session=; Max-Age=0; Path=/desk; HttpOnly; Secure; SameSite=Strict');
  });

  it('gives each key its own form token, and compares tokens whole', () => {
    const token = formToken('cc_one');
    expect(token).not.toBe(formToken('cc_two'));
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(token.slice(1), token)).toBe(false);
    expect(sameToken(undefined, token)).toBe(false);
    expect(sameToken(['x'], token)).toBe(false);
  });

  it('tells a post from another site by its Origin', () => {
    expect(crossOrigin('http://localhost:3000', 'localhost:3000')).toBe(false);
    expect(crossOrigin('https://evil.example', 'localhost:3000')).toBe(true);
    expect(crossOrigin('null', 'localhost:3000')).toBe(true);
    expect(crossOrigin(undefined, 'localhost:3000')).toBe(false);
  });
});
