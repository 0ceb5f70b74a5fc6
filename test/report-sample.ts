import { ReportContent } from '../src/reports/report';

/**
 * A small event report written by hand for the renderers' unit specs: two parties, one contradiction
 * with a note, a quantity dispute with its figures, a corroboration, and text that Markdown and HTML
 * must not take as markup (the army's spokesman too).
 */
export function sampleReport(): ReportContent {
  const army = { id: '01a00000-0000-7000-8000-000000000001', name: 'General <b>Diarra</b>', aliases: ['the army chief'], kind: 'military' as const, stake: 'party_to_conflict' as const, reliability: 'C' as const, side: 'Malian government' };
  const jnim = { id: '01a00000-0000-7000-8000-000000000002', name: 'JNIM | GSIM', aliases: [], kind: 'armed_group' as const, stake: 'party_to_conflict' as const, reliability: 'F' as const, side: 'JNIM' };
  const time = '2024-09-17T08:00:00.000Z';
  const claim = (id: string, text: string, verdict: string) => ({
    id, text, quote: null, conveyedBy: null, voicedBy: null as string | null, document: null, statedAt: null, facets: [], verdict, verdictAt: null,
    credibility: { suggested: 4 as const, reasons: ['contradicted'], reviewed: null },
    reviews: { count: 0, latest: [] },
  });
  return {
    title: 'Crosscheck report: Attack on *Bamako*',
    event: {
      id: '01a00000-0000-7000-8000-0000000000e1', title: 'Attack on *Bamako*', type: 'battles', startsAt: '2024-09-17T05:00:00.000Z', endsAt: null, timePrecision: 'day',
      location: { name: 'Bamako', admin1: null, admin2: null, country: 'ML', latitude: null, longitude: null, precision: 'city' as never }, description: null, mergedInto: null,
      createdAt: time, updatedAt: time,
    },
    sources: [army, jnim],
    claimants: [
      { sourceId: army.id, name: army.name, claims: [{ ...claim('01a00000-0000-7000-8000-0000000000c1', 'The situation is <script>under control</script>', 'disputed'),
        voicedBy: 'Army spokesman <i>Idris</i> Bako', reviews: { count: 1, latest: [{ verdict: 'disputed', rationale: 'AFP heard gunfire\nuntil noon', reviewerId: 'r1', reviewer: 'Rita Reviewer', createdAt: time }] } }] },
      { sourceId: jnim.id, name: jnim.name, claims: [claim('01a00000-0000-7000-8000-0000000000c2', '=HYPERLINK("x") | 20 killed', 'unreviewed')] },
    ],
    disputes: [{
      attribute: 'fatalities', subject: null, kind: 'quantity', contradictionIds: ['k1'],
      positions: [
        { value: 'none', polarity: 'asserted', exclusive: false, range: { min: 0, max: 0 }, claimIds: ['01a00000-0000-7000-8000-0000000000c1'], sourceIds: [army.id], vague: false },
        { value: 'at least 20', polarity: 'asserted', exclusive: false, range: { min: 20, max: null }, claimIds: ['01a00000-0000-7000-8000-0000000000c2'], sourceIds: [jnim.id], vague: false },
      ],
      figures: { conservative: 0, median: 10, highest: 20, highestOpen: true },
      revisions: [],
    }],
    contradictions: [{
      id: 'k1', eventId: '01a00000-0000-7000-8000-0000000000e1', attribute: 'fatalities', subject: null, kind: 'quantity_mismatch', severity: 'high', status: 'confirmed',
      note: 'checked & confirmed <by phone>', claimAId: '01a00000-0000-7000-8000-0000000000c1', claimBId: '01a00000-0000-7000-8000-0000000000c2',
      sideA: { value: 'none', claimIds: ['01a00000-0000-7000-8000-0000000000c1'], sourceIds: [army.id], statedAt: null, timeScope: null },
      sideB: { value: 'at least 20', claimIds: ['01a00000-0000-7000-8000-0000000000c2'], sourceIds: [jnim.id], statedAt: null, timeScope: null },
      explanation: 'The army says none; JNIM says at least 20', detectedBy: 'rule:quantity_mismatch', triagedById: 'u1', triagedAt: time, triagedBy: 'Ed Editor', createdAt: time, updatedAt: time,
    }],
    corroborations: [{ attribute: 'targets', subject: null, value: 'military airport', claimIds: [], sourceIds: [army.id, jnim.id], claimAId: 'a', claimBId: 'b',
      corroborated: { claimIds: [], sourceIds: [army.id] }, corroboratingValue: null, corroborating: { claimIds: [], sourceIds: [jnim.id] }, admissionsAgainstInterest: [jnim.id], vague: false }],
  };
}
