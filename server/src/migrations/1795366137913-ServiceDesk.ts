import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ARTICLE_SEARCH_TEXT } from '../modules/knowledge/knowledge.search';

const DEFAULT_CALENDAR_ID = '00000000-0000-4000-8000-000000000001';

export class ServiceDesk1795366137913 implements MigrationInterface {
  name = 'ServiceDesk1795366137913';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"contact\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"name\" text NOT NULL, \"title\" text, \"email\" text, \"phone\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2cbbe00f59ab6b3bb5b8d19f989\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_contact_customer\" ON \"contact\"  (\"customer_id\") ");
    await queryRunner.query("CREATE TABLE \"customer_contract\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"number\" text NOT NULL, \"starts_on\" date NOT NULL, \"service_expires_on\" date NOT NULL, \"sla_policy_id\" uuid, CONSTRAINT \"PK_a716b1113d1ef6ee28af1a35bcd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_customer_contract_customer\" ON \"customer_contract\"  (\"customer_id\", \"service_expires_on\") ");
    await queryRunner.query("CREATE TABLE \"customer_equipment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"name\" text NOT NULL, \"model\" text, \"serial_number\" text, \"location\" text, CONSTRAINT \"PK_f6727f159ea5df37d2cd2e5c418\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_customer_equipment_customer\" ON \"customer_equipment\"  (\"customer_id\") ");
    await queryRunner.query("CREATE TABLE \"customer_product\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"product\" text NOT NULL, \"version\" text, \"serial_number\" text, \"purchased_on\" date, CONSTRAINT \"PK_b4079c38690541bbe195cb8f30a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_customer_product_customer\" ON \"customer_product\"  (\"customer_id\") ");
    await queryRunner.query("CREATE TABLE \"business_calendar\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"time_zone\" text NOT NULL DEFAULT 'Asia/Shanghai', \"periods\" jsonb NOT NULL, \"working_weekdays\" smallint array NOT NULL, \"holidays\" text array NOT NULL DEFAULT '{}', \"make_up_workdays\" text array NOT NULL DEFAULT '{}', \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_14a4bf837e647af2edf17f6c97a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"ticket_channel\" AS ENUM('PHONE', 'EMAIL', 'WEB_PORTAL', 'CHAT', 'ON_SITE')");
    await queryRunner.query("CREATE TYPE \"public\".\"ticket_category\" AS ENUM('CONSULTATION', 'FAULT', 'REQUIREMENT', 'CONFIGURATION', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"occurrence_frequency\" AS ENUM('ONCE', 'INTERMITTENT', 'ALWAYS')");
    await queryRunner.query("CREATE TYPE \"public\".\"ticket_priority\" AS ENUM('URGENT', 'HIGH', 'MEDIUM', 'LOW')");
    await queryRunner.query("CREATE TYPE \"public\".\"ticket_status\" AS ENUM('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'WAITING_RND', 'RESOLVED', 'CLOSED')");
    await queryRunner.query("CREATE TYPE \"public\".\"support_tier\" AS ENUM('FIRST_LINE', 'SENIOR', 'RND', 'MANAGER')");
    await queryRunner.query("CREATE TABLE \"ticket\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" text NOT NULL, \"channel\" \"public\".\"ticket_channel\" NOT NULL, \"customer_id\" uuid NOT NULL, \"contact_id\" uuid, \"project_id\" uuid, \"title\" text NOT NULL, \"description\" text NOT NULL, \"product\" text, \"product_version\" text, \"category\" \"public\".\"ticket_category\" NOT NULL, \"module\" text, \"occurred_at\" TIMESTAMP WITH TIME ZONE, \"frequency\" \"public\".\"occurrence_frequency\", \"steps\" text, \"error_text\" text, \"priority\" \"public\".\"ticket_priority\" NOT NULL, \"status\" \"public\".\"ticket_status\" NOT NULL DEFAULT 'NEW', \"tier\" \"public\".\"support_tier\" NOT NULL DEFAULT 'FIRST_LINE', \"assignee_id\" uuid, \"created_by_id\" uuid NOT NULL, \"sla_policy_id\" uuid NOT NULL, \"remaining_issue_id\" uuid, \"solution\" text, \"closing_cause\" text, \"closing_steps\" text, \"closing_lessons\" text, \"customer_confirmed_at\" TIMESTAMP WITH TIME ZONE, \"reopen_count\" integer NOT NULL DEFAULT '0', \"acknowledged_at\" TIMESTAMP WITH TIME ZONE, \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d9a0835407701eb86f874474b7c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_ticket_assignee\" ON \"ticket\"  (\"assignee_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_project\" ON \"ticket\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_customer\" ON \"ticket\"  (\"customer_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_ticket_status\" ON \"ticket\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_ticket_number\" ON \"ticket\"  (\"number\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"sla_clock_kind\" AS ENUM('RESPONSE', 'RESOLUTION')");
    await queryRunner.query("CREATE TYPE \"public\".\"sla_clock_state\" AS ENUM('RUNNING', 'PAUSED', 'MET', 'BREACHED')");
    await queryRunner.query("CREATE TYPE \"public\".\"sla_pause_reason\" AS ENUM('WAITING_CUSTOMER', 'WAITING_RND', 'CUSTOMER_VERIFYING')");
    await queryRunner.query("CREATE TABLE \"sla_clock\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"kind\" \"public\".\"sla_clock_kind\" NOT NULL, \"state\" \"public\".\"sla_clock_state\" NOT NULL DEFAULT 'RUNNING', \"pause_reason\" \"public\".\"sla_pause_reason\", \"calendar_id\" uuid NOT NULL, \"target_minutes\" double precision NOT NULL, \"warn_at_share\" double precision NOT NULL DEFAULT '0.8', \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"pauses\" jsonb NOT NULL DEFAULT '[]', \"due_at\" TIMESTAMP WITH TIME ZONE, \"warned_at\" TIMESTAMP WITH TIME ZONE, \"breached_at\" TIMESTAMP WITH TIME ZONE, \"stopped_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_c2a8a96fd7eadc64be20e2fbd60\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_sla_clock_due\" ON \"sla_clock\"  (\"state\", \"due_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_sla_clock_ticket_kind\" ON \"sla_clock\"  (\"ticket_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"sla_policy\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"calendar_id\" uuid NOT NULL, \"targets\" jsonb NOT NULL, \"warn_at_share\" double precision NOT NULL DEFAULT '0.8', \"is_default\" boolean NOT NULL DEFAULT false, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_19c1aa9dd53b9fc80648ae034b4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_sla_policy_default\" ON \"sla_policy\"  (\"is_default\") WHERE \"is_default\"");
    await queryRunner.query("CREATE TABLE \"ticket_counter\" (\"year\" integer NOT NULL, \"last\" integer NOT NULL, CONSTRAINT \"PK_d19470a649229750d7a6c2e199c\" PRIMARY KEY (\"year\"))");
    await queryRunner.query("CREATE TABLE \"ticket_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"author_id\" uuid, \"body\" text NOT NULL, \"internal\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7d7c7fbe3303c18b7dbd6f1ce19\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_ticket_message_ticket\" ON \"ticket_message\"  (\"ticket_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"article_status\" AS ENUM('DRAFT', 'REVIEWED', 'PUBLISHED')");
    await queryRunner.query("CREATE TABLE \"knowledge_article\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title\" text NOT NULL, \"product\" text, \"cause\" text NOT NULL, \"solution\" text NOT NULL, \"steps\" text, \"lessons\" text, \"status\" \"public\".\"article_status\" NOT NULL DEFAULT 'DRAFT', \"source_ticket_id\" uuid, \"author_id\" uuid NOT NULL, \"reviewed_by_id\" uuid, \"published_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5e6c80ff5dc988b082b737db9df\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_knowledge_article_status\" ON \"knowledge_article\"  (\"status\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_article_revision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"article_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"title\" text NOT NULL, \"cause\" text NOT NULL, \"solution\" text NOT NULL, \"steps\" text, \"lessons\" text, \"edited_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_357f54da8823a32cc5a06b336a6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_knowledge_article_revision\" ON \"knowledge_article_revision\"  (\"article_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"satisfaction_survey\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"ticket_id\" uuid NOT NULL, \"contact_id\" uuid, \"engineer_id\" uuid, \"token_hash\" text NOT NULL, \"response_speed\" smallint, \"resolution\" smallint, \"professionalism\" smallint, \"attitude\" smallint, \"comment\" text, \"answered_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_47a5168c99cae653183310c9672\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_satisfaction_survey_engineer\" ON \"satisfaction_survey\"  (\"engineer_id\", \"answered_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_satisfaction_survey_token\" ON \"satisfaction_survey\"  (\"token_hash\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_satisfaction_survey_ticket\" ON \"satisfaction_survey\"  (\"ticket_id\") ");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"customer_id\" uuid");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"senior\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"customer\" ADD \"address\" text");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD \"ticket_id\" uuid");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP CONSTRAINT \"FK_056b08a2558eba511577aea5a47\"");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ALTER COLUMN \"report_id\" DROP NOT NULL");
    await queryRunner.query("CREATE INDEX \"ix_app_user_customer\" ON \"app_user\"  (\"customer_id\") ");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD CONSTRAINT \"FK_056b08a2558eba511577aea5a47\" FOREIGN KEY (\"report_id\") REFERENCES \"communication_report\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"contact\" ADD CONSTRAINT \"FK_2838ec3d713f319d148e5987b1c\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"customer_contract\" ADD CONSTRAINT \"FK_34b7da45f312dc064b8e151ba55\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"customer_equipment\" ADD CONSTRAINT \"FK_cf4e2050a2ec59f392915b2975a\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"customer_product\" ADD CONSTRAINT \"FK_13adf417953cd87f62777be7567\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sla_clock\" ADD CONSTRAINT \"FK_0ef82ad236cd7fbd3eac0e0a3d7\" FOREIGN KEY (\"ticket_id\") REFERENCES \"ticket\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ticket_message\" ADD CONSTRAINT \"FK_4ad0ee7daf9203dfd269bde1274\" FOREIGN KEY (\"ticket_id\") REFERENCES \"ticket\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"knowledge_article_revision\" ADD CONSTRAINT \"FK_bb2cff7f0c69b49d65d06f5e252\" FOREIGN KEY (\"article_id\") REFERENCES \"knowledge_article\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Knowledge search (SPEC §7): trigram matching works for Chinese and English alike.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(`CREATE INDEX "ix_knowledge_article_search" ON "knowledge_article" USING gin ((${ARTICLE_SEARCH_TEXT}) gin_trgm_ops)`);
    // The company's calendar and the default SLA: respond within one working hour (SPEC §7).
    await queryRunner.query(
      `INSERT INTO "business_calendar" ("id", "name", "time_zone", "periods", "working_weekdays") VALUES ($1, 'Default', 'Asia/Shanghai', $2, '{1,2,3,4,5}')`,
      [DEFAULT_CALENDAR_ID, JSON.stringify([{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }])],
    );
    await queryRunner.query(`INSERT INTO "sla_policy" ("name", "calendar_id", "targets", "warn_at_share", "is_default") VALUES ('Standard', $1, $2, 0.8, true)`, [
      DEFAULT_CALENDAR_ID,
      JSON.stringify([
        { priority: 'URGENT', responseMinutes: 60, resolutionMinutes: 240 },
        { priority: 'HIGH', responseMinutes: 60, resolutionMinutes: 900 },
        { priority: 'MEDIUM', responseMinutes: 60, resolutionMinutes: 2250 },
        { priority: 'LOW', responseMinutes: 60, resolutionMinutes: 4500 },
      ]),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_knowledge_article_search"');
    await queryRunner.query("ALTER TABLE \"knowledge_article_revision\" DROP CONSTRAINT \"FK_bb2cff7f0c69b49d65d06f5e252\"");
    await queryRunner.query("ALTER TABLE \"ticket_message\" DROP CONSTRAINT \"FK_4ad0ee7daf9203dfd269bde1274\"");
    await queryRunner.query("ALTER TABLE \"sla_clock\" DROP CONSTRAINT \"FK_0ef82ad236cd7fbd3eac0e0a3d7\"");
    await queryRunner.query("ALTER TABLE \"customer_product\" DROP CONSTRAINT \"FK_13adf417953cd87f62777be7567\"");
    await queryRunner.query("ALTER TABLE \"customer_equipment\" DROP CONSTRAINT \"FK_cf4e2050a2ec59f392915b2975a\"");
    await queryRunner.query("ALTER TABLE \"customer_contract\" DROP CONSTRAINT \"FK_34b7da45f312dc064b8e151ba55\"");
    await queryRunner.query("ALTER TABLE \"contact\" DROP CONSTRAINT \"FK_2838ec3d713f319d148e5987b1c\"");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP CONSTRAINT \"FK_056b08a2558eba511577aea5a47\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_app_user_customer\"");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ALTER COLUMN \"report_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD CONSTRAINT \"FK_056b08a2558eba511577aea5a47\" FOREIGN KEY (\"report_id\") REFERENCES \"communication_report\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP COLUMN \"ticket_id\"");
    await queryRunner.query("ALTER TABLE \"customer\" DROP COLUMN \"address\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"senior\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"customer_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_satisfaction_survey_ticket\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_satisfaction_survey_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_satisfaction_survey_engineer\"");
    await queryRunner.query("DROP TABLE \"satisfaction_survey\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_knowledge_article_revision\"");
    await queryRunner.query("DROP TABLE \"knowledge_article_revision\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_knowledge_article_status\"");
    await queryRunner.query("DROP TABLE \"knowledge_article\"");
    await queryRunner.query("DROP TYPE \"public\".\"article_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_ticket_message_ticket\"");
    await queryRunner.query("DROP TABLE \"ticket_message\"");
    await queryRunner.query("DROP TABLE \"ticket_counter\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_sla_policy_default\"");
    await queryRunner.query("DROP TABLE \"sla_policy\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_sla_clock_ticket_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_sla_clock_due\"");
    await queryRunner.query("DROP TABLE \"sla_clock\"");
    await queryRunner.query("DROP TYPE \"public\".\"sla_pause_reason\"");
    await queryRunner.query("DROP TYPE \"public\".\"sla_clock_state\"");
    await queryRunner.query("DROP TYPE \"public\".\"sla_clock_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_ticket_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_ticket_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_ticket_customer\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_ticket_project\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_ticket_assignee\"");
    await queryRunner.query("DROP TABLE \"ticket\"");
    await queryRunner.query("DROP TYPE \"public\".\"support_tier\"");
    await queryRunner.query("DROP TYPE \"public\".\"ticket_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"ticket_priority\"");
    await queryRunner.query("DROP TYPE \"public\".\"occurrence_frequency\"");
    await queryRunner.query("DROP TYPE \"public\".\"ticket_category\"");
    await queryRunner.query("DROP TYPE \"public\".\"ticket_channel\"");
    await queryRunner.query("DROP TABLE \"business_calendar\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_customer_product_customer\"");
    await queryRunner.query("DROP TABLE \"customer_product\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_customer_equipment_customer\"");
    await queryRunner.query("DROP TABLE \"customer_equipment\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_customer_contract_customer\"");
    await queryRunner.query("DROP TABLE \"customer_contract\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_contact_customer\"");
    await queryRunner.query("DROP TABLE \"contact\"");
  }
}
