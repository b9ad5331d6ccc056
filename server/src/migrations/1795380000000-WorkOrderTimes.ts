import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Existing orders get their times from the event log, in one pass over it: the first change into
 * IN_PROGRESS (every way there names a lead), and the change into CLOSED or CONVERTED (final).
 * Exported so a test can check it gives the times the service sets live.
 */
export const BACKFILL_WORK_ORDER_TIMES = `UPDATE fault_work_order w
    SET assigned_at = times.assigned_at, closed_at = times.closed_at
   FROM (SELECT e.entity_id,
                min(e.created_at) FILTER (WHERE e.payload->>'status' = 'IN_PROGRESS') AS assigned_at,
                min(e.created_at) FILTER (WHERE e.payload->>'status' IN ('CLOSED', 'CONVERTED')) AS closed_at
           FROM event e
          WHERE e.entity_type = 'FaultWorkOrder' AND e.type = 'WORK_ORDER_CHANGED'
          GROUP BY e.entity_id) times
  WHERE times.entity_id = w.id::text`;

export class WorkOrderTimes1795380000000 implements MigrationInterface {
  name = 'WorkOrderTimes1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"fault_work_order\" ADD \"assigned_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"fault_work_order\" ADD \"closed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("CREATE INDEX \"ix_fault_work_order_created\" ON \"fault_work_order\"  (\"created_at\") ");
    await queryRunner.query(BACKFILL_WORK_ORDER_TIMES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_fault_work_order_created\"");
    await queryRunner.query("ALTER TABLE \"fault_work_order\" DROP COLUMN \"closed_at\"");
    await queryRunner.query("ALTER TABLE \"fault_work_order\" DROP COLUMN \"assigned_at\"");
  }
}
