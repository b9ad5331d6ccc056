import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795334428211 implements MigrationInterface {
  name = 'Initial1795334428211';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"login_failure\" (\"id\" BIGSERIAL NOT NULL, \"account\" text NOT NULL, \"ip\" text NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5df78140d5d3f4afc249d879cdf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_login_failure_ip\" ON \"login_failure\"  (\"ip\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_failure_account\" ON \"login_failure\"  (\"account\", \"at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"role\" AS ENUM('SALES', 'SALES_DIRECTOR', 'PRESALES', 'PRESALES_MANAGER', 'TECH_DIRECTOR', 'CHIEF_ENGINEER', 'GM', 'RND_MANAGER', 'RND', 'TESTER', 'CUSTOMER', 'ADMIN')");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"email\" text NOT NULL, \"password_hash\" text NOT NULL, \"roles\" \"public\".\"role\" array NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_app_user_email\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"session\" (\"token_hash\" text NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_a83507eb0338ac037780e02f2b9\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"ix_session_user\" ON \"session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"event\" (\"seq\" BIGSERIAL NOT NULL, \"type\" text NOT NULL, \"project_id\" uuid, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"actor_id\" uuid, \"payload\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0c7ee394b5ab8874d2914624eb2\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"ix_event_project\" ON \"event\"  (\"project_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"customer\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"industry\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a7a13f4cacb744524e44dfdad32\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"project_stage\" AS ENUM('INITIATED', 'PRESALES', 'BIDDING', 'WON', 'LOST', 'IMPLEMENTATION', 'ACCEPTED', 'AFTER_SALES', 'CLOSED')");
    await queryRunner.query("CREATE TABLE \"project\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"customer_id\" uuid NOT NULL, \"stage\" \"public\".\"project_stage\" NOT NULL DEFAULT 'INITIATED', \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"stage_changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4d68b1358bb5b766d3e78f32f57\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_project_customer\" ON \"project\"  (\"customer_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_project_stage\" ON \"project\"  (\"stage\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"support_type\" AS ENUM('EXCHANGE', 'TRAINING', 'DOCUMENT_WRITING', 'PRODUCT_TEST', 'IMPLEMENTATION', 'AFTER_SALES')");
    await queryRunner.query("CREATE TABLE \"initiation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"revision\" integer NOT NULL, \"customer_id\" uuid NOT NULL, \"project_name\" text NOT NULL, \"responsible_sales_id\" uuid NOT NULL, \"first_presales_id\" uuid NOT NULL, \"second_presales_id\" uuid, \"support_types\" \"public\".\"support_type\" array NOT NULL, \"requirements\" text NOT NULL, \"wanted_start\" date, \"wanted_end\" date, \"submitted_by_id\" uuid NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0f0c9b03cd038ab9592231b4ae5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_initiation_revision\" ON \"initiation\"  (\"project_id\", \"revision\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"project_member_role\" AS ENUM('RESPONSIBLE_SALES', 'FIRST_PRESALES', 'SECOND_PRESALES', 'ADDITIONAL_PRESALES', 'RND', 'TESTER')");
    await queryRunner.query("CREATE TABLE \"project_member\" (\"project_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" \"public\".\"project_member_role\" NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_36d68c3792a58755df7ae8e6ea0\" PRIMARY KEY (\"project_id\", \"user_id\", \"role\"))");
    await queryRunner.query("CREATE INDEX \"ix_project_member_user\" ON \"project_member\"  (\"user_id\", \"project_id\") ");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_30e98e8746699fb9af235410aff\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project\" ADD CONSTRAINT \"FK_9822110bfde667efe4165da219e\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"initiation\" ADD CONSTRAINT \"FK_229efb3a79553447141fc8452ea\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_member\" ADD CONSTRAINT \"FK_aaef76230abfcdf30adb15d0be8\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_member\" ADD CONSTRAINT \"FK_c5aa3e0aec43d3459e159d21dd3\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_member\" DROP CONSTRAINT \"FK_c5aa3e0aec43d3459e159d21dd3\"");
    await queryRunner.query("ALTER TABLE \"project_member\" DROP CONSTRAINT \"FK_aaef76230abfcdf30adb15d0be8\"");
    await queryRunner.query("ALTER TABLE \"initiation\" DROP CONSTRAINT \"FK_229efb3a79553447141fc8452ea\"");
    await queryRunner.query("ALTER TABLE \"project\" DROP CONSTRAINT \"FK_9822110bfde667efe4165da219e\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_30e98e8746699fb9af235410aff\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_project_member_user\"");
    await queryRunner.query("DROP TABLE \"project_member\"");
    await queryRunner.query("DROP TYPE \"public\".\"project_member_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_initiation_revision\"");
    await queryRunner.query("DROP TABLE \"initiation\"");
    await queryRunner.query("DROP TYPE \"public\".\"support_type\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_project_stage\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_project_customer\"");
    await queryRunner.query("DROP TABLE \"project\"");
    await queryRunner.query("DROP TYPE \"public\".\"project_stage\"");
    await queryRunner.query("DROP TABLE \"customer\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_event_project\"");
    await queryRunner.query("DROP TABLE \"event\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_session_user\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_app_user_email\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP TYPE \"public\".\"role\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_login_failure_account\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_login_failure_ip\"");
    await queryRunner.query("DROP TABLE \"login_failure\"");
  }
}
