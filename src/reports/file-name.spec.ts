import { reportFileName } from './file-name';

describe('report file names', () => {
  it('are made of the event title and its day', () => {
    expect(reportFileName({ id: 'e1', title: 'Attack on the military airport and gendarmerie school in Bamako', startsAt: '2024-09-17T05:00:00.000Z' }, 'html'))
      .toBe('attack-on-the-military-airport-and-gendarmerie-school-in-2024-09-17.html');
    expect(reportFileName({ id: 'e1', title: 'Frappe à Kidal: "drones" ; rm -rf', startsAt: null }, 'csv')).toBe('frappe-a-kidal-drones-rm-rf.csv');
  });

  it('fall back on the event id when the title has no usable letter', () => {
    expect(reportFileName({ id: '0192f0aa-1111', title: '“…”', startsAt: '2024-01-02' }, 'md')).toBe('event-0192f0aa-2024-01-02.md');
  });
});
