import { StartupContext, StartupFailure, startupFailureLine } from './failure-line';

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });
const sqlite: StartupContext = { host: '0.0.0.0', port: 3000, database: { kind: 'sqlite', path: 'data/x.sqlite' }, databaseWaitSeconds: 10 };
const postgres: StartupContext = { ...sqlite, database: { kind: 'postgres', url: 'postgres://app:s3cret!@db:5433/cases' } };

describe('the one line of a failed start', () => {
  it.each([
    [errno('EADDRINUSE', 'listen EADDRINUSE: address already in use 0.0.0.0:3000'), sqlite, 'listen', 'port 3000 is already in use on 0.0.0.0 (PORT): stop the program using it, or set PORT to a free port'],
    [errno('EACCES', 'listen EACCES: permission denied 0.0.0.0:80'), { ...sqlite, port: 80 }, 'listen', 'cannot bind 0.0.0.0:80: ports below 1024 need privileges (PORT): set PORT to 1024 or above'],
    [errno('EADDRNOTAVAIL', 'listen EADDRNOTAVAIL'), { ...sqlite, host: '10.1.1.1' }, 'listen', 'cannot bind 10.1.1.1:3000: HOST 10.1.1.1 is not an address of this machine: set HOST to 0.0.0.0 (every interface) or 127.0.0.1'],
    [errno('3D000', 'database "cases" does not exist'), postgres, 'database', 'the database "cases" of DATABASE_URL (postgres://app:***@db:5433/cases) does not exist: create it (createdb -h db -p 5433 cases) or fix DATABASE_URL'],
    [errno('28P01', 'password authentication failed for user "app"'), postgres, 'database', 'PostgreSQL at db:5433 refused the user of DATABASE_URL (postgres://app:***@db:5433/cases): password authentication failed for user "app"; fix the user or password in DATABASE_URL'],
    [errno('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5433'), postgres, 'database', 'PostgreSQL at db:5433 (DATABASE_URL postgres://app:***@db:5433/cases) did not answer within 10 s (connect ECONNREFUSED 10.0.0.5:5433): start it, check the host and port, or raise DATABASE_WAIT_SECONDS'],
    [errno('EACCES', "EACCES: permission denied, mkdir 'data'"), sqlite, 'database', "cannot create or write the SQLite file data/x.sqlite of DATABASE_URL (EACCES: permission denied, mkdir 'data'): choose a writable path, e.g. DATABASE_URL=sqlite:data/crosscheck.sqlite"],
    [errno('SQLITE_NOTADB', 'file is not a database'), sqlite, 'database', 'data/x.sqlite (DATABASE_URL) is not a SQLite database: point DATABASE_URL at a new file or at a Crosscheck database'],
    [new Error('something else\n    at frame (x.js:1:1)'), sqlite, 'other', 'start-up failed: something else (LOG_LEVEL=debug prints the stack)'],
    [new StartupFailure('already said'), sqlite, 'listen', 'already said'],
  ] as const)('%s', (error, context, phase, line) => {
    expect(startupFailureLine(error, context, phase)).toBe(line);
  });

  it('never shows the password, even where the driver quotes it', () => {
    const line = startupFailureLine(new Error('cannot connect to postgres://app:s3cret!@db:5433/cases with s3cret!'), postgres, 'other');
    expect(line).not.toContain('s3cret');
  });
});
