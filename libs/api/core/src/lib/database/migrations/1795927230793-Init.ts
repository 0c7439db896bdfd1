import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795927230793 implements MigrationInterface {
  name = 'Init1795927230793';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"profile_role\" AS ENUM('PROFESSIONAL', 'STUDENT', 'LECTURER', 'RESEARCHER', 'POLICYMAKER')");
    await queryRunner.query("CREATE TYPE \"public\".\"site_role\" AS ENUM('USER', 'ADMIN')");
    await queryRunner.query("CREATE TABLE \"user_account\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"password_hash\" character varying(255) NOT NULL, \"display_name\" character varying(80) NOT NULL, \"role\" \"public\".\"profile_role\" NOT NULL, \"organisation\" character varying(120), \"level\" smallint, \"site_role\" \"public\".\"site_role\" NOT NULL DEFAULT 'USER', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6acfec7285fdf9f463462de3e9f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_user_account_email\" ON \"user_account\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"refresh_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"family_id\" uuid NOT NULL, \"token_hash\" character(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b575dd3c21fb0831013c909e7fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_refresh_token_user\" ON \"refresh_token\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_refresh_token_family\" ON \"refresh_token\"  (\"family_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_refresh_token_hash\" ON \"refresh_token\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"community_visibility\" AS ENUM('PUBLIC', 'PRIVATE')");
    await queryRunner.query("CREATE TYPE \"public\".\"join_policy\" AS ENUM('OPEN', 'REQUEST', 'INVITE')");
    await queryRunner.query("CREATE TABLE \"community\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" character varying(80) NOT NULL, \"name\" character varying(120) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"visibility\" \"public\".\"community_visibility\" NOT NULL DEFAULT 'PRIVATE', \"join_policy\" \"public\".\"join_policy\" NOT NULL DEFAULT 'REQUEST', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"archived_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_cae794115a383328e8923de4193\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_community_slug\" ON \"community\"  (\"slug\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"community_role\" AS ENUM('MEMBER', 'MODERATOR', 'OWNER')");
    await queryRunner.query("CREATE TABLE \"community_member\" (\"community_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" \"public\".\"community_role\" NOT NULL DEFAULT 'MEMBER', \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9238d695497aa6efbfd32d59021\" PRIMARY KEY (\"community_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_community_member_user\" ON \"community_member\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"level\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" smallint NOT NULL, \"name_nl\" character varying(120) NOT NULL, \"name_en\" character varying(120) NOT NULL, \"description_nl\" text NOT NULL, \"description_en\" text NOT NULL, CONSTRAINT \"UQ_52de4985965ab92022719517519\" UNIQUE (\"number\"), CONSTRAINT \"PK_d3f1a7a6f09f1c3144bacdc6bcc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"qualification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character varying(8) NOT NULL, \"degree\" character varying(10) NOT NULL, \"number\" smallint NOT NULL, \"text_nl\" text NOT NULL, \"text_en\" text NOT NULL, CONSTRAINT \"UQ_ba1e477aaaa6b5703968001fb9a\" UNIQUE (\"code\"), CONSTRAINT \"PK_c8244868552c4364a5264440a66\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"dublin_descriptor\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"number\" smallint NOT NULL, \"name_nl\" character varying(120) NOT NULL, \"name_en\" character varying(120) NOT NULL, CONSTRAINT \"UQ_139aaec06e56f1f71f4bd226ea7\" UNIQUE (\"number\"), CONSTRAINT \"PK_110a973af06ec74adfd010eb9d8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"collaboration_form\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character varying(40) NOT NULL, \"position\" smallint NOT NULL, \"name_nl\" text NOT NULL, \"name_en\" text NOT NULL, CONSTRAINT \"UQ_eb8c70701a66045588c703f6266\" UNIQUE (\"code\"), CONSTRAINT \"PK_491b853b5341aced6b4acc5b162\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"dublin_descriptor_qualification\" (\"dublin_descriptor_id\" uuid NOT NULL, \"qualification_id\" uuid NOT NULL, CONSTRAINT \"PK_d90d7d0fb0bd96c2bf7869b600f\" PRIMARY KEY (\"dublin_descriptor_id\", \"qualification_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_65460710e4608f0e1310b382fd\" ON \"dublin_descriptor_qualification\"  (\"dublin_descriptor_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_852c939299759e5440a34030a4\" ON \"dublin_descriptor_qualification\"  (\"qualification_id\") ");
    await queryRunner.query("ALTER TABLE \"refresh_token\" ADD CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_member\" ADD CONSTRAINT \"FK_28ea05dbf1fb98a4d19aa7f7cc6\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_member\" ADD CONSTRAINT \"FK_2a353679a02e7b49bb1c16c6683\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"dublin_descriptor_qualification\" ADD CONSTRAINT \"FK_65460710e4608f0e1310b382fd3\" FOREIGN KEY (\"dublin_descriptor_id\") REFERENCES \"dublin_descriptor\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"dublin_descriptor_qualification\" ADD CONSTRAINT \"FK_852c939299759e5440a34030a46\" FOREIGN KEY (\"qualification_id\") REFERENCES \"qualification\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"dublin_descriptor_qualification\" DROP CONSTRAINT \"FK_852c939299759e5440a34030a46\"");
    await queryRunner.query("ALTER TABLE \"dublin_descriptor_qualification\" DROP CONSTRAINT \"FK_65460710e4608f0e1310b382fd3\"");
    await queryRunner.query("ALTER TABLE \"community_member\" DROP CONSTRAINT \"FK_2a353679a02e7b49bb1c16c6683\"");
    await queryRunner.query("ALTER TABLE \"community_member\" DROP CONSTRAINT \"FK_28ea05dbf1fb98a4d19aa7f7cc6\"");
    await queryRunner.query("ALTER TABLE \"refresh_token\" DROP CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_852c939299759e5440a34030a4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_65460710e4608f0e1310b382fd\"");
    await queryRunner.query("DROP TABLE \"dublin_descriptor_qualification\"");
    await queryRunner.query("DROP TABLE \"collaboration_form\"");
    await queryRunner.query("DROP TABLE \"dublin_descriptor\"");
    await queryRunner.query("DROP TABLE \"qualification\"");
    await queryRunner.query("DROP TABLE \"level\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_community_member_user\"");
    await queryRunner.query("DROP TABLE \"community_member\"");
    await queryRunner.query("DROP TYPE \"public\".\"community_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_community_slug\"");
    await queryRunner.query("DROP TABLE \"community\"");
    await queryRunner.query("DROP TYPE \"public\".\"join_policy\"");
    await queryRunner.query("DROP TYPE \"public\".\"community_visibility\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_refresh_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_refresh_token_family\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_refresh_token_user\"");
    await queryRunner.query("DROP TABLE \"refresh_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_user_account_email\"");
    await queryRunner.query("DROP TABLE \"user_account\"");
    await queryRunner.query("DROP TYPE \"public\".\"site_role\"");
    await queryRunner.query("DROP TYPE \"public\".\"profile_role\"");
  }
}
