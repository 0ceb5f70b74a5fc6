import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Client ids of imported records, so the same bundle twice creates nothing the second time. */
export class Imports1764300000000 implements MigrationInterface {
  name = 'Imports1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'import_records',
      columns: [
        { name: 'kind', type: 'varchar', length: '16', isPrimary: true },
        { name: 'clientId', type: 'varchar', length: '200', isPrimary: true },
        { name: 'entityId', type: 'varchar', length: '36' },
        { name: 'digest', type: 'varchar', length: '64' },
        { name: 'importId', type: 'varchar', length: '36' },
        { name: 'createdAt', type: 'varchar', length: '30' },
      ],
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('import_records');
  }
}
