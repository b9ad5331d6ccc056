import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkOrderWithdrawn1795362616316 implements MigrationInterface {
  name = 'WorkOrderWithdrawn1795362616316';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_fault_work_order_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"work_order_status\" ADD VALUE 'WITHDRAWN'");
    await queryRunner.query("CREATE INDEX \"ix_fault_work_order_status\" ON \"fault_work_order\"  (\"status\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_fault_work_order_status\"");
    await queryRunner.query("CREATE TYPE \"public\".\"work_order_status_old\" AS ENUM('PENDING_APPROVAL', 'REJECTED_BY_MANAGER', 'AWAITING_RND_REVIEW', 'RETURNED', 'OPEN_FOR_CLAIM', 'IN_PROGRESS', 'CLOSURE_REQUESTED', 'CONVERSION_PROPOSED', 'CLOSED', 'CONVERTED')");
    await queryRunner.query("ALTER TABLE \"fault_work_order\" ALTER COLUMN \"status\" TYPE \"public\".\"work_order_status_old\" USING \"status\"::\"text\"::\"public\".\"work_order_status_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"work_order_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"work_order_status_old\" RENAME TO \"work_order_status\"");
    await queryRunner.query("CREATE INDEX \"ix_fault_work_order_status\" ON \"fault_work_order\" USING btree (\"created_at\", \"status\") ");
  }
}
