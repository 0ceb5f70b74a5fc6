import { inReportOrder } from './report-order';

describe('contradictions in a report', () => {
  it('come open first, then confirmed, then dismissed, the most severe first within each', () => {
    const items = [
      { id: '1', status: 'dismissed', severity: 'high' }, { id: '2', status: 'open', severity: 'low' }, { id: '3', status: 'confirmed', severity: 'medium' },
      { id: '4', status: 'open', severity: 'high' }, { id: '5', status: 'confirmed', severity: 'high' }, { id: '0', status: 'open', severity: 'low' },
    ];
    expect(inReportOrder(items).map((c) => c.id)).toEqual(['4', '0', '2', '5', '3', '1']);
  });
});
