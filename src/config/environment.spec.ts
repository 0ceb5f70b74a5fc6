import { EnvironmentError, loadEnvironment, parseDatabaseUrl } from './environment';

describe('loadEnvironment', () => {
  it('defaults to port 3000 and the embedded SQLite file', () => {
    const env = loadEnvironment({});
    expect(env.port).toBe(3000);
    expect(env.database).toEqual({ kind: 'sqlite', path: 'data/crosscheck.sqlite' });
    expect(env.adminToken).toBeNull();
    expect(env.logLevel).toBe('info');
    expect(env.trustProxy).toBe(false);
    expect(env.deskSecureCookie).toBe('auto');
    expect(loadEnvironment({ TRUST_PROXY: 'TRUE', DESK_SECURE_COOKIE: 'always' })).toMatchObject({ trustProxy: true, deskSecureCookie: 'always' });
  });

  it('takes PUBLIC_BASE_URL without its trailing slash, and defaults it to localhost on the port', () => {
    expect(loadEnvironment({}).publicBaseUrl).toBe('http://localhost:3000');
    expect(loadEnvironment({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(loadEnvironment({ PUBLIC_BASE_URL: 'https://checks.example.org/' }).publicBaseUrl).toBe('https://checks.example.org');
  });

  it.each([
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['sqlite:/tmp/x.sqlite', { kind: 'sqlite', path: '/tmp/x.sqlite' }],
    ['postgres://postgres@127.0.0.1:5432/test', { kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' }],
    ['postgresql://u:p@db/x', { kind: 'postgres', url: 'postgresql://u:p@db/x' }],
  ])('reads DATABASE_URL %s', (raw, expected) => {
    expect(parseDatabaseUrl(raw)).toEqual(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT must be a whole number from 0 to 65535 \(got "eighty"\)$/],
    [{ PORT: '70000' }, /^PORT must be/],
    [{ DATABASE_URL: 'mysql://root@localhost/x' }, /^DATABASE_URL must be sqlite:<path>, sqlite::memory: or postgres:/],
    [{ DATABASE_URL: 'sqlite:' }, /^DATABASE_URL must be/],
    [{ LOG_LEVEL: 'chatty' }, /^LOG_LEVEL must be error, warn, info, debug \(got "chatty"\)$/],
    [{ CROSSCHECK_ADMIN_TOKEN: 'short' }, /^CROSSCHECK_ADMIN_TOKEN must be at least 16 characters/],
    [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY must be true, false \(got "yes"\)$/],
    [{ DESK_SECURE_COOKIE: 'sometimes' }, /^DESK_SECURE_COOKIE must be auto, always, never/],
    [{ HOST: 'http://0.0.0.0:3000' }, /^HOST must be an address or host name to bind, such as 0\.0\.0\.0 or 127\.0\.0\.1 \(got "http:\/\/0\.0\.0\.0:3000"\)$/],
    [{ DATABASE_WAIT_SECONDS: 'forever' }, /^DATABASE_WAIT_SECONDS must be a whole number from 0 to 600/],
    [{ DATABASE_URL: 'postgres://app:hunter2secret@db x/crosscheck' }, /\(got "postgres:\/\/app:\*\*\*@db x\/crosscheck"\)$/],
    [{ PUBLIC_BASE_URL: 'checks.example.org' }, /^PUBLIC_BASE_URL must be an http\(s\) URL/],
  ])('refuses %p with one line naming the variable', (env, message) => {
    expect(() => loadEnvironment(env)).toThrow(EnvironmentError);
    expect(() => loadEnvironment(env)).toThrow(message);
  });

  it('binds every interface unless HOST says otherwise, and waits 10 s for a database by default', () => {
    expect(loadEnvironment({})).toMatchObject({ host: '0.0.0.0', databaseWaitSeconds: 10 });
    expect(loadEnvironment({ HOST: '127.0.0.1', DATABASE_WAIT_SECONDS: '0' })).toMatchObject({ host: '127.0.0.1', databaseWaitSeconds: 0 });
    expect(loadEnvironment({ HOST: '::1' }).host).toBe('::1');
  });

  it('never echoes the admin token', () => {
    expect(() => loadEnvironment({ CROSSCHECK_ADMIN_TOKEN: 'secret' })).toThrow(/<hidden>/);
  });
});
