import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RndImprovementsVersions1795359810500 implements MigrationInterface {
  name = 'RndImprovementsVersions1795359810500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"issue_attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"issue_id\" uuid NOT NULL, \"tried_by_id\" uuid NOT NULL, \"what_was_tried\" text NOT NULL, \"result\" text NOT NULL, \"succeeded\" boolean NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9f3266c52042c909ada2e8293c5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_issue_attempt_issue\" ON \"issue_attempt\"  (\"issue_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"improvement_status\" AS ENUM('AWAITING_SALES_AGREEMENT', 'ISSUED', 'ACCEPTED', 'REJECTED', 'DONE')");
    await queryRunner.query("CREATE TABLE \"improvement_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"sequence\" integer NOT NULL, \"remaining_issue_id\" uuid, \"title\" text NOT NULL, \"description\" text NOT NULL, \"status\" \"public\".\"improvement_status\" NOT NULL, \"issued_by_id\" uuid NOT NULL, \"sales_agreed_by_id\" uuid, \"sales_agreed_at\" TIMESTAMP WITH TIME ZONE, \"decided_by_id\" uuid, \"decision_comment\" text, \"rnd_lead_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ac86bd57636f5fb0f4c30bb4e4b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_improvement_request_lead\" ON \"improvement_request\"  (\"rnd_lead_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_improvement_request_status\" ON \"improvement_request\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_improvement_request_sequence\" ON \"improvement_request\"  (\"project_id\", \"sequence\") ");
    await queryRunner.query("CREATE TABLE \"rnd_time_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"improvement_request_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"minutes\" integer NOT NULL, \"worked_on\" date NOT NULL, \"note\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_603b3fd789837830c4b8313cd40\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_rnd_time_entry_request\" ON \"rnd_time_entry\"  (\"improvement_request_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_rnd_time_entry_project\" ON \"rnd_time_entry\"  (\"project_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"version_kind\" AS ENUM('RELEASE', 'MAINLINE', 'CUSTOM')");
    await queryRunner.query("CREATE TABLE \"product_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"product\" text NOT NULL, \"version\" text NOT NULL, \"kind\" \"public\".\"version_kind\" NOT NULL, \"confirmed_at\" TIMESTAMP WITH TIME ZONE, \"confirmed_by_id\" uuid, \"improvement_request_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_96d83ac1322c26520791dd51343\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_product_version\" ON \"product_version\"  (\"product\", \"version\") ");
    await queryRunner.query("ALTER TABLE \"project\" ADD \"product_version_id\" uuid");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD \"severe_bug\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD \"resolution\" text");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD \"version\" integer NOT NULL DEFAULT '1'");
    await queryRunner.query("DROP INDEX \"public\".\"ix_remaining_issue_project\"");
    await queryRunner.query("ALTER TYPE \"public\".\"remaining_issue_status\" ADD VALUE 'SENT_TO_RND'");
    await queryRunner.query("CREATE INDEX \"ix_remaining_issue_project\" ON \"remaining_issue\"  (\"project_id\", \"status\") ");
    await queryRunner.query("ALTER TABLE \"issue_attempt\" ADD CONSTRAINT \"FK_70a5d99552461649bf67660cb1f\" FOREIGN KEY (\"issue_id\") REFERENCES \"remaining_issue\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"improvement_request\" ADD CONSTRAINT \"FK_c4d09d229b8309f5b9bab0b6a11\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"rnd_time_entry\" ADD CONSTRAINT \"FK_ecaa1e8bbba3dcadeaba7900e55\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"rnd_time_entry\" DROP CONSTRAINT \"FK_ecaa1e8bbba3dcadeaba7900e55\"");
    await queryRunner.query("ALTER TABLE \"improvement_request\" DROP CONSTRAINT \"FK_c4d09d229b8309f5b9bab0b6a11\"");
    await queryRunner.query("ALTER TABLE \"issue_attempt\" DROP CONSTRAINT \"FK_70a5d99552461649bf67660cb1f\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_remaining_issue_project\"");
    await queryRunner.query("CREATE TYPE \"public\".\"remaining_issue_status_old\" AS ENUM('OPEN', 'RESOLVED')");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ALTER COLUMN \"status\" TYPE \"public\".\"remaining_issue_status_old\" USING \"status\"::\"text\"::\"public\".\"remaining_issue_status_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"remaining_issue_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"remaining_issue_status_old\" RENAME TO \"remaining_issue_status\"");
    await queryRunner.query("CREATE INDEX \"ix_remaining_issue_project\" ON \"remaining_issue\" USING btree (\"project_id\", \"status\") ");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP COLUMN \"version\"");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP COLUMN \"resolution\"");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP COLUMN \"severe_bug\"");
    await queryRunner.query("ALTER TABLE \"project\" DROP COLUMN \"product_version_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_product_version\"");
    await queryRunner.query("DROP TABLE \"product_version\"");
    await queryRunner.query("DROP TYPE \"public\".\"version_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_rnd_time_entry_project\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_rnd_time_entry_request\"");
    await queryRunner.query("DROP TABLE \"rnd_time_entry\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_improvement_request_sequence\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_improvement_request_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_improvement_request_lead\"");
    await queryRunner.query("DROP TABLE \"improvement_request\"");
    await queryRunner.query("DROP TYPE \"public\".\"improvement_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_issue_attempt_issue\"");
    await queryRunner.query("DROP TABLE \"issue_attempt\"");
  }
}
