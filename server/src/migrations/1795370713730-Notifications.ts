import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795370713730 implements MigrationInterface {
  name = 'Notifications1795370713730';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification_cursor\" (\"id\" integer NOT NULL, \"last_seq\" bigint NOT NULL, CONSTRAINT \"PK_fa391081a4e382070b0c0056801\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"recipient_role\" AS ENUM('TO', 'CC')");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"event_seq\" bigint NOT NULL, \"rule\" text NOT NULL, \"recipient_role\" \"public\".\"recipient_role\" NOT NULL, \"subject\" text NOT NULL, \"link\" text NOT NULL, \"read_at\" TIMESTAMP WITH TIME ZONE, \"for_digest\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_705b6c7cdf9b2c2ff7ac7872cb7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_notification_user_unread\" ON \"notification\"  (\"user_id\", \"read_at\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_notification_user_event\" ON \"notification\"  (\"user_id\", \"event_seq\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"mail_status\" AS ENUM('OUTBOX', 'QUEUED', 'SENDING', 'SENT', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"outgoing_mail\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"event_seq\" bigint, \"rule\" text NOT NULL, \"language\" text NOT NULL, \"to\" text array NOT NULL, \"cc\" text array NOT NULL, \"subject\" text NOT NULL, \"body\" text NOT NULL, \"status\" \"public\".\"mail_status\" NOT NULL, \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"claimed_at\" TIMESTAMP WITH TIME ZONE, \"sent_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ed85381cac829352bf9e8238ff8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_outgoing_mail_status\" ON \"outgoing_mail\"  (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"delivery_choice\" AS ENUM('EMAIL', 'IN_APP', 'DAILY_DIGEST', 'OFF')");
    await queryRunner.query("CREATE TABLE \"notification_preference\" (\"user_id\" uuid NOT NULL, \"rule\" text NOT NULL, \"choice\" \"public\".\"delivery_choice\" NOT NULL, CONSTRAINT \"PK_af137f90c0ff03310790ded36d8\" PRIMARY KEY (\"user_id\", \"rule\"))");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"language\" text NOT NULL DEFAULT 'zh-CN'");
    // Events logged before notifications existed are not told now.
    await queryRunner.query('INSERT INTO notification_cursor (id, last_seq) SELECT 1, COALESCE(MAX(seq), 0) FROM event');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"language\"");
    await queryRunner.query("DROP TABLE \"notification_preference\"");
    await queryRunner.query("DROP TYPE \"public\".\"delivery_choice\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_outgoing_mail_status\"");
    await queryRunner.query("DROP TABLE \"outgoing_mail\"");
    await queryRunner.query("DROP TYPE \"public\".\"mail_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_notification_user_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_notification_user_unread\"");
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("DROP TYPE \"public\".\"recipient_role\"");
    await queryRunner.query("DROP TABLE \"notification_cursor\"");
  }
}
