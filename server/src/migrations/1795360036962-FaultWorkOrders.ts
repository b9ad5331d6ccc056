import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FaultWorkOrders1795360036962 implements MigrationInterface {
  name = 'FaultWorkOrders1795360036962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"work_order_status\" AS ENUM('PENDING_APPROVAL', 'REJECTED_BY_MANAGER', 'AWAITING_RND_REVIEW', 'RETURNED', 'OPEN_FOR_CLAIM', 'IN_PROGRESS', 'CLOSURE_REQUESTED', 'CONVERSION_PROPOSED', 'CLOSED', 'CONVERTED')");
    await queryRunner.query("CREATE TABLE \"fault_work_order\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"remaining_issue_id\" uuid NOT NULL, \"title\" text NOT NULL, \"environment\" text NOT NULL, \"steps\" text NOT NULL, \"symptoms\" text NOT NULL, \"logs\" text NOT NULL DEFAULT '', \"status\" \"public\".\"work_order_status\" NOT NULL, \"submitted_by_id\" uuid NOT NULL, \"approval_id\" uuid, \"rnd_advice\" text, \"lead_id\" uuid, \"solution\" text, \"dispute_reason\" text, \"conversion_proposal\" text, \"resubmission_note\" text, \"converted_to_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_28277e658ee36729e4ee74f6316\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_fault_work_order_lead\" ON \"fault_work_order\"  (\"lead_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_fault_work_order_status\" ON \"fault_work_order\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_fault_work_order_project\" ON \"fault_work_order\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"work_order_member\" (\"work_order_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"added_by_id\" uuid NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d51ba850d08b70735d433cb5fd1\" PRIMARY KEY (\"work_order_id\", \"user_id\"))");
    await queryRunner.query("ALTER TYPE \"public\".\"approval_kind\" ADD VALUE 'FAULT_WORK_ORDER'");
    await queryRunner.query("ALTER TABLE \"fault_work_order\" ADD CONSTRAINT \"FK_3f15a02f7c4fb6654ce47cf27da\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"work_order_member\" ADD CONSTRAINT \"FK_7da27db910d01ef7b43b61dccd7\" FOREIGN KEY (\"work_order_id\") REFERENCES \"fault_work_order\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"work_order_member\" DROP CONSTRAINT \"FK_7da27db910d01ef7b43b61dccd7\"");
    await queryRunner.query("ALTER TABLE \"fault_work_order\" DROP CONSTRAINT \"FK_3f15a02f7c4fb6654ce47cf27da\"");
    await queryRunner.query("CREATE TYPE \"public\".\"approval_kind_old\" AS ENUM('RESOURCE_REQUEST', 'PRESALES_APPLICATION', 'DESIGN_SOLUTION')");
    await queryRunner.query("ALTER TABLE \"approval\" ALTER COLUMN \"kind\" TYPE \"public\".\"approval_kind_old\" USING \"kind\"::\"text\"::\"public\".\"approval_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"approval_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"approval_kind_old\" RENAME TO \"approval_kind\"");
    await queryRunner.query("DROP TABLE \"work_order_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_fault_work_order_project\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_fault_work_order_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_fault_work_order_lead\"");
    await queryRunner.query("DROP TABLE \"fault_work_order\"");
    await queryRunner.query("DROP TYPE \"public\".\"work_order_status\"");
  }
}
