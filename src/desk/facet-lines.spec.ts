import { AttributeKind } from '../attributes/attribute.entity';
import { facetLines, onLine, parseFacetLines } from './facet-lines';
import { charactersHandled } from '../../test/work-counters';

const kinds = new Map<string, AttributeKind>([['targets', 'set'], ['outcome', 'category'], ['fatalities', 'quantity'], ['destroyed', 'quantity'], ['claimed_responsibility', 'boolean']]);

describe('facet lines', () => {
  it('reads one facet per line, with subjects, denials, exclusive sets and booleans', () => {
    const { facets, problems } = parseFacetLines([
      'targets: military airport, gendarmerie school',
      '',
      'outcome: not repelled',
      'destroyed (military aircraft): several',
      'targets: only gendarmerie school',
      'claimed_responsibility: yes',
    ].join('\n'), kinds);
    expect(problems).toEqual([]);
    expect(facets).toEqual([
      { attribute: 'targets', value: ['military airport', 'gendarmerie school'] },
      { attribute: 'outcome', value: 'repelled', polarity: 'denied' },
      { attribute: 'destroyed', subject: 'military aircraft', value: 'several' },
      { attribute: 'targets', value: ['gendarmerie school'], exclusive: true },
      { attribute: 'claimed_responsibility', value: true },
    ]);
  });

  it('names the line and what is wrong with it', () => {
    const { problems } = parseFacetLines('outcome: success\nno colon here\nweather: rainy\nfatalities:', kinds);
    expect(problems).toEqual([
      { path: 'facets line 2', message: 'write it as "attribute: value" or "attribute (subject): value"' },
      { path: 'facets line 3', message: expect.stringMatching(/^weather is not an attribute; known: claimed_responsibility, destroyed, fatalities/) },
      { path: 'facets line 4', message: 'write it as "attribute: value" or "attribute (subject): value"' },
    ]);
  });

  it('writes lines that read back to the same facets', () => {
    const facets = [
      { attribute: 'targets', value: ['military airport', 'gendarmerie school'] },
      { attribute: 'outcome', value: 'repelled', polarity: 'denied' as const },
      { attribute: 'destroyed', subject: 'military aircraft', value: 'several' },
      { attribute: 'targets', value: ['gendarmerie school'], exclusive: true },
    ];
    expect(parseFacetLines(facetLines(facets), kinds).facets).toEqual(facets);
  });

  it('says the API\'s facets[i] as the line it came from, blank lines counted', () => {
    const { lines } = parseFacetLines('outcome: success\n\n  \nfatalities: many', kinds);
    expect(lines).toEqual([1, 4]);
    expect(onLine('facets[1].value', lines)).toBe('facets line 4 value');
    expect(onLine('facets[0]', lines)).toBe('facets line 1');
    expect(onLine('text', lines)).toBe('text');
  });

  it('reads a time window at the end of a line, and writes it back', () => {
    const { facets, problems } = parseFacetLines([
      'outcome: ongoing from 2024-09-17T05:00:00Z to 2024-09-17T15:00:00Z',
      'outcome: repelled until 2024-09-17T10:00:00Z',
      'targets: only gendarmerie school from 2024-09-17',
      'outcome: far from over',
    ].join('\n'), kinds);
    expect(problems).toEqual([]);
    expect(facets).toEqual([
      { attribute: 'outcome', value: 'ongoing', timeScope: { from: '2024-09-17T05:00:00Z', to: '2024-09-17T15:00:00Z' } },
      { attribute: 'outcome', value: 'repelled', timeScope: { to: '2024-09-17T10:00:00Z' } },
      { attribute: 'targets', value: ['gendarmerie school'], exclusive: true, timeScope: { from: '2024-09-17' } },
      { attribute: 'outcome', value: 'far from over' },
    ]);
    const back = parseFacetLines(facetLines(facets), kinds);
    expect(back.facets).toEqual(facets);
  });
});

describe('parseFacetLines on hostile input', () => {
  const kinds = new Map([['fatalities', 'quantity' as const], ['targets', 'set' as const]]);
  it('reads a line padded with spaces, and refuses one of spaces alone, in one pass', () => {
    expect(parseFacetLines(`fatalities${' '.repeat(60_000)}:${' '.repeat(60_000)}20${' '.repeat(60_000)}`, kinds).facets).toEqual([{ attribute: 'fatalities', value: '20' }]);
    expect(parseFacetLines(`${' '.repeat(60_000)}x`, kinds).problems).toHaveLength(1);
  });

  // Counted, not timed, so a loaded machine cannot tip it: eight times the line hands about eight times the
  // characters to string methods and patterns, where a loop that trims or slices the rest of the line at each
  // step would hand about 64 times. The bound sits far from both. (Backtracking inside one pattern is
  // regex-safety.spec.ts's to catch.)
  it('does work linear in the text: eight times the line, about eight times the characters handled', () => {
    const handled = (n: number) => {
      const lines = [`${' '.repeat(n)}x`, `fatalities (${' '.repeat(n)}`, `fatalities:${' '.repeat(n)}1${' '.repeat(n)}`, `targets: ${'a, '.repeat(n / 3)}`];
      return charactersHandled(() => {
        for (const line of lines) parseFacetLines(line, kinds);
      });
    };
    expect(handled(80_000) / handled(10_000)).toBeLessThan(24);
  });
});
