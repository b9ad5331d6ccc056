import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketAttachments1795367271464 implements MigrationInterface {
  name = 'TicketAttachments1795367271464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"attachment_owner_kind\" AS ENUM('WORK_ORDER', 'TICKET')");
    await queryRunner.query("ALTER TABLE \"attachment\" ADD \"owner_kind\" \"public\".\"attachment_owner_kind\" NOT NULL DEFAULT 'WORK_ORDER'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"attachment\" DROP COLUMN \"owner_kind\"");
    await queryRunner.query("DROP TYPE \"public\".\"attachment_owner_kind\"");
  }
}
