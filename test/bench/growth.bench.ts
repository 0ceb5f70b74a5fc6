import { anchorQuote } from '../../src/claims/quote-anchor';
import { readQuantity } from '../../src/claims/quantity';
import { agreementByClaim, suggestCredibility } from '../../src/contradictions/credibility';
import { independenceOf } from '../../src/contradictions/independence';
import { parseFacetLines } from '../../src/desk/facet-lines';
import { Figure, median } from './bench-kit';

/** Milliseconds of `work(n)`, the median of 5 runs (after one warm-up). */
function ms(work: (n: number) => void, n: number): number {
  work(n);
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    work(n);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** One figure per formerly quadratic case: time at 1x, 2x and 4x its input, and the growth per doubling (target <= 2.2). */
function growth(name: string, base: number, work: (n: number) => void): Figure {
  const [t1, t2, t4] = [base, 2 * base, 4 * base].map((n) => ms(work, n));
  const perDoubling = Math.sqrt(t4 / t1);
  return {
    name: `${name}: growth per doubling of the input`, value: perDoubling, unit: 'x', baselineName: 'linear', baseline: 2, ratio: perDoubling / 2,
    target: '<= 2.2', met: perDoubling <= 2.2, extra: { input: [base, 2 * base, 4 * base], ms: [t1, t2, t4].map((t) => Number(t.toFixed(2))) },
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
    growth('quantity parsing, "1 1 1 ... 1 +" of n words', 20_000, (n) => readQuantity(`${'1 '.repeat(n)}+`)),
    growth('desk facet lines, a line of n spaces', 60_000, (n) => parseFacetLines(`fatalities${' '.repeat(n)}:${' '.repeat(n)}x`, new Map([['fatalities', 'quantity']]))),
    growth('suggested credibility of every claim of an event with n claims on two sides', 5_000, credibilityOf),
  ];
}
