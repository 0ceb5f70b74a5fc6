import { claimFields, ClaimInput, claimRow, conveyedByItself } from './claim-row';
import { QuoteAnchor } from './quote-anchor';

const ID = '0192f1d2-7c3a-7b1e-9f00-3a5c2e1d4b6a';
const NOW = '2024-09-17T05:00:00.000Z';
const JNIM = '0192f1d2-7c3a-7b1e-9f00-000000000001';
const AFP = '0192f1d2-7c3a-7b1e-9f00-000000000002';
const EVENT = '0192f1d2-7c3a-7b1e-9f00-000000000003';
const DOC = '0192f1d2-7c3a-7b1e-9f00-000000000004';
const NO_QUOTE = { quoteExact: null, quotePrefix: null, quoteSuffix: null, quoteStart: null, quoteEnd: null };
const NEW = {
  version: 1, status: 'unreviewed', verdictById: null, verdictAt: null, reviewDisagreement: false, needsReReview: false,
  reReviewContradictionId: null, credibilityOverride: null, credibilityReason: null,
};

describe('claimRow', () => {
  it.each<[string, ClaimInput, QuoteAnchor | null, object]>([
    ['a first-hand claim with nothing but its text: unreviewed at version 1',
      { sourceId: JNIM, conveyedById: null, documentId: null, eventId: null, text: ' We hold the airport. ' }, null,
      { sourceId: JNIM, conveyedById: null, documentId: null, eventId: null, text: 'We hold the airport.', ...NO_QUOTE, originalText: null, language: null, statedAt: null, voicedBy: null }],
    ['a conveyed claim, quoted in its document, stated at a time given with an offset, voiced by a spokesman (trimmed)',
      { sourceId: JNIM, conveyedById: AFP, documentId: DOC, eventId: EVENT, text: 'Dozens killed', originalText: 'Des dizaines de morts', language: 'fr', statedAt: '2024-09-17T10:00:00+02:00', voicedBy: '  Army spokesman Idris Bako ' },
      { exact: 'dozens', prefix: 'killed ', suffix: null, start: 40, end: 46 },
      { sourceId: JNIM, conveyedById: AFP, documentId: DOC, eventId: EVENT, text: 'Dozens killed',
        quoteExact: 'dozens', quotePrefix: 'killed ', quoteSuffix: null, quoteStart: 40, quoteEnd: 46,
        originalText: 'Des dizaines de morts', language: 'fr', statedAt: '2024-09-17T08:00:00.000Z', voicedBy: 'Army spokesman Idris Bako' }],
    ['a blank voicedBy is none',
      { sourceId: JNIM, conveyedById: null, documentId: null, eventId: null, text: 'x', voicedBy: '   ' }, null,
      { sourceId: JNIM, conveyedById: null, documentId: null, eventId: null, text: 'x', ...NO_QUOTE, originalText: null, language: null, statedAt: null, voicedBy: null }],
  ])('%s', (_, input, quote, expected) => {
    expect(claimRow(claimFields(input, quote), ID, NOW)).toEqual({ id: ID, ...expected, ...NEW, createdAt: NOW, updatedAt: NOW });
  });
});

describe('conveyedByItself', () => {
  it.each([
    [JNIM, null, null],
    [JNIM, AFP, null],
    [JNIM, JNIM, 'claims[3].conveyedById: is the claimant itself; leave it out for a first-hand claim'],
    ['', null, null],
  ])('claimant %s conveyed by %s: %s', (sourceId, conveyedById, expected) => {
    const problem = conveyedByItself({ sourceId, conveyedById }, 'claims[3].');
    expect(problem ? `${problem.path}: ${problem.message}` : null).toBe(expected);
  });
});
