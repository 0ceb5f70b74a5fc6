import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './child-server';
import { startScript } from './processes';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

/** The README's shell blocks that call the API, in order (the install and npm blocks are other tests' business). */
export function curlBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  for (const part of markdown.split('```bash\n').slice(1)) {
    const block = part.slice(0, part.indexOf('```'));
    if (block.includes('curl ')) blocks.push(block);
  }
  return blocks;
}

/** Each curl call of the script in order, with the status its line expects: `# 409` on the line, else any 2xx. */
export function expectedCalls(script: string): Array<{ line: string; status: number | '2xx' }> {
  const commands = script.replace(/\\\n/g, ' ').split('\n');
  const calls: Array<{ line: string; status: number | '2xx' }> = [];
  for (const command of commands) {
    const count = command.split(/(?:^|[\s($])curl -s/).length - 1;
    const said = /#\s*(\d{3})\b/.exec(command);
    for (let i = 0; i < count; i++) calls.push({ line: command.trim(), status: said ? Number(said[1]) : '2xx' });
  }
  return calls;
}

/**
 * The README's curl walk-through runs as written against a fresh demo: every variable it uses is
 * defined in the text (`set -u`), every id comes from a previous answer, and each call answers the
 * status its line expects (2xx unless the line says otherwise, as the stale If-Match's 409 does).
 * Only `npm run` lines are left out: they need a checkout, and the CLI tests run them.
 */
describe('the README walk-through', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-readme-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('runs as written, every call answering as its line says', async () => {
    if (spawnSync('curl', ['--version']).error) throw new Error('the README walk-through needs curl: install it (Debian: apt-get install curl)');
    // Without jq on the machine, a stand-in that does what the README asks of jq (test/bin/jq).
    const path = spawnSync('jq', ['--version']).error ? `${join(__dirname, 'bin')}:${process.env.PATH}` : process.env.PATH!;
    const blocks = curlBlocks(README);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const port = await freePort();
    const walkthrough = blocks.join('\n').split('\n').filter((line) => !/^\s*npm run\b/.test(line)).join('\n').replace(/localhost:3000/g, `localhost:${port}`);
    const expected = expectedCalls(walkthrough);

    // The files the import lines send, as a user would have them.
    writeFileSync(join(folder, 'bundle.json'), JSON.stringify({ sources: [{ clientId: 'readme-witness', name: 'A witness met in Bamako', kind: 'witness' }] }));
    writeFileSync(join(folder, 'bundle.ndjson'), `${JSON.stringify({ record: 'source', clientId: 'readme-witness-2', name: 'A second witness', kind: 'witness' })}\n`);
    const answers = join(folder, 'answers');
    const script = [
      'set -euo pipefail',
      `ANSWERS=${answers}; mkdir -p "$ANSWERS"; echo 0 > "$ANSWERS/count"`,
      // Every call's status on stderr and its answer in a numbered file; what the README does with the answer is unchanged.
      'curl() { local n=$(( $(cat "$ANSWERS/count") + 1 )); echo $n > "$ANSWERS/count"; command curl -w \'%{stderr}STATUS %{http_code} %{method} %{url_effective}\\n\' "$@" | tee "$ANSWERS/$n"; }',
      walkthrough,
    ].join('\n');

    const demo = startScript('demo/demo.js', [], { PORT: String(port) }, folder);
    try {
      await demo.waitFor('Ctrl-C stops it.');
      const run = spawnSync('bash', ['-c', script], { cwd: folder, encoding: 'utf8', timeout: 120_000, env: { PATH: path, HOME: folder } });
      const statuses = run.stderr.split('\n').filter((line) => line.startsWith('STATUS ')).map((line) => line.split(' ').slice(1, 4));
      const problems = run.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('STATUS '));
      expect({ exit: run.status, problems }).toEqual({ exit: 0, problems: [] });
      // Each call as it went, beside the README line it came from: the status the line expects (any 2xx unless it says).
      const seen = statuses.map(([status, method, url], i) => ({ line: expected[i]?.line, call: `${method} ${url}`, status: /^2\d\d$/.test(status) ? '2xx' : Number(status) }));
      expect(seen).toEqual(expected.map(({ line, status }) => ({ line, call: expect.any(String), status })));

      // The stale If-Match is told what happened, and to which version the claim moved.
      const conflicts = readdirSync(answers).filter((name) => name !== 'count').map((name) => readFileSync(join(answers, name), 'utf8')).filter((body) => body.includes('VERSION_CONFLICT'));
      expect(conflicts).toHaveLength(1);
      expect(JSON.parse(conflicts[0]).message).toMatch(/^Someone changed this claim since you read it: you saw version 1, it is now at version 2 with the verdict disputed$/);
    } finally {
      await demo.stop();
    }
  }, 240_000);
});
