import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Complaints1795339022913 implements MigrationInterface {
  name = 'Complaints1795339022913';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"complaint_status\" AS ENUM('FILED', 'UPHELD', 'DISMISSED')");
    await queryRunner.query("CREATE TABLE \"complaint\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"complainant_id\" uuid NOT NULL, \"respondent_id\" uuid NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL, \"status\" \"public\".\"complaint_status\" NOT NULL DEFAULT 'FILED', \"decided_by_id\" uuid, \"decision_comment\" text, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a9c8dbc2ab4988edcc2ff0a7337\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_complaint_respondent\" ON \"complaint\"  (\"respondent_id\", \"status\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"complaint\" ADD CONSTRAINT \"FK_e67e7371370fcb078f3737255e7\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"complaint\" DROP CONSTRAINT \"FK_e67e7371370fcb078f3737255e7\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_complaint_respondent\"");
    await queryRunner.query("DROP TABLE \"complaint\"");
    await queryRunner.query("DROP TYPE \"public\".\"complaint_status\"");
  }
}
