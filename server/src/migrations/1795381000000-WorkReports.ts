import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkReports1795381000000 implements MigrationInterface {
  name = 'WorkReports1795381000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"work_report_scope\" AS ENUM('ENGINEER', 'TEAM')");
    await queryRunner.query("CREATE TABLE \"work_report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"month\" text NOT NULL, \"scope\" \"public\".\"work_report_scope\" NOT NULL, \"engineer_id\" uuid, \"content\" jsonb NOT NULL, \"generated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"generated_by_id\" uuid, CONSTRAINT \"ck_work_report_scope_engineer\" CHECK ((\"scope\" = 'TEAM') = (\"engineer_id\" IS NULL)), CONSTRAINT \"PK_d3963847f6d836c01111b720a9a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_work_report_engineer_month\" ON \"work_report\"  (\"month\", \"engineer_id\") WHERE \"engineer_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_work_report_team_month\" ON \"work_report\"  (\"month\") WHERE \"engineer_id\" IS NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"uq_work_report_team_month\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_work_report_engineer_month\"");
    await queryRunner.query("DROP TABLE \"work_report\"");
    await queryRunner.query("DROP TYPE \"public\".\"work_report_scope\"");
  }
}
