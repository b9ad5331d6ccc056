import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BugFeedbackAttachments1795360245534 implements MigrationInterface {
  name = 'BugFeedbackAttachments1795360245534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"feedback_kind\" AS ENUM('BUG', 'USABILITY_SUGGESTION')");
    await queryRunner.query("CREATE TYPE \"public\".\"feedback_status\" AS ENUM('NEW', 'REPRODUCED', 'NOT_REPRODUCIBLE', 'FIX_LINKED', 'VERIFIED')");
    await queryRunner.query("CREATE TABLE \"bug_feedback\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid, \"kind\" \"public\".\"feedback_kind\" NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL, \"found_in_version_id\" uuid, \"reported_by_id\" uuid NOT NULL, \"status\" \"public\".\"feedback_status\" NOT NULL DEFAULT 'NEW', \"tester_id\" uuid, \"tester_notes\" text, \"fix_version_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_72233ea00141d6b667b33f33337\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_bug_feedback_status\" ON \"bug_feedback\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"attachment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"owner_id\" uuid NOT NULL, \"file_name\" text NOT NULL, \"content_type\" text NOT NULL, \"size\" integer NOT NULL, \"sha256\" text NOT NULL, \"content\" bytea NOT NULL, \"uploaded_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d2a80c3a8d467f08a750ac4b420\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_attachment_owner\" ON \"attachment\"  (\"owner_id\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_attachment_owner\"");
    await queryRunner.query("DROP TABLE \"attachment\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_bug_feedback_status\"");
    await queryRunner.query("DROP TABLE \"bug_feedback\"");
    await queryRunner.query("DROP TYPE \"public\".\"feedback_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"feedback_kind\"");
  }
}
