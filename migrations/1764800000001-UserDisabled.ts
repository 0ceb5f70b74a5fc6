import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A user an admin disabled: every key of theirs stops at the next request, in the API and the desk. */
export class UserDisabled1764800000001 implements MigrationInterface {
  name = 'UserDisabled1764800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The default as each database writes it, so the migrated schema and the entity agree.
    const no = queryRunner.connection.driver.options.type === 'postgres' ? 'false' : '0';
    await queryRunner.addColumn('users', new TableColumn({ name: 'disabled', type: 'boolean', isNullable: false, default: no }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'disabled');
  }
}
