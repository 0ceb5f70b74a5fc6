import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startBenchApp } from '../bench/bench-kit';
import { nearMisses, placeOf, CorpusEvent } from './near-misses';

/**
 * `npm run eval:linking`: how well POST /events/suggestions puts each article of the annotated corpus
 * (test/fixtures/extraction/<half>/<event>/) on its own event. Every event of every half is created,
 * with near-miss distractors beside each (same place a month earlier, same day in another city of the
 * same country), then each article asks for suggestions from its text and publication time. Reports
 * top-1 accuracy and mean reciprocal rank per half; tune on dev only, never on heldout.
 */
const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'extraction');
const LIMIT = 10;

interface Article { half: string; slug: string; file: string; text: string; publishedAt: string }

const folders = (path: string) => readdirSync(path).filter((name) => statSync(join(path, name)).isDirectory()).sort();

async function main(): Promise<void> {
  const halves = folders(CORPUS);
  const events: Array<CorpusEvent & { half: string; slug: string }> = [];
  const articles: Article[] = [];
  for (const half of halves) {
    for (const slug of folders(join(CORPUS, half))) {
      const folder = join(CORPUS, half, slug);
      events.push({ ...(JSON.parse(readFileSync(join(folder, 'event.json'), 'utf8')) as CorpusEvent), half, slug });
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
        const meta = JSON.parse(readFileSync(join(folder, file.replace(/\.txt$/, '.json')), 'utf8')) as { publishedAt: string };
        articles.push({ half, slug, file, text: readFileSync(join(folder, file), 'utf8'), publishedAt: meta.publishedAt });
      }
    }
  }

  const bench = await startBenchApp();
  try {
    await bench.app.listen({ port: 0, host: '127.0.0.1' });
    const url = await bench.app.getUrl();
    const post = async <T>(path: string, body: object): Promise<T> => {
      const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bench.adminKey}` }, body: JSON.stringify(body) });
      const answer = (await response.json()) as T;
      if (response.status >= 300) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
      return answer;
    };
    const idOf = new Map<string, string>();
    for (const event of events) {
      const created = await post<{ id: string }>('/events', {
        title: event.title, type: event.type, startsAt: event.occurredAt, timePrecision: event.timePrecision ?? 'day', location: placeOf(event.place, event.country),
      });
      idOf.set(`${event.half}/${event.slug}`, created.id);
      for (const distractor of nearMisses(event)) await post('/events', distractor);
    }

    const results = new Map<string, { top1: number; rr: number; n: number; misses: string[] }>(halves.map((h) => [h, { top1: 0, rr: 0, n: 0, misses: [] }]));
    for (const article of articles) {
      const { items } = await post<{ items: Array<{ eventId: string; event: { title: string }; score: number }> }>('/events/suggestions', { text: article.text, at: article.publishedAt, limit: LIMIT });
      const rank = items.findIndex((i) => i.eventId === idOf.get(`${article.half}/${article.slug}`)) + 1;
      const result = results.get(article.half)!;
      result.n++;
      if (rank === 1) result.top1++;
      else result.misses.push(`${article.slug}/${article.file}: rank ${rank || `>${LIMIT}`}, first "${items[0]?.event.title}" (${items[0]?.score})`);
      result.rr += rank ? 1 / rank : 0;
    }
    const distractors = events.reduce((sum, e) => sum + nearMisses(e).length, 0);
    process.stdout.write(`events: ${events.length} from the corpus + ${distractors} near-miss distractors\n`);
    process.stdout.write('half      | articles | events | top-1 | MRR\n');
    for (const [half, r] of results) {
      const count = events.filter((e) => e.half === half).length;
      process.stdout.write(`${half.padEnd(9)} | ${String(r.n).padEnd(8)} | ${String(count).padEnd(6)} | ${(r.top1 / r.n).toFixed(3)} | ${(r.rr / r.n).toFixed(3)}\n`);
    }
    for (const [half, r] of results) for (const miss of r.misses) process.stdout.write(`  miss (${half}) ${miss}\n`);
  } finally {
    await bench.app.close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
