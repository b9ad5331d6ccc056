import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegulationDocuments1795358415216 implements MigrationInterface {
  name = 'RegulationDocuments1795358415216';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"presales_application\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"project_name\" text NOT NULL, \"support_types\" \"public\".\"support_type\" array NOT NULL, \"requirements\" text NOT NULL, \"wanted_start\" date, \"wanted_end\" date, \"requested_by_id\" uuid NOT NULL, \"approval_id\" uuid, \"project_id\" uuid, \"assigned_presales_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_697e646a4d88bc0ae0457c1f619\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_presales_application_requester\" ON \"presales_application\"  (\"requested_by_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"document_kind\" AS ENUM('EXCHANGE_PREP', 'TRAINING_PLAN', 'TECH_DOC', 'TEST_PLAN', 'IMPLEMENTATION_WORK_ORDER', 'SITE_ENTRY_LIST', 'IMPLEMENTATION_PLAN', 'IMPLEMENTATION_SCHEDULE', 'DESIGN_SOLUTION')");
    await queryRunner.query("CREATE TYPE \"public\".\"document_status\" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"project_document\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"kind\" \"public\".\"document_kind\" NOT NULL, \"internal\" boolean NOT NULL, \"status\" \"public\".\"document_status\" NOT NULL DEFAULT 'DRAFT', \"version\" integer NOT NULL DEFAULT '1', \"revision\" integer NOT NULL DEFAULT '0', \"title\" text NOT NULL, \"body\" text NOT NULL DEFAULT '', \"sales_part\" text, \"technical_part\" text, \"tasks\" jsonb NOT NULL DEFAULT '[]', \"created_by_id\" uuid NOT NULL, \"reviewed_by_id\" uuid, \"rejection_reason\" text, \"approval_id\" uuid, \"customer_signed_by\" text, \"customer_signed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e4aab0d22ce621e3dff35e57fa7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_project_document_project\" ON \"project_document\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"document_revision\" (\"document_id\" uuid NOT NULL, \"revision\" integer NOT NULL, \"title\" text NOT NULL, \"body\" text NOT NULL, \"sales_part\" text, \"technical_part\" text, \"tasks\" jsonb NOT NULL, \"submitted_by_id\" uuid NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"outcome\" \"public\".\"document_status\" NOT NULL, \"rejection_reason\" text, CONSTRAINT \"PK_9ebb8b28207f036fa58e0c4b5ff\" PRIMARY KEY (\"document_id\", \"revision\"))");
    await queryRunner.query("CREATE TABLE \"waiver\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"step\" \"public\".\"document_kind\" NOT NULL, \"reason\" text NOT NULL, \"waived_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_40563291fc45d5a7536818be6d3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_waiver_step\" ON \"waiver\"  (\"project_id\", \"step\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"project_task_kind\" AS ENUM('INFO_REQUEST', 'TECHNICAL_UPGRADE', 'COMMERCIAL_UPGRADE')");
    await queryRunner.query("CREATE TYPE \"public\".\"project_task_status\" AS ENUM('OPEN', 'DONE')");
    await queryRunner.query("CREATE TABLE \"project_task\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"kind\" \"public\".\"project_task_kind\" NOT NULL, \"description\" text NOT NULL, \"due_on\" date, \"assignee_id\" uuid NOT NULL, \"created_by_id\" uuid NOT NULL, \"status\" \"public\".\"project_task_status\" NOT NULL DEFAULT 'OPEN', \"result\" text, \"completed_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f8275249858f42bc01e47cb979d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_project_task_assignee\" ON \"project_task\"  (\"assignee_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_project_task_project\" ON \"project_task\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"uninitiated_work_status\" AS ENUM('INVOLVED', 'REMINDED', 'STOPPED', 'INITIATED')");
    await queryRunner.query("CREATE TABLE \"uninitiated_work\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"project_name\" text NOT NULL, \"sales_id\" uuid NOT NULL, \"presales_id\" uuid NOT NULL, \"description\" text NOT NULL, \"status\" \"public\".\"uninitiated_work_status\" NOT NULL DEFAULT 'INVOLVED', \"reminders\" integer NOT NULL DEFAULT '0', \"last_reminded_at\" TIMESTAMP WITH TIME ZONE, \"stopped_at\" TIMESTAMP WITH TIME ZONE, \"project_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bc8fac1f8280bc689cc58e83bff\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_uninitiated_work_sales\" ON \"uninitiated_work\"  (\"sales_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_uninitiated_work_presales\" ON \"uninitiated_work\"  (\"presales_id\") ");
    await queryRunner.query("ALTER TABLE \"approval\" DROP CONSTRAINT \"FK_dca57f6ad2ea3804314c285151d\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_approval_project\"");
    await queryRunner.query("ALTER TABLE \"approval\" ALTER COLUMN \"project_id\" DROP NOT NULL");
    await queryRunner.query("ALTER TYPE \"public\".\"approval_kind\" ADD VALUE 'PRESALES_APPLICATION'");
    await queryRunner.query("ALTER TYPE \"public\".\"approval_kind\" ADD VALUE 'DESIGN_SOLUTION'");
    await queryRunner.query("CREATE INDEX \"ix_approval_project\" ON \"approval\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"approval\" ADD CONSTRAINT \"FK_dca57f6ad2ea3804314c285151d\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_document\" ADD CONSTRAINT \"FK_1f28dd14d683a26b6f1ad62584e\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_revision\" ADD CONSTRAINT \"FK_0ed616423c3e1db07d816e2058d\" FOREIGN KEY (\"document_id\") REFERENCES \"project_document\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"waiver\" ADD CONSTRAINT \"FK_37e67202004cf0db8bcdf13ecd9\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_task\" ADD CONSTRAINT \"FK_70c41bad8c4b2510f958f6b9f47\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_task\" DROP CONSTRAINT \"FK_70c41bad8c4b2510f958f6b9f47\"");
    await queryRunner.query("ALTER TABLE \"waiver\" DROP CONSTRAINT \"FK_37e67202004cf0db8bcdf13ecd9\"");
    await queryRunner.query("ALTER TABLE \"document_revision\" DROP CONSTRAINT \"FK_0ed616423c3e1db07d816e2058d\"");
    await queryRunner.query("ALTER TABLE \"project_document\" DROP CONSTRAINT \"FK_1f28dd14d683a26b6f1ad62584e\"");
    await queryRunner.query("ALTER TABLE \"approval\" DROP CONSTRAINT \"FK_dca57f6ad2ea3804314c285151d\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_approval_project\"");
    await queryRunner.query("CREATE TYPE \"public\".\"approval_kind_old\" AS ENUM('RESOURCE_REQUEST')");
    await queryRunner.query("ALTER TABLE \"approval\" ALTER COLUMN \"kind\" TYPE \"public\".\"approval_kind_old\" USING \"kind\"::\"text\"::\"public\".\"approval_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"approval_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"approval_kind_old\" RENAME TO \"approval_kind\"");
    await queryRunner.query("ALTER TABLE \"approval\" ALTER COLUMN \"project_id\" SET NOT NULL");
    await queryRunner.query("CREATE INDEX \"ix_approval_project\" ON \"approval\" USING btree (\"created_at\", \"project_id\") ");
    await queryRunner.query("ALTER TABLE \"approval\" ADD CONSTRAINT \"FK_dca57f6ad2ea3804314c285151d\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("DROP INDEX \"public\".\"ix_uninitiated_work_presales\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_uninitiated_work_sales\"");
    await queryRunner.query("DROP TABLE \"uninitiated_work\"");
    await queryRunner.query("DROP TYPE \"public\".\"uninitiated_work_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_project_task_project\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_project_task_assignee\"");
    await queryRunner.query("DROP TABLE \"project_task\"");
    await queryRunner.query("DROP TYPE \"public\".\"project_task_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"project_task_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_waiver_step\"");
    await queryRunner.query("DROP TABLE \"waiver\"");
    await queryRunner.query("DROP TABLE \"document_revision\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_project_document_project\"");
    await queryRunner.query("DROP TABLE \"project_document\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_presales_application_requester\"");
    await queryRunner.query("DROP TABLE \"presales_application\"");
    await queryRunner.query("DROP TYPE \"public\".\"document_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"document_kind\"");
  }
}
