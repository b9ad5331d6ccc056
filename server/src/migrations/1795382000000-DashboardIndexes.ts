import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes the dashboards' period filters need (see `npm run bench`: the plans reach the big tables through them). */
export class DashboardIndexes1795382000000 implements MigrationInterface {
  name = 'DashboardIndexes1795382000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_ticket_created" ON "ticket" ("created_at") ');
    await queryRunner.query('CREATE INDEX "ix_ticket_resolved" ON "ticket" ("resolved_at") ');
    await queryRunner.query(`CREATE INDEX "ix_ticket_open_assignee" ON "ticket" ("assignee_id") WHERE "status" NOT IN ('RESOLVED', 'CLOSED')`);
    await queryRunner.query('CREATE INDEX "ix_communication_report_author" ON "communication_report" ("author_id", "created_at") ');
    await queryRunner.query('CREATE INDEX "ix_satisfaction_survey_answered" ON "satisfaction_survey" ("answered_at") ');
    await queryRunner.query('CREATE INDEX "ix_improvement_request_created" ON "improvement_request" ("created_at") ');
    await queryRunner.query('CREATE INDEX "ix_rnd_time_entry_worked" ON "rnd_time_entry" ("worked_on") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_rnd_time_entry_worked"');
    await queryRunner.query('DROP INDEX "public"."ix_improvement_request_created"');
    await queryRunner.query('DROP INDEX "public"."ix_satisfaction_survey_answered"');
    await queryRunner.query('DROP INDEX "public"."ix_communication_report_author"');
    await queryRunner.query('DROP INDEX "public"."ix_ticket_open_assignee"');
    await queryRunner.query('DROP INDEX "public"."ix_ticket_resolved"');
    await queryRunner.query('DROP INDEX "public"."ix_ticket_created"');
  }
}
