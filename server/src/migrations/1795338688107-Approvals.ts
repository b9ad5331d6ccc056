import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Approvals1795338688107 implements MigrationInterface {
  name = 'Approvals1795338688107';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"approval_kind\" AS ENUM('RESOURCE_REQUEST')");
    await queryRunner.query("CREATE TYPE \"public\".\"approval_status\" AS ENUM('PENDING', 'APPROVED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"approval\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"kind\" \"public\".\"approval_kind\" NOT NULL, \"subject_id\" uuid NOT NULL, \"status\" \"public\".\"approval_status\" NOT NULL DEFAULT 'PENDING', \"current_step\" integer NOT NULL DEFAULT '0', \"requested_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"decided_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_97bfd1cd9dff3c1302229da6b5c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_approval_pending\" ON \"approval\"  (\"status\", \"current_step\") ");
    await queryRunner.query("CREATE INDEX \"ix_approval_project\" ON \"approval\"  (\"project_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"approval_step_status\" AS ENUM('WAITING', 'PENDING', 'APPROVED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"approval_step\" (\"approval_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"approver_role\" \"public\".\"role\" NOT NULL, \"status\" \"public\".\"approval_step_status\" NOT NULL, \"decided_by_id\" uuid, \"comment\" text, \"decided_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_ac410bc6b400022591a84f0fe59\" PRIMARY KEY (\"approval_id\", \"position\"))");
    await queryRunner.query("CREATE TABLE \"resource_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"requested_by_id\" uuid NOT NULL, \"candidate_id\" uuid NOT NULL, \"reason\" text NOT NULL, \"approval_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_56a7a3b97381766194707b4c834\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_resource_request_project\" ON \"resource_request\"  (\"project_id\") ");
    await queryRunner.query("ALTER TABLE \"approval\" ADD CONSTRAINT \"FK_dca57f6ad2ea3804314c285151d\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"approval_step\" ADD CONSTRAINT \"FK_08fa193454ac40882ef755de551\" FOREIGN KEY (\"approval_id\") REFERENCES \"approval\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"resource_request\" ADD CONSTRAINT \"FK_6604afd2407cbb5720949c83f29\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"resource_request\" DROP CONSTRAINT \"FK_6604afd2407cbb5720949c83f29\"");
    await queryRunner.query("ALTER TABLE \"approval_step\" DROP CONSTRAINT \"FK_08fa193454ac40882ef755de551\"");
    await queryRunner.query("ALTER TABLE \"approval\" DROP CONSTRAINT \"FK_dca57f6ad2ea3804314c285151d\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_resource_request_project\"");
    await queryRunner.query("DROP TABLE \"resource_request\"");
    await queryRunner.query("DROP TABLE \"approval_step\"");
    await queryRunner.query("DROP TYPE \"public\".\"approval_step_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_approval_project\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_approval_pending\"");
    await queryRunner.query("DROP TABLE \"approval\"");
    await queryRunner.query("DROP TYPE \"public\".\"approval_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"approval_kind\"");
  }
}
