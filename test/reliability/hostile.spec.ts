import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildServer, startServer } from '../child-server';

/**
 * The hostile inputs of issue 16, each scaled to fit CI's time, against the built server in a child
 * process. For each one: the process stays up, its RSS stays under 512 MB, the answer is a 4xx or 503,
 * and /health, asked every 20 ms throughout, answers within 200 ms.
 *
 * The 200 ms is a bound on how long the server's event loop is held, not a speed figure. It is counted in
 * the time the server's main thread spent on a CPU while each /health waited (Linux counts it per thread,
 * in /proc): on an idle machine that is the wall time of the wait; on a loaded machine (CI, or five test
 * runs sharing two cores) it leaves out the time the operating system gave to other processes, which no
 * server can help. Both figures are printed at the end.
 */
const RSS_LIMIT_MB = 512;
const HEALTH_BOUND_MS = 200;

describe('hostile input', () => {
  let server: ChildServer;
  let folder: string;
  const admin = `hostile_admin_${randomBytes(16).toString('hex')}`;
  let editor = '';

  const rssMb = () => {
    const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  };

  /**
   * /health asked every 20 ms from a process of its own (so the test's own work of sending a large body
   * does not count against the server), until stdin closes. For each answer it notes the wall time and the
   * CPU time the server's main thread spent meanwhile (utime + stime of /proc/<pid>/task/<pid>/stat, in
   * clock ticks of 10 ms); it prints the slowest of each, and of their minimum (the time the loop was held).
   */
  const PROBE = `
    const { readFileSync } = require('node:fs');
    const [url, pid] = process.argv.slice(1);
    const cpuMs = () => {
      const fields = readFileSync('/proc/' + pid + '/task/' + pid + '/stat', 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    };
    let wall = 0, cpu = 0, held = 0, running = true;
    process.stdin.on('end', () => { running = false; });
    process.stdin.resume();
    (async () => {
      // The first request of a process sets up its HTTP client: not counted.
      await (await fetch(url + '/health')).text();
      process.stdout.write('ready\\n');
      while (running) {
        const start = performance.now(), cpuStart = cpuMs();
        try { await (await fetch(url + '/health')).text(); } catch { wall = cpu = held = 1e9; }
        const took = performance.now() - start, spent = cpuMs() - cpuStart;
        wall = Math.max(wall, took); cpu = Math.max(cpu, spent); held = Math.max(held, Math.min(took, spent));
        await new Promise((r) => setTimeout(r, 20));
      }
      process.stdout.write(JSON.stringify({ wall, cpu, held }) + '\\n');
    })();`;

  interface Seen<T> { result: T; health: { wall: number; cpu: number; held: number }; peakRssMb: number; alive: boolean }

  /** Runs `attack` while /health is probed and the RSS sampled; answers what was seen. */
  async function watched<T>(attack: () => Promise<T>): Promise<Seen<T>> {
    const probe = spawn(process.execPath, ['-e', PROBE, server.url, String(server.child.pid)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let printed = '';
    const ready = new Promise<void>((resolve) => probe.stdout.on('data', (chunk) => {
      printed += chunk;
      if (printed.startsWith('ready\n')) resolve();
    }));
    const finished = new Promise<void>((resolve) => probe.once('exit', () => resolve()));
    let peak = rssMb();
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 25);
    await ready;
    await new Promise((r) => setTimeout(r, 100));
    let result: T;
    try {
      result = await attack();
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      clearInterval(sampler);
      probe.stdin.end();
      await finished;
    }
    const health = JSON.parse(printed.split('\n')[1]) as Seen<T>['health'];
    return { result, health, peakRssMb: Math.max(peak, rssMb()), alive: server.child.exitCode === null };
  }

  /**
   * A POST read with node:http: a server may answer (413) and close before a large body is all sent, and
   * the answer still counts (fetch would report only the broken pipe).
   */
  const post = (path: string, body: string | Buffer, contentType: string, key: string | null = editor, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; text: string; json: () => any }>((resolve, reject) => {
      let answered = false;
      const sent = request(`${server.url}${path}`, {
        method: 'POST', headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...(key && { authorization: `Bearer ${key}` }), ...headers },
      }, (response) => {
        answered = true;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, text, json: () => JSON.parse(text) }));
        response.on('error', reject);
      });
      sent.on('error', (error) => {
        if (!answered) reject(error);
      });
      sent.end(body);
    });

  /**
   * A request declaring a JSON body of `length` bytes: the headers go first, and the body (spaces) only if
   * no answer came within a second. A 413 for the declared length comes before the body is read, and the
   * server then closes: a client that sent the body meanwhile would see only a reset connection. Answers
   * the status.
   */
  const sendUntilAnswered = (path: string, length: number) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(server.url);
      const socket = connect(Number(url.port), url.hostname);
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk;
        if (!answer.includes('\r\n\r\n')) return;
        resolve(Number(answer.split(' ')[1]));
        socket.destroy();
      });
      socket.on('error', () => undefined);
      socket.on('close', () => reject(new Error(`closed without a whole answer: ${answer}`)));
      socket.write(`POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nAuthorization: Bearer ${editor}\r\n\r\n`);
      setTimeout(() => answer || socket.destroyed || socket.write(Buffer.alloc(length, 0x20)), 1000);
    });

  const seenByCase: Array<[string, Seen<unknown>['health'], number]> = [];
  const expectSafe = (seen: Seen<unknown>, status: number, allowed: number[] = []) => {
    expect({ alive: seen.alive, refused: (status >= 400 && status < 500) || status === 503 || allowed.includes(status) }).toEqual({ alive: true, refused: true });
    expect(seen.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
    seenByCase.push([expect.getState().currentTestName ?? '', seen.health, Math.round(seen.peakRssMb)]);
    // /health answered throughout, and the event loop was never held longer than the bound.
    expect(seen.health.held).toBeLessThanOrEqual(HEALTH_BOUND_MS);
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'crosscheck-hostile-'));
    server = await startServer({ DATABASE_URL: `sqlite:${join(folder, 'hostile.sqlite')}`, CROSSCHECK_ADMIN_TOKEN: admin, REQUEST_TIMEOUT_MS: '2000', RATE_LIMIT_PER_MINUTE: '0' });
    const user = await post('/users', JSON.stringify({ name: 'hostile editor', role: 'editor' }), 'application/json', admin);
    editor = (await post(`/users/${user.json().id}/api-keys`, '{}', 'application/json', admin)).json().key;
  }, 120_000);
  afterAll(async () => {
    const ms = (n: number) => `${Math.round(n)} ms`;
    process.stderr.write(`hostile input: slowest /health per case, as held (bound ${HEALTH_BOUND_MS} ms), wall and server CPU; peak RSS\n${
      seenByCase.map(([name, h, mb]) => `  held ${ms(h.held)}, wall ${ms(h.wall)}, cpu ${ms(h.cpu)}, ${mb} MB: ${name}`).join('\n')}\n`);
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('32 MiB of NDJSON without a key: 401 before the body is read', async () => {
    const body = Buffer.from('{}\n'.repeat(11 * 1024 * 1024));
    const seen = await watched(() => post('/imports', body, 'application/x-ndjson', null));
    expectSafe(seen, seen.result.status);
    expect(seen.result.status).toBe(401);
  });

  it('8 MiB of "{}" NDJSON lines with a key: refused at the record limit, error details capped', async () => {
    const seen = await watched(() => post('/imports', Buffer.from('{}\n'.repeat(3 * 1024 * 1024)), 'application/x-ndjson'));
    expectSafe(seen, seen.result.status);
    expect(seen.result.status).toBe(413);
    const some = await watched(() => post('/imports', '{}\n'.repeat(20_000), 'application/x-ndjson'));
    expectSafe(some, some.result.status);
    expect(some.result.json()).toMatchObject({ moreProblems: 19_900 });
    expect(some.result.text.length).toBeLessThan(50_000);
  });

  it('one imported claim with 300,000 facets: refused by its count before conversion', async () => {
    const body = `{"claims":[{"clientId":"c","sourceId":"s","text":"t","facets":[${'{"attribute":"fatalities","value":1},'.repeat(300_000)}{}]}]}`;
    const seen = await watched(() => post('/imports', body, 'application/json'));
    expectSafe(seen, seen.result.status);
  });

  it('a body nested 100,000 deep: 400, not a stack overflow', async () => {
    const seen = await watched(() => post('/claims', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json'));
    expectSafe(seen, seen.result.status);
    expect(seen.result.status).toBe(400);
  });

  it('/importsX gets the normal body limit', async () => {
    const seen = await watched(() => sendUntilAnswered('/importsX', 8 * 1024 * 1024));
    expectSafe(seen, seen.result);
    expect(seen.result).toBe(413);
  });

  it('40 claims quoting 5 KB that is not in a 200 KB document: refused, in linear time', async () => {
    const text = 'a'.repeat(200_000);
    const claims = Array.from({ length: 40 }, (_, i) => ({ clientId: `q${i}`, sourceId: 's', documentId: 'd', text: 'quote', quote: { exact: `${'a'.repeat(4999)}b` } }));
    const body = JSON.stringify({ sources: [{ clientId: 's', name: 'S', kind: 'media' }], documents: [{ clientId: 'd', title: 'D', text }], claims });
    const seen = await watched(() => post('/imports', body, 'application/json'));
    expectSafe(seen, seen.result.status);
    expect(seen.result.json().details).toHaveLength(40);
  });

  it('400 claims x 50 facets of "1 1 1 ... 1 +": refused as no quantity, quickly', async () => {
    const value = `${'1 '.repeat(99)}+`;
    const claims = Array.from({ length: 400 }, (_, i) => ({ clientId: `n${i}`, sourceId: 's', text: 'numbers', facets: Array.from({ length: 50 }, () => ({ attribute: 'fatalities', value })) }));
    const body = JSON.stringify({ sources: [{ clientId: 's', name: 'S', kind: 'media' }], claims });
    const seen = await watched(() => post('/imports', body, 'application/json'));
    expectSafe(seen, seen.result.status);
    expect(seen.result.json()).toMatchObject({ code: 'VALIDATION_FAILED', moreProblems: 20_000 - 100 });
  });

  it('a wrong key, again and again: counted by address and refused with 429', async () => {
    const limited = await startServer({ DATABASE_URL: `sqlite:${join(folder, 'limited.sqlite')}`, RATE_LIMIT_PER_MINUTE: '50' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i += 1) statuses.push((await fetch(`${limited.url}/sources`, { headers: { authorization: `Bearer guess-${i}` } })).status);
      expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(50).every((s) => s === 429)).toBe(true);
    } finally {
      await limited.stop();
    }
  });

  it('a client sending one byte every 200 ms is cut off at REQUEST_TIMEOUT_MS', async () => {
    const seen = await watched(() => new Promise<number>((resolve) => {
      const url = new URL(server.url);
      const started = performance.now();
      const socket = connect(Number(url.port), url.hostname);
      socket.write(`POST /claims HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\nAuthorization: Bearer ${editor}\r\n\r\n`);
      const drip = setInterval(() => socket.write(' '), 200);
      const done = () => {
        clearInterval(drip);
        resolve(performance.now() - started);
      };
      socket.on('close', done);
      socket.on('error', done);
      socket.resume();
    }));
    // Closed by the server (the bound is generous: Node checks timeouts every second).
    expect(seen.result).toBeLessThan(30_000);
    expectSafe(seen, 408);
  });

  /** An event of `claims` claims by 200 sources on five sides (the shape of `npm run bench report`), imported in one bundle; answers its id. */
  async function bigEvent(claims: number): Promise<string> {
    const sides = ['Government', 'Armed group', 'Militia', 'Opposition', 'Independent'];
    const outcomes = ['success', 'repelled', 'ongoing'];
    const targets = [['military airport'], ['gendarmerie school'], ['military airport', 'gendarmerie school']];
    const bundle = {
      sources: Array.from({ length: 200 }, (_, i) => ({ clientId: `s${i}`, name: `Party ${i}`, kind: 'media', stake: i % 5 === 4 ? 'independent' : 'party_to_conflict', side: sides[i % 5] })),
      events: [{ clientId: 'e', title: 'A big event', type: 'battles', startsAt: '2024-09-17' }],
      claims: Array.from({ length: claims }, (_, i) => ({
        clientId: `c${i}`, sourceId: `s${i % 200}`, eventId: 'e', text: `Claim ${i}`,
        facets: [{ attribute: 'outcome', value: outcomes[i % 3] }, { attribute: 'fatalities', value: String(10 * (i % 7) + 1) }, { attribute: 'targets', value: targets[i % 3] }],
      })),
    };
    const imported = await post('/imports', JSON.stringify(bundle), 'application/json', admin);
    expect(imported.status).toBe(201);
    return imported.json().ids.events.e;
  }

  // Scaled to CI: 4,000 claims (a 25 MB report); `npm run bench report` times 5,000 and 20,000.
  it('the cold report of a 4,000-claim event: whole and sealed, and /health answers meanwhile', async () => {
    const eventId = await bigEvent(4000);
    const seen = await watched(async () => {
      const response = await fetch(`${server.url}/events/${eventId}/report?format=json`, { headers: { authorization: `Bearer ${editor}` } });
      return { status: response.status, sha256: response.headers.get('x-content-sha256'), report: (await response.json()) as { sha256: string; claimants: Array<{ claims: Array<{ credibility: { reasons: string[] } }> }> } };
    });
    expectSafe(seen, seen.result.status, [200]);
    expect(seen.result.status).toBe(200);
    const { report } = seen.result;
    expect(report.claimants.flatMap((c) => c.claims)).toHaveLength(4000);
    // Each claim carries its credibility reasons' words (the API's names may grow, not change).
    expect(report.claimants[0].claims[0].credibility.reasons.length).toBeGreaterThan(0);
    expect(report.claimants[0].claims[0].credibility.reasons[0]).toMatch(/corroborated|contradicted/);
    expect(report).not.toHaveProperty('reasons');
    expect(seen.result.sha256).toBe(report.sha256);

    // Past REPORT_TIME_LIMIT_MS the report is stopped: 503 with a message that names the limit; nothing is kept, and the next asking starts again.
    const limited = await startServer({ DATABASE_URL: `sqlite:${join(folder, 'hostile.sqlite')}`, CROSSCHECK_ADMIN_TOKEN: admin, REPORT_TIME_LIMIT_MS: '1' });
    try {
      for (let i = 0; i < 2; i += 1) {
        const stopped = await fetch(`${limited.url}/events/${eventId}/report?format=json`, { headers: { authorization: `Bearer ${editor}` } });
        expect(stopped.status).toBe(503);
        expect(((await stopped.json()) as { message: string }).message).toMatch(/longer than its time limit of 1 ms \(REPORT_TIME_LIMIT_MS\)/);
      }
    } finally {
      await limited.stop();
    }
  }, 180_000);
});
