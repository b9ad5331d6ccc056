import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommunicationReports1795338178748 implements MigrationInterface {
  name = 'CommunicationReports1795338178748';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"report_result\" AS ENUM('SUCCESS', 'ISSUE_REMAINING')");
    await queryRunner.query("CREATE TYPE \"public\".\"communication_method\" AS ENUM('PHONE', 'EMAIL', 'ON_SITE', 'REMOTE', 'MEETING')");
    await queryRunner.query("CREATE TYPE \"public\".\"report_channel\" AS ENUM('WRITTEN', 'PHONE')");
    await queryRunner.query("CREATE TABLE \"communication_report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"title\" text NOT NULL, \"result\" \"public\".\"report_result\" NOT NULL, \"method\" \"public\".\"communication_method\" NOT NULL, \"channel\" \"public\".\"report_channel\" NOT NULL, \"communicator\" text NOT NULL, \"communicated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"problems_handled\" text array NOT NULL, \"remaining_problems\" text array NOT NULL, \"written_requested_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0cfbdddced9b8c1750f16dc7582\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_communication_report_project\" ON \"communication_report\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"remaining_issue_status\" AS ENUM('OPEN', 'RESOLVED')");
    await queryRunner.query("CREATE TABLE \"remaining_issue\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"report_id\" uuid NOT NULL, \"description\" text NOT NULL, \"owner_id\" uuid NOT NULL, \"status\" \"public\".\"remaining_issue_status\" NOT NULL DEFAULT 'OPEN', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6719416748ba41706623af334a8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_remaining_issue_owner\" ON \"remaining_issue\"  (\"owner_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_remaining_issue_project\" ON \"remaining_issue\"  (\"project_id\", \"status\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"support_role\" AS ENUM('FIRST', 'SECOND', 'ADDITIONAL')");
    await queryRunner.query("CREATE TABLE \"tracking_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"owner_id\" uuid NOT NULL, \"project_id\" uuid NOT NULL, \"supporter_id\" uuid NOT NULL, \"support_role\" \"public\".\"support_role\" NOT NULL, \"report_id\" uuid NOT NULL, \"entry_date\" date NOT NULL, \"content\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_913cb7eaea9dcea00d042faabe5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_tracking_entry_owner_date\" ON \"tracking_entry\"  (\"owner_id\", \"entry_date\") ");
    await queryRunner.query("ALTER TABLE \"communication_report\" ADD CONSTRAINT \"FK_b34190480fb78dbcfd51ba265f8\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"communication_report\" ADD CONSTRAINT \"FK_1e08beb78191b88fa0bd82cfb7b\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD CONSTRAINT \"FK_7f4467d3cdea4e1218e42859a76\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" ADD CONSTRAINT \"FK_056b08a2558eba511577aea5a47\" FOREIGN KEY (\"report_id\") REFERENCES \"communication_report\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tracking_entry\" ADD CONSTRAINT \"FK_83875d866890b006fc186c79a87\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tracking_entry\" ADD CONSTRAINT \"FK_37411a33ddf469fa7a731c6aeee\" FOREIGN KEY (\"report_id\") REFERENCES \"communication_report\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tracking_entry\" DROP CONSTRAINT \"FK_37411a33ddf469fa7a731c6aeee\"");
    await queryRunner.query("ALTER TABLE \"tracking_entry\" DROP CONSTRAINT \"FK_83875d866890b006fc186c79a87\"");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP CONSTRAINT \"FK_056b08a2558eba511577aea5a47\"");
    await queryRunner.query("ALTER TABLE \"remaining_issue\" DROP CONSTRAINT \"FK_7f4467d3cdea4e1218e42859a76\"");
    await queryRunner.query("ALTER TABLE \"communication_report\" DROP CONSTRAINT \"FK_1e08beb78191b88fa0bd82cfb7b\"");
    await queryRunner.query("ALTER TABLE \"communication_report\" DROP CONSTRAINT \"FK_b34190480fb78dbcfd51ba265f8\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tracking_entry_owner_date\"");
    await queryRunner.query("DROP TABLE \"tracking_entry\"");
    await queryRunner.query("DROP TYPE \"public\".\"support_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_remaining_issue_project\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_remaining_issue_owner\"");
    await queryRunner.query("DROP TABLE \"remaining_issue\"");
    await queryRunner.query("DROP TYPE \"public\".\"remaining_issue_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_communication_report_project\"");
    await queryRunner.query("DROP TABLE \"communication_report\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_channel\"");
    await queryRunner.query("DROP TYPE \"public\".\"communication_method\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_result\"");
  }
}
