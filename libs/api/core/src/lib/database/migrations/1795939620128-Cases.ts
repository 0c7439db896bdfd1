import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1795939620128 implements MigrationInterface {
  name = 'Cases1795939620128';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"case_status\" AS ENUM('OPEN', 'RESOLVED')");
    await queryRunner.query("CREATE TABLE \"community_case\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"community_id\" uuid NOT NULL, \"author_id\" uuid, \"author_hidden\" boolean NOT NULL DEFAULT false, \"title\" character varying(160) NOT NULL, \"context\" text NOT NULL, \"dilemma\" text NOT NULL, \"tried\" text NOT NULL DEFAULT '', \"collaboration_form_id\" uuid NOT NULL, \"alliance_aspects\" text array NOT NULL DEFAULT '{}', \"damour_concepts\" text array NOT NULL DEFAULT '{}', \"tags\" text array NOT NULL DEFAULT '{}', \"status\" \"public\".\"case_status\" NOT NULL DEFAULT 'OPEN', \"lessons_learned\" text, \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"resolved_by_id\" uuid, \"best_response_id\" uuid, \"client_id\" uuid, \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_reason\" text, \"hidden_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c8c718c318aa9fd2bdcc1408dc1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_case_author\" ON \"community_case\"  (\"author_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_case_client\" ON \"community_case\"  (\"author_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_case_community_created\" ON \"community_case\"  (\"community_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"case_response\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"community_id\" uuid NOT NULL, \"parent_id\" uuid, \"author_id\" uuid, \"perspective\" character varying(30), \"body\" text NOT NULL, \"client_id\" uuid, \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_reason\" text, \"hidden_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_eead54e98490c4eb4bf28e0a207\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_case_response_author\" ON \"case_response\"  (\"author_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_case_response_client\" ON \"case_response\"  (\"author_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_case_response_case\" ON \"case_response\"  (\"case_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"case_response_helpful\" (\"response_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_31afbcd6d137cd08d2642d7acd1\" PRIMARY KEY (\"response_id\", \"user_id\"))");
    await queryRunner.query("CREATE TABLE \"case_revision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"editor_id\" uuid, \"snapshot\" jsonb NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8228be7c5ff66b5b250219fea01\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_case_revision_case\" ON \"case_revision\"  (\"case_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"privacy_override\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"subject_type\" character varying(40) NOT NULL, \"subject_id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"text\" character varying(200) NOT NULL, \"reason\" text NOT NULL, \"user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ba11e233e19f582546c17347fb5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_privacy_override_subject\" ON \"privacy_override\"  (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE TABLE \"case_qualification\" (\"case_id\" uuid NOT NULL, \"qualification_id\" uuid NOT NULL, CONSTRAINT \"PK_0516c8d1f430fb1e781e446dadd\" PRIMARY KEY (\"case_id\", \"qualification_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_386cf94669580b0f366f9af8c0\" ON \"case_qualification\"  (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5d0f9380e078f3968bb25f1200\" ON \"case_qualification\"  (\"qualification_id\") ");
    await queryRunner.query("CREATE TABLE \"case_level\" (\"case_id\" uuid NOT NULL, \"level_id\" uuid NOT NULL, CONSTRAINT \"PK_0f39a563080ecf33ba62f888191\" PRIMARY KEY (\"case_id\", \"level_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0745cf93c30800efd2e5a67671\" ON \"case_level\"  (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c4761157c8afbb4711bcba3ade\" ON \"case_level\"  (\"level_id\") ");
    await queryRunner.query("ALTER TABLE \"community_case\" ADD CONSTRAINT \"FK_b9ae57cfbfeafac6c5dfc5fb9d9\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_case\" ADD CONSTRAINT \"FK_e7a2668936033c58b6b45d13882\" FOREIGN KEY (\"author_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_case\" ADD CONSTRAINT \"FK_9ee51dcdece2e73bcb670d98849\" FOREIGN KEY (\"collaboration_form_id\") REFERENCES \"collaboration_form\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_response\" ADD CONSTRAINT \"FK_a5d84ba5631d34f9a76707e5122\" FOREIGN KEY (\"case_id\") REFERENCES \"community_case\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_response\" ADD CONSTRAINT \"FK_49d50d44815c1a5d4d6da8c430f\" FOREIGN KEY (\"parent_id\") REFERENCES \"case_response\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_response\" ADD CONSTRAINT \"FK_76db0ce590517e3c621c0b21f6d\" FOREIGN KEY (\"author_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_response_helpful\" ADD CONSTRAINT \"FK_01abdb788e7f37d7110e38206a9\" FOREIGN KEY (\"response_id\") REFERENCES \"case_response\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_response_helpful\" ADD CONSTRAINT \"FK_cb25474485d44fca5ff1ffd43e4\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_revision\" ADD CONSTRAINT \"FK_c70b1bb85bc909d5352e38829d6\" FOREIGN KEY (\"case_id\") REFERENCES \"community_case\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_revision\" ADD CONSTRAINT \"FK_0b8df346180fd94792d5827d83f\" FOREIGN KEY (\"editor_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"privacy_override\" ADD CONSTRAINT \"FK_57ab3090f6f05ea79737a654a4c\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_qualification\" ADD CONSTRAINT \"FK_386cf94669580b0f366f9af8c0b\" FOREIGN KEY (\"case_id\") REFERENCES \"community_case\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"case_qualification\" ADD CONSTRAINT \"FK_5d0f9380e078f3968bb25f1200f\" FOREIGN KEY (\"qualification_id\") REFERENCES \"qualification\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"case_level\" ADD CONSTRAINT \"FK_0745cf93c30800efd2e5a676711\" FOREIGN KEY (\"case_id\") REFERENCES \"community_case\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"case_level\" ADD CONSTRAINT \"FK_c4761157c8afbb4711bcba3ade4\" FOREIGN KEY (\"level_id\") REFERENCES \"level\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_level\" DROP CONSTRAINT \"FK_c4761157c8afbb4711bcba3ade4\"");
    await queryRunner.query("ALTER TABLE \"case_level\" DROP CONSTRAINT \"FK_0745cf93c30800efd2e5a676711\"");
    await queryRunner.query("ALTER TABLE \"case_qualification\" DROP CONSTRAINT \"FK_5d0f9380e078f3968bb25f1200f\"");
    await queryRunner.query("ALTER TABLE \"case_qualification\" DROP CONSTRAINT \"FK_386cf94669580b0f366f9af8c0b\"");
    await queryRunner.query("ALTER TABLE \"privacy_override\" DROP CONSTRAINT \"FK_57ab3090f6f05ea79737a654a4c\"");
    await queryRunner.query("ALTER TABLE \"case_revision\" DROP CONSTRAINT \"FK_0b8df346180fd94792d5827d83f\"");
    await queryRunner.query("ALTER TABLE \"case_revision\" DROP CONSTRAINT \"FK_c70b1bb85bc909d5352e38829d6\"");
    await queryRunner.query("ALTER TABLE \"case_response_helpful\" DROP CONSTRAINT \"FK_cb25474485d44fca5ff1ffd43e4\"");
    await queryRunner.query("ALTER TABLE \"case_response_helpful\" DROP CONSTRAINT \"FK_01abdb788e7f37d7110e38206a9\"");
    await queryRunner.query("ALTER TABLE \"case_response\" DROP CONSTRAINT \"FK_76db0ce590517e3c621c0b21f6d\"");
    await queryRunner.query("ALTER TABLE \"case_response\" DROP CONSTRAINT \"FK_49d50d44815c1a5d4d6da8c430f\"");
    await queryRunner.query("ALTER TABLE \"case_response\" DROP CONSTRAINT \"FK_a5d84ba5631d34f9a76707e5122\"");
    await queryRunner.query("ALTER TABLE \"community_case\" DROP CONSTRAINT \"FK_9ee51dcdece2e73bcb670d98849\"");
    await queryRunner.query("ALTER TABLE \"community_case\" DROP CONSTRAINT \"FK_e7a2668936033c58b6b45d13882\"");
    await queryRunner.query("ALTER TABLE \"community_case\" DROP CONSTRAINT \"FK_b9ae57cfbfeafac6c5dfc5fb9d9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c4761157c8afbb4711bcba3ade\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0745cf93c30800efd2e5a67671\"");
    await queryRunner.query("DROP TABLE \"case_level\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5d0f9380e078f3968bb25f1200\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_386cf94669580b0f366f9af8c0\"");
    await queryRunner.query("DROP TABLE \"case_qualification\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_privacy_override_subject\"");
    await queryRunner.query("DROP TABLE \"privacy_override\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_case_revision_case\"");
    await queryRunner.query("DROP TABLE \"case_revision\"");
    await queryRunner.query("DROP TABLE \"case_response_helpful\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_case_response_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_case_response_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_case_response_author\"");
    await queryRunner.query("DROP TABLE \"case_response\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_case_community_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_case_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_case_author\"");
    await queryRunner.query("DROP TABLE \"community_case\"");
    await queryRunner.query("DROP TYPE \"public\".\"case_status\"");
  }
}
