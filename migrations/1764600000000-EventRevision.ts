import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * An event's revision: it grows with every transaction that changes the event's claims, facets,
 * holdings, contradictions, triage or reviews. On PostgreSQL the statement that bumps it also takes the
 * event's row lock, which serialises writers on one event across processes; readers compare it with
 * the revision their cached analysis was built at.
 */
export class EventRevision1764600000000 implements MigrationInterface {
  name = 'EventRevision1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('events', new TableColumn({ name: 'revision', type: 'integer', isNullable: false, default: 0 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('events', 'revision');
  }
}
