import { anchorQuote } from '../../src/claims/quote-anchor';
import { readQuantity } from '../../src/claims/quantity';
import { agreementByClaim, suggestCredibility } from '../../src/contradictions/credibility';
import { independenceOf } from '../../src/contradictions/independence';
import { parseFacetLines } from '../../src/desk/facet-lines';
import { extractStatements } from '../../src/extraction/extract';
import { Figure, median } from './bench-kit';

/**
 * One figure per formerly quadratic case: time at 1x, 2x and 4x its input, and the growth per doubling
 * (target <= 2.2). Measured so that what is not the work does not count: every size is run three times
 * first (the largest first: the compiler has seen every size before any is timed, so a tier-up or a
 * de-optimisation does not fall on one size only), then the sizes are timed in turn, round after round
 * (a change of the machine's load falls on all sizes alike), with a collection before each run where the
 * bench may ask for one (`--expose-gc`); each size's figure is the median of its rounds. The inputs are
 * large enough that the smallest takes milliseconds, not microseconds.
 */
function growth(name: string, base: number, work: (n: number) => void, rounds = 7): Figure {
  const sizes = [base, 2 * base, 4 * base];
  for (let i = 0; i < 3; i += 1) for (const n of [...sizes].reverse()) work(n);
  const times: number[][] = sizes.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    sizes.forEach((n, i) => {
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      work(n);
      times[i].push(performance.now() - start);
    });
  }
  const [t1, t2, t4] = times.map(median);
  const perDoubling = Math.sqrt(t4 / t1);
  return {
    name: `${name}: growth per doubling of the input`, value: perDoubling, unit: 'x', baselineName: 'linear', baseline: 2, ratio: perDoubling / 2,
    target: '<= 2.2', met: perDoubling <= 2.2, extra: { input: sizes, ms: [t1, t2, t4].map((t) => Number(t.toFixed(2))) },
  };
}

function credibilityOf(claims: number): void {
  const sources = Array.from({ length: claims }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, aliases: [], stake: 'independent' as const, side: null }));
  const ids = Array.from({ length: claims }, (_, i) => `c${i}`);
  const half = (from: number) => ({ claimIds: ids.filter((_, i) => i % 2 === from), sourceIds: sources.filter((_, i) => i % 2 === from).map((s) => s.id), value: from ? '300' : '20', statedAt: null });
  const contradiction = { kind: 'quantity_mismatch', severity: 'high', status: 'open', attribute: 'fatalities', subject: null, explanation: 'far apart', sideA: half(0), sideB: half(1) };
  const independence = independenceOf(sources, ids.map((_, i) => ({ sourceId: `s${i}`, conveyedById: null, documentId: null })));
  const byClaim = agreementByClaim({ corroborations: [], compatible: [], contradictions: [contradiction as never] });
  for (const [i, id] of ids.entries()) {
    suggestCredibility({ claimId: id, claimantId: `s${i}`, reliability: 'C', hasFacets: true, independence, ...(byClaim.get(id) ?? { corroborations: [], compatible: [], contradictions: [] }) });
  }
}

export async function growthBench(): Promise<Figure[]> {
  return [
    growth('quote anchoring, 40 quotes of n/40 chars absent from a text of n', 100_000, (n) => {
      const text = 'a'.repeat(n);
      for (let i = 0; i < 40; i += 1) anchorQuote({ exact: `${'a'.repeat(n / 40)}b` }, text);
    }),
    // A value is read up to the words a quantity phrase can have: what grows with it is the white space before them.
    growth('quantity parsing, n spaces and tabs before "1 1 1 ... 1 +"', 1_000_000, (n) => readQuantity(`${' \t'.repeat(n / 2)}${'1 '.repeat(1_000)}+`)),
    growth('desk facet lines, a line of n spaces', 250_000, (n) => parseFacetLines(`fatalities${' '.repeat(n)}:${' '.repeat(n)}x`, new Map([['fatalities', 'quantity']]))),
    // Issue 16's extraction inputs: a quote left open after a reporting verb, over n characters (the
    // direct-quote pattern was cubic; spaces alone leave the NLP library no tokens, so words fill it), a
    // run of "1," after a reporting verb (the number patterns), and a run of commas (the clean-up pattern).
    growth('extraction, \'The army said "abc\' and n characters of words, the quote never closed', 50_000, (n) => extractStatements(`The army said "abc ${'word '.repeat(n / 5)}x`, [])),
    growth('extraction, "Officials said that " and n/2 times "1,"', 50_000, (n) => extractStatements(`Officials said that ${'1,'.repeat(n / 2)}`, [])),
    growth('extraction, n commas', 50_000, (n) => extractStatements(','.repeat(n), [])),
    growth('suggested credibility of every claim of an event with n claims on two sides', 5_000, credibilityOf),
  ];
}
