import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClosingSolutionAndRemovedContacts1795368598029 implements MigrationInterface {
  name = 'ClosingSolutionAndRemovedContacts1795368598029';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"contact\" ADD \"removed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"ticket\" ADD \"closing_solution\" text");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ticket\" DROP COLUMN \"closing_solution\"");
    await queryRunner.query("ALTER TABLE \"contact\" DROP COLUMN \"removed_at\"");
  }
}
