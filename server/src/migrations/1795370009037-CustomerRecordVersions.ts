import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerRecordVersions1795370009037 implements MigrationInterface {
  name = 'CustomerRecordVersions1795370009037';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"customer\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"contact\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"customer_contract\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"customer_equipment\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("ALTER TABLE \"customer_product\" ADD \"record_version\" integer NOT NULL DEFAULT '1'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"customer_product\" DROP COLUMN \"record_version\"");
    await queryRunner.query("ALTER TABLE \"customer_equipment\" DROP COLUMN \"version\"");
    await queryRunner.query("ALTER TABLE \"customer_contract\" DROP COLUMN \"version\"");
    await queryRunner.query("ALTER TABLE \"contact\" DROP COLUMN \"version\"");
    await queryRunner.query("ALTER TABLE \"customer\" DROP COLUMN \"version\"");
  }
}
