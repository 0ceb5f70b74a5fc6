import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

// Written with the Table API, not raw SQL, so one migration serves SQLite and PostgreSQL alike.
const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: name === 'id' });
const ref = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable });
const time = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '30', isNullable: nullable });
const text = (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name, type: 'varchar', length: String(length), isNullable: nullable,
});
const stamps = [time('createdAt'), time('updatedAt')];

const BUILT_IN_ATTRIBUTES: Array<[string, string, string, string[] | null]> = [
  ['fatalities', 'quantity', 'People killed', null],
  ['injuries', 'quantity', 'People injured', null],
  ['captured', 'quantity', 'People taken prisoner', null],
  ['civilian_fatalities', 'quantity', 'Civilians killed', null],
  ['combatant_fatalities', 'quantity', 'Combatants killed', null],
  ['destroyed', 'quantity', 'Things destroyed; the subject says what (military aircraft, vehicles)', null],
  ['perpetrator', 'category', 'Who carried it out', null],
  ['outcome', 'category', 'How it ended for the attacker', ['success', 'partial', 'repelled', 'foiled', 'ongoing']],
  ['victim_status', 'category', 'Who the victims were', ['civilians', 'combatants', 'mixed']],
  ['cause', 'category', 'What caused the harm', null],
  ['weapon', 'category', 'The main weapon used', null],
  ['location', 'category', 'Where it happened', null],
  ['situation', 'category', 'The state of things at the time stated', ['under_control', 'fighting_ongoing', 'calm']],
  ['targets', 'set', 'What was targeted; mark exclusive for "only ..."', null],
  ['weapons', 'set', 'Weapons used', null],
  ['occurred', 'boolean', 'Whether the event (or, with a subject, that part of it) happened', null],
  ['attacked', 'boolean', 'Whether the subject (a place, a unit) was attacked', null],
];

export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'users',
      columns: [id(), varchar('name', 200), varchar('role', 16), ...stamps],
    }));
    await queryRunner.createTable(new Table({
      name: 'api_keys',
      columns: [id(), ref('userId'), varchar('keyHash', 64), varchar('label', 100), time('revokedAt', true), time('createdAt')],
      indices: [
        { name: 'idx_api_keys_user', columnNames: ['userId'] },
        { name: 'uq_api_keys_hash', columnNames: ['keyHash'], isUnique: true },
      ],
      foreignKeys: [
        { name: 'fk_api_keys_user', columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
      ],
    }));
    await queryRunner.createTable(new Table({
      name: 'sources',
      columns: [
        id(), varchar('name', 200), text('aliases', false), varchar('kind', 32), varchar('stake', 32),
        varchar('reliability', 1), text('description'), varchar('url', 2000, true), ...stamps,
      ],
    }));
    await queryRunner.createTable(new Table({
      name: 'documents',
      columns: [
        id(), varchar('title', 500), varchar('url', 2000, true), ref('publisherId', true), time('publishedAt', true),
        varchar('language', 35, true), text('text'), varchar('sha256', 64, true), ...stamps,
      ],
      indices: [{ name: 'idx_documents_publisher', columnNames: ['publisherId'] }],
    }));
    await queryRunner.createTable(new Table({
      name: 'events',
      columns: [
        id(), varchar('title', 500), varchar('type', 40), time('startsAt', true), time('endsAt', true),
        varchar('timePrecision', 8), varchar('locationName', 200, true), varchar('locationAdmin1', 200, true),
        varchar('locationAdmin2', 200, true), varchar('locationCountry', 2, true),
        { name: 'locationLatitude', type: 'double precision', isNullable: true },
        { name: 'locationLongitude', type: 'double precision', isNullable: true },
        varchar('locationPrecision', 8, true), text('description'), ...stamps,
      ],
    }));
    await queryRunner.createTable(new Table({
      name: 'claims',
      columns: [
        id(), ref('sourceId'), ref('conveyedById', true), ref('documentId', true), ref('eventId', true),
        text('text', false), text('quoteExact'), varchar('quotePrefix', 200, true), varchar('quoteSuffix', 200, true),
        { name: 'quoteStart', type: 'integer', isNullable: true }, { name: 'quoteEnd', type: 'integer', isNullable: true },
        text('originalText'), varchar('language', 35, true), time('statedAt', true),
        { name: 'version', type: 'integer' }, varchar('status', 32), ...stamps,
      ],
      indices: [
        { name: 'idx_claims_event', columnNames: ['eventId', 'id'] },
        { name: 'idx_claims_event_source', columnNames: ['eventId', 'sourceId', 'id'] },
        { name: 'idx_claims_source', columnNames: ['sourceId', 'id'] },
        { name: 'idx_claims_document', columnNames: ['documentId', 'id'] },
      ],
      foreignKeys: [
        { name: 'fk_claims_source', columnNames: ['sourceId'], referencedTableName: 'sources', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        { name: 'fk_claims_conveyed_by', columnNames: ['conveyedById'], referencedTableName: 'sources', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        { name: 'fk_claims_document', columnNames: ['documentId'], referencedTableName: 'documents', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        { name: 'fk_claims_event', columnNames: ['eventId'], referencedTableName: 'events', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
      ],
    }));
    await queryRunner.createTable(new Table({
      name: 'claim_facets',
      columns: [
        id(), ref('claimId'), ref('eventId', true), ref('claimantId'), { name: 'ordinal', type: 'integer' }, varchar('attribute', 64),
        varchar('subject', 200, true), varchar('subjectKey', 200), text('value', false), varchar('valueKey', 300), text('valueText', false),
        { name: 'rangeMin', type: 'double precision', isNullable: true }, { name: 'rangeMax', type: 'double precision', isNullable: true },
        varchar('polarity', 8), { name: 'exclusive', type: 'boolean' }, time('timeFrom', true), time('timeTo', true),
      ],
      indices: [
        { name: 'idx_claim_facets_claim', columnNames: ['claimId', 'ordinal'] },
        { name: 'idx_claim_facets_attribute', columnNames: ['attribute', 'subjectKey'] },
        {
          name: 'idx_claim_facets_group',
          columnNames: ['eventId', 'attribute', 'subjectKey', 'claimantId', 'valueKey', 'polarity', 'exclusive', 'timeFrom', 'timeTo', 'claimId'],
        },
      ],
      foreignKeys: [
        { name: 'fk_claim_facets_claim', columnNames: ['claimId'], referencedTableName: 'claims', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
      ],
    }));
    await queryRunner.createTable(new Table({
      name: 'attributes',
      columns: [
        { name: 'name', type: 'varchar', length: '64', isPrimary: true }, varchar('kind', 16), text('description'),
        text('allowedValues'), { name: 'builtIn', type: 'boolean' }, ...stamps,
      ],
    }));
    await queryRunner.createTable(new Table({
      name: 'facet_holdings',
      columns: [
        id(), ref('eventId'), varchar('attribute', 64), varchar('subjectKey', 200), ref('claimantId'), varchar('valueKey', 300),
        varchar('polarity', 8), { name: 'exclusive', type: 'boolean' }, time('timeFrom', true), time('timeTo', true), ref('firstClaimId'),
        { name: 'claims', type: 'integer' },
      ],
      indices: [{ name: 'idx_facet_holdings_group', columnNames: ['eventId', 'attribute', 'subjectKey', 'claimantId'] }],
    }));
    await queryRunner.createTable(new Table({
      name: 'terms',
      columns: [id(), varchar('attribute', 64), varchar('term', 200), varchar('relation', 16), varchar('of', 200), ...stamps],
      indices: [{ name: 'idx_terms_attribute', columnNames: ['attribute'] }],
    }));
    await queryRunner.createTable(new Table({
      name: 'contradictions',
      columns: [
        id(), ref('eventId'), varchar('attribute', 64), varchar('subject', 200, true), varchar('subjectKey', 200), varchar('identity', 64),
        varchar('kind', 32), varchar('severity', 8), varchar('status', 16), text('note'), text('explanation', false),
        varchar('detectedBy', 64), varchar('fingerprint', 64), text('sideA', false), text('sideB', false), ref('claimAId'), ref('claimBId'),
        ref('triagedById', true), time('triagedAt', true), ...stamps,
      ],
      indices: [
        { name: 'uq_contradictions_identity', columnNames: ['eventId', 'identity'], isUnique: true },
        { name: 'idx_contradictions_group', columnNames: ['eventId', 'attribute', 'subjectKey'] },
      ],
      foreignKeys: [
        { name: 'fk_contradictions_event', columnNames: ['eventId'], referencedTableName: 'events', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
      ],
    }));
    await queryRunner.createTable(new Table({
      name: 'audit_entries',
      columns: [
        id(), ref('actorId', true), varchar('action', 16), varchar('entity', 32), varchar('entityId', 64),
        text('before'), text('after'), time('at'),
      ],
      indices: [{ name: 'idx_audit_entity', columnNames: ['entity', 'entityId', 'id'] }],
    }));

    // Plain SQL rather than the query builder: the builder would apply today's entity transformers.
    const now = new Date().toISOString();
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const placeholders = Array.from({ length: 7 }, (_, i) => (postgres ? `$${i + 1}` : '?')).join(', ');
    for (const [name, kind, description, allowed] of BUILT_IN_ATTRIBUTES) {
      await queryRunner.query(
        `INSERT INTO "attributes" ("name", "kind", "description", "allowedValues", "builtIn", "createdAt", "updatedAt") VALUES (${placeholders})`,
        [name, kind, description, allowed ? JSON.stringify(allowed) : null, postgres ? true : 1, now, now],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_entries', 'contradictions', 'terms', 'facet_holdings', 'attributes', 'claim_facets', 'claims', 'events', 'documents', 'sources', 'api_keys', 'users']) {
      await queryRunner.dropTable(table);
    }
  }
}
