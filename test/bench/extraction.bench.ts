import { performance } from 'node:perf_hooks';
import { BAMAKO_WIRE_TEXT } from '../../src/demo/bamako-case';
import { analyse } from '../../src/extraction/analyse';
import { extractStatements } from '../../src/extraction/extract';
import { BenchApp, Figure, median } from './bench-kit';
import { syntheticSources } from '../synthetic-sources';

const SOURCES = [
  { id: 'jnim', name: 'JNIM', aliases: ['GSIM'] },
  { id: 'army', name: 'Malian army', aliases: ['the army', 'FAMa'] },
  { id: 'afp', name: 'AFP', aliases: ['Agence France-Presse'] },
];

function upTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** Long capitalised runs, unclosed quotes, thousands of commas, no sentence end. */
export function pathological(length: number): string {
  // Long capitalised runs, an unclosed quotation, runs of commas; an attribution set inside a sentence, runs of "but"
  // and a numbered statement's points (the forms of the eleventh round); runs of "Minister of", "citing", "came under"
  // and "no fighting", a label asking questions (the twelfth round's); runs of "in." and "who gave his name as", a council
  // record's label with two brackets, a dated dateline, "the killers were the men of" and "branded" (the thirteenth round's).
  const piece = 'The Army Chief Of Staff General Said "We Will ' + ', '.repeat(40) + 'said the ' + 'The statement said:\n1. The toll, he said, ' + 'welcomed the decision but '.repeat(10) + '\n2. '
    + 'the Minister of Defence of the Minister for '.repeat(5) + ', citing '.repeat(10) + 'came under fire no fighting '.repeat(5) + '\nSEMANA: Why? '
    + 'They went in. '.repeat(5) + 'a nurse who gave her name only as '.repeat(3) + '\nMr. Khan (Pakistan) (spoke in Urdu): We went in. \nISLAMABAD, Sept 30: '
    + 'the killers were the men of '.repeat(3) + 'has branded the ';
  return upTo(piece, length);
}

function ms(work: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Extraction: a 20,000-character article and 200,000 pathological characters, each beside the NLP
 * library's own reading of the same text (the floor no extraction can go under); the growth from
 * 100,000 to 200,000 characters (2 is linear); the article with 50,000 sources beside it with none (the
 * sources are indexed once and the index kept for the same list), and with 50,000 sources not seen before; and GET /health while an extraction runs in its worker,
 * beside /health with nothing running.
 */
export async function extractionBench(bench: BenchApp): Promise<Figure[]> {
  const article = upTo(`${BAMAKO_WIRE_TEXT}\n\n`, 20_000);
  extractStatements(article, SOURCES);
  const articleMs = ms(() => extractStatements(article, SOURCES, '2024-09-18T10:00:00Z'));
  const articleFloor = ms(() => analyse(article));
  const desk = [...syntheticSources(25_000, { countries: true }), ...SOURCES, ...syntheticSources(50_000, { countries: true }).slice(25_000)];
  // Seven runs of each (three let the ratio wander between 1.3 and 2.5 on the same code). They do not alternate: the index is
  // kept for the last source list only, and alternating would build it again for every run.
  const noSourcesMs = ms(() => extractStatements(article, [], '2024-09-18T10:00:00Z'), 7);
  const manySourcesMs = ms(() => extractStatements(article, desk, '2024-09-18T10:00:00Z'), 7);
  // A source list the extraction has not seen: its index and lookups are built (once, for all the clauses).
  const newDesks = [1, 2, 3].map((n) => desk.map((s) => ({ ...s, id: `${s.id}-${n}` })));
  const newDeskMs = median(newDesks.map((list) => ms(() => extractStatements(article, list, '2024-09-18T10:00:00Z'), 1)));
  const half = pathological(100_000);
  const whole = pathological(200_000);
  const halfMs = ms(() => extractStatements(half, SOURCES), 3);
  const wholeMs = ms(() => extractStatements(whole, SOURCES), 3);
  const wholeFloor = ms(() => analyse(whole), 3);

  const key = bench.adminKey;
  const inject = (method: 'GET' | 'POST', url: string, payload?: unknown) => bench.app.inject({
    method, url, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(payload !== undefined && { payload: JSON.stringify(payload) }),
  });
  const health = async (n: number): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const start = performance.now();
      await inject('GET', '/health');
      times.push(performance.now() - start);
    }
    return times;
  };
  const idle = median(await health(30));
  const document = (await inject('POST', '/documents', { title: 'Long', language: 'en', text: upTo(`${BAMAKO_WIRE_TEXT}\n\n`, 200_000) })).json();
  let done = false;
  const running = inject('POST', `/documents/${document.id}/extract`, {}).then((r) => {
    done = true;
    return r.statusCode;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const busy: number[] = [];
  while (!done && busy.length < 200) busy.push(...(await health(1)));
  const status = await running;
  const busyMedian = median(busy.length ? busy : [0]);
  const busyMax = Math.max(0, ...busy);
  return [
    { name: 'extraction: 20,000-character article', value: articleMs, unit: 'ms', baselineName: 'wink-nlp reading it alone', baseline: articleFloor, ratio: articleMs / articleFloor, target: '< 200 ms', met: articleMs < 200 },
    { name: 'extraction: 20,000-character article with 50,000 sources', value: manySourcesMs, unit: 'ms', baselineName: 'the article with no sources', baseline: noSourcesMs, ratio: manySourcesMs / noSourcesMs, target: 'ratio < 2', met: manySourcesMs / noSourcesMs < 2 },
    { name: 'extraction: the same article with 50,000 sources not seen before', value: newDeskMs, unit: 'ms', baselineName: 'the article with no sources', baseline: noSourcesMs, ratio: newDeskMs / noSourcesMs, target: 'none (the index is built once, linear in the sources)', met: true },
    { name: 'extraction: 200,000 pathological characters', value: wholeMs, unit: 'ms', baselineName: 'wink-nlp reading it alone', baseline: wholeFloor, ratio: wholeMs / wholeFloor, target: '< 1000 ms', met: wholeMs < 1000 },
    { name: 'extraction: growth from 100,000 to 200,000 pathological characters', value: wholeMs, unit: 'ms', baselineName: '100,000 characters', baseline: halfMs, ratio: wholeMs / halfMs, target: 'ratio <= 2.5 (linear)', met: wholeMs / halfMs <= 2.5 },
    {
      name: 'extraction: GET /health while an extraction runs (median)', value: busyMedian, unit: 'ms', baselineName: 'GET /health idle', baseline: idle, ratio: busyMedian / Math.max(idle, 0.01),
      target: '< 50 ms', met: busyMax < 50, extra: { samples: busy.length, max: Number(busyMax.toFixed(2)), extractStatus: status },
    },
  ];
}
