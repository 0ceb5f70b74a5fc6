import { EntityTarget, ObjectLiteral } from 'typeorm';
import { Claim } from '../src/claims/claim.entity';
import { Facet } from '../src/claims/facet.entity';
import { Document } from '../src/documents/document.entity';
import { Event } from '../src/events/event.entity';
import { Source } from '../src/sources/source.entity';
import { create } from './factories';
import { bearer, startTestApp, TestApp } from './harness';

/**
 * The API and bulk imports build rows with the same functions; this catches the two drifting apart:
 * the same input sent through POST /<records> and through POST /imports is stored the same, but for
 * its id and its times.
 */
describe('a record made through the API and the same record imported are stored alike', () => {
  let t: TestApp;
  let clientIds = 0;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const stored = <T extends ObjectLiteral>(entity: EntityTarget<T>, id: string) => t.dataSource.getRepository(entity).findOneByOrFail({ id } as never);
  const apart = (row: object) => {
    const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = row as Record<string, unknown>;
    return rest;
  };
  const facetsOf = async (claimId: string) =>
    (await t.dataSource.getRepository(Facet).find({ where: { claimId }, order: { ordinal: 'ASC' } })).map(({ id: _id, claimId: _claim, ...rest }) => rest);

  /** Sends one record through the API and the same through an import; answers both ids. */
  async function both(plural: 'sources' | 'documents' | 'events' | 'claims', body: Record<string, unknown>): Promise<[string, string]> {
    const viaApi = await create(t, `/${plural}`, body);
    const clientId = `parity-${++clientIds}`;
    const imported = await t.http().post('/imports').set(bearer(t.adminKey)).send({ [plural]: [{ clientId, ...body }] }).expect(201);
    return [viaApi.id, imported.body.ids[plural][clientId]];
  }

  it.each<[string, EntityTarget<ObjectLiteral>, 'sources' | 'events', Record<string, unknown>]>([
    ['a source given the least', Source, 'sources', { name: 'Malian Armed Forces', kind: 'military' }],
    ['a source given everything, with names to clean', Source, 'sources', {
      name: '  Forces Armées Maliennes ', aliases: [' FAMa', 'FAMa', 'Malian army '], kind: 'military', stake: 'party_to_conflict', reliability: 'C',
      description: 'The national army', url: 'https://fama.ml',
    }],
    ['an event given the least', Event, 'events', { title: 'Attack on Bamako', type: 'battles' }],
    ['an event given everything, times with offsets', Event, 'events', {
      title: ' Attack on Bamako ', type: 'explosions_remote_violence', startsAt: '2024-09-17T05:00:00+01:00', endsAt: '2024-09-17T09:30:00Z', timePrecision: 'week',
      location: { name: ' Bamako ', admin1: 'Bamako District', country: 'ML', latitude: 12.6392, longitude: -8.0029, precision: 'near' }, description: 'Airport and school',
    }],
  ])('%s', async (_, entity, plural, body) => {
    const [viaApi, imported] = await both(plural, body);
    expect(imported).not.toBe(viaApi);
    expect(apart(await stored(entity, imported))).toEqual(apart(await stored(entity, viaApi)));
  });

  it('documents, with and without text and publisher', async () => {
    const publisher = await create(t, '/sources', { name: 'AFP', kind: 'news_agency' });
    for (const body of [
      { title: 'A link only', url: 'https://example.org/a' },
      { title: ' Communiqué n°12 ', publisherId: publisher.id, publishedAt: '2024-09-17T14:00:00+02:00', language: 'fr', text: 'Les FAMa ont repoussé l\u2019attaque.' },
    ]) {
      const [viaApi, imported] = await both('documents', body);
      expect(apart(await stored(Document, imported))).toEqual(apart(await stored(Document, viaApi)));
    }
  });

  it('claims and their facets, quoted in a document and read with the vocabulary', async () => {
    const claimant = await create(t, '/sources', { name: 'Jama\u2019at Nusrat al-Islam wal-Muslimin', aliases: ['JNIM'], kind: 'armed_group', stake: 'party_to_conflict' });
    const conveyor = await create(t, '/sources', { name: 'Agence France-Presse', kind: 'news_agency', stake: 'independent' });
    const event = await create(t, '/events', { title: 'Attack on the gendarmerie school', type: 'battles', startsAt: '2024-09-17T05:00:00Z' });
    const text = 'In a statement, JNIM said its fighters killed dozens of soldiers and destroyed six aircraft at the airport.';
    const document = await create(t, '/documents', { title: 'JNIM statement, as reported', publisherId: conveyor.id, text });
    const bodies = [
      { sourceId: claimant.id, text: ' Nothing but a text ' },
      {
        sourceId: claimant.id, conveyedById: conveyor.id, documentId: document.id, eventId: event.id, text: ' Dozens of soldiers killed ',
        quote: { exact: 'killed dozens of soldiers' }, originalText: 'des dizaines de soldats tués', language: 'fr', statedAt: '2024-09-17T15:00:00+02:00', voicedBy: ' JNIM spokesman Mohamed Ag Ousmane ',
        facets: [
          { attribute: 'fatalities', value: 'dozens', subject: ' soldiers ' },
          { attribute: 'destroyed', value: { min: 6, max: null }, subject: 'Military Aircraft', timeScope: { from: '2024-09-17T05:00:00+00:00', to: '2024-09-17T08:00:00Z' } },
          { attribute: 'perpetrator', value: 'JNIM' },
          { attribute: 'outcome', value: 'Success' },
          { attribute: 'targets', value: ['airport', 'gendarmerie school'], exclusive: true },
          { attribute: 'occurred' },
          { attribute: 'attacked', subject: 'the presidential palace', value: true, polarity: 'denied' },
        ],
      },
    ];
    for (const body of bodies) {
      const [viaApi, imported] = await both('claims', body);
      expect(apart(await stored(Claim, imported))).toEqual(apart(await stored(Claim, viaApi)));
      expect(await facetsOf(imported)).toEqual(await facetsOf(viaApi));
    }
    // Not empty on both sides: the comparison saw every facet.
    expect((await t.dataSource.getRepository(Facet).countBy({ eventId: event.id }))).toBe(14);
  });
});
