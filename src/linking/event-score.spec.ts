import { featuresOf, scoreEvent, timeFit } from './event-score';
import { keyWords, phrases } from './words';

type Row = Parameters<typeof featuresOf>[0];
const event = (over: Partial<Row> = {}) => featuresOf({
  id: 'e', title: 'Attack in Bamako', type: 'battles', startsAt: '2024-09-17T05:00:00.000Z', endsAt: null, timePrecision: 'day',
  locationName: 'Bamako', locationAdmin1: null, locationAdmin2: null, ...over,
});

describe('event scoring', () => {
  it.each([
    ['2024-09-17T05:00:00.000Z', 1, 'at its start'],
    ['2024-09-17T11:00:00.000Z', 1, '6 hours after its start'],
    ['2024-09-19T05:00:00.000Z', 0.667, '24 hours after its end'],
    ['2024-09-16T17:00:00.000Z', 0.833, '12 hours before its start'],
    ['2024-10-17T05:00:00.000Z', 0.008, '29 days after its end'],
  ])('fits %s to a day-long event starting at 05:00 with %d: %s', (at, fit, reason) => {
    const found = timeFit(Date.parse(at), event())!;
    expect(Math.round(found.fit * 1000) / 1000).toBeCloseTo(fit, 2);
    expect(found.reason).toBe(reason);
  });

  it('reads an event once: its span from the precision when it has no end, its places in lower case too', () => {
    expect(event({ timePrecision: 'week', locationAdmin1: 'Bamako District' })).toMatchObject({
      start: Date.parse('2024-09-17T05:00:00.000Z'), end: Date.parse('2024-09-24T05:00:00.000Z'), places: ['Bamako', 'Bamako District'], placeKeys: ['bamako', 'bamako district'],
    });
    expect(event({ endsAt: '2024-09-18T00:00:00.000Z' }).end).toBe(Date.parse('2024-09-18T00:00:00.000Z'));
  });

  it('scores the same with or without reasons', () => {
    const query = { at: Date.parse('2024-09-18T11:00:00.000Z'), places: new Set(['bamako']) };
    const signals = { words: { score: 3, shared: ['airport'] }, actors: ['JNIM', 'FAMa'] };
    expect(scoreEvent(event(), query, signals, false)).toEqual({ score: scoreEvent(event(), query, signals).score, reasons: [] });
  });

  it('has no time fit for an event without a start', () => {
    expect(timeFit(Date.parse('2024-09-17T05:00:00.000Z'), event({ startsAt: null }))).toBeNull();
  });

  it('weighs the signals the query has, and gives a reason for each that counts', () => {
    const full = scoreEvent(event(), { at: Date.parse('2024-09-17T11:00:00.000Z'), places: new Set(['bamako']) }, { words: { score: 18, shared: ['airport', 'gendarmerie'] }, actors: ['JNIM'] });
    expect(full.reasons).toEqual(['shares the words airport, gendarmerie', '6 hours after its start', 'same place (Bamako)', 'JNIM already has claims on it']);
    expect(full.score).toBeCloseTo(0.35 * 0.75 + 0.3 + 0.25 + 0.1 * 0.5, 3);
    // Only a place: the place alone decides.
    expect(scoreEvent(event(), { at: null, places: new Set(['bamako']) }, { words: null, actors: [] })).toEqual({ score: 1, reasons: ['same place (Bamako)'] });
    expect(scoreEvent(event(), { at: null, places: new Set(['kidal']) }, { words: null, actors: [] })).toEqual({ score: 0, reasons: [] });
  });

  it('reads the distinctive words and the phrases of a text', () => {
    expect(keyWords('The army said the army had repelled the attack on the airport; the attack failed.', 3)).toEqual(['army', 'attack', 'airport']);
    expect([...phrases('Gunmen in Bamako, Mali', 2)]).toEqual(['gunmen', 'gunmen in', 'in', 'in bamako', 'bamako', 'bamako mali', 'mali']);
  });
});
