import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportRequests1795339228436 implements MigrationInterface {
  name = 'SupportRequests1795339228436';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"support_request_status\" AS ENUM('OPEN', 'DEFERRAL_PROPOSED', 'ACCEPTED', 'URGENT', 'SALES_COORDINATING', 'HANDED_OFF', 'SECOND_DEFERRAL_PROPOSED', 'ACCEPTED_BY_SECOND', 'ESCALATED', 'DONE', 'BOUNCED')");
    await queryRunner.query("CREATE TABLE \"support_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"requested_by_id\" uuid NOT NULL, \"content\" text NOT NULL, \"status\" \"public\".\"support_request_status\" NOT NULL DEFAULT 'OPEN', \"due_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"proposed_for\" TIMESTAMP WITH TIME ZONE, \"responsible_for_failure_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_76db9b511f3ac27bf3237432acc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_support_request_project\" ON \"support_request\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"handoff\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"request_id\" uuid NOT NULL, \"from_id\" uuid NOT NULL, \"to_id\" uuid NOT NULL, \"content\" text NOT NULL, \"scope\" text NOT NULL, \"handoff_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"result\" text, \"resolved\" boolean, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_036052d138cc8c887e20ce4e1dd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_handoff_request\" ON \"handoff\"  (\"request_id\") ");
    await queryRunner.query("ALTER TABLE \"support_request\" ADD CONSTRAINT \"FK_3c37b55f099a875aed2b65165a5\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"handoff\" ADD CONSTRAINT \"FK_0a9d81bd9c0d309a958db1b8e26\" FOREIGN KEY (\"request_id\") REFERENCES \"support_request\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"handoff\" DROP CONSTRAINT \"FK_0a9d81bd9c0d309a958db1b8e26\"");
    await queryRunner.query("ALTER TABLE \"support_request\" DROP CONSTRAINT \"FK_3c37b55f099a875aed2b65165a5\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_handoff_request\"");
    await queryRunner.query("DROP TABLE \"handoff\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_support_request_project\"");
    await queryRunner.query("DROP TABLE \"support_request\"");
    await queryRunner.query("DROP TYPE \"public\".\"support_request_status\"");
  }
}
