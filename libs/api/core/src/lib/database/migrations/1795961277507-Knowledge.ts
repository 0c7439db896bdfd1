import { MigrationInterface, QueryRunner } from 'typeorm';

export class Knowledge1795961277507 implements MigrationInterface {
  name = 'Knowledge1795961277507';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"knowledge_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"community_id\" uuid, \"type\" character varying(30) NOT NULL, \"title\" character varying(200) NOT NULL, \"summary\" text NOT NULL, \"citation\" jsonb, \"evidence_level\" character varying(20) NOT NULL, \"finding\" jsonb, \"theory_themes\" text array NOT NULL DEFAULT '{}', \"tags\" text array NOT NULL DEFAULT '{}', \"case_ids\" uuid array NOT NULL DEFAULT '{}', \"instrument_ids\" uuid array NOT NULL DEFAULT '{}', \"source_case_id\" uuid, \"author_id\" uuid, \"revision\" integer NOT NULL DEFAULT '1', \"client_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0adf76cd745cd8ebb59de287e1f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_knowledge_client\" ON \"knowledge_item\"  (\"author_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_knowledge_community_updated\" ON \"knowledge_item\"  (\"community_id\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_revision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"item_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"snapshot\" jsonb NOT NULL, \"change_note\" text NOT NULL, \"author_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a9e2b4f3827a4ab212e36757e97\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_knowledge_revision_number\" ON \"knowledge_revision\"  (\"item_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"learning_line_revision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"subject_type\" character varying(20) NOT NULL, \"subject_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"before\" jsonb NOT NULL, \"after\" jsonb NOT NULL, \"change_note\" text NOT NULL, \"author_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3b5d34c271b76e1da89bd40df23\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_learning_line_revision_subject\" ON \"learning_line_revision\"  (\"subject_type\", \"subject_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_item_qualification\" (\"item_id\" uuid NOT NULL, \"qualification_id\" uuid NOT NULL, CONSTRAINT \"PK_171d585e8d4f03bf46d61495318\" PRIMARY KEY (\"item_id\", \"qualification_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_552f024716596226c008b42d5f\" ON \"knowledge_item_qualification\"  (\"item_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f79ba4750b23ca119d5f32f107\" ON \"knowledge_item_qualification\"  (\"qualification_id\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_item_level\" (\"item_id\" uuid NOT NULL, \"level_id\" uuid NOT NULL, CONSTRAINT \"PK_9e7f718b3c8d5908570b05c6ab3\" PRIMARY KEY (\"item_id\", \"level_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7931147779c6aadddf1f648be7\" ON \"knowledge_item_level\"  (\"item_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fc53cd1999c85adf355085f8f6\" ON \"knowledge_item_level\"  (\"level_id\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_item_collaboration_form\" (\"item_id\" uuid NOT NULL, \"collaboration_form_id\" uuid NOT NULL, CONSTRAINT \"PK_fcb925ebb2f17af925dc5a2a7cf\" PRIMARY KEY (\"item_id\", \"collaboration_form_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0f13c02c195fa3e37dd18ab8f1\" ON \"knowledge_item_collaboration_form\"  (\"item_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_32ba9020e565641aff2edaf16f\" ON \"knowledge_item_collaboration_form\"  (\"collaboration_form_id\") ");
    await queryRunner.query("CREATE TABLE \"knowledge_item_research_theme\" (\"item_id\" uuid NOT NULL, \"research_theme_id\" uuid NOT NULL, CONSTRAINT \"PK_afe75056f0ca10ce86e4f7ac27c\" PRIMARY KEY (\"item_id\", \"research_theme_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_4cf8ccdb841d886874cca65260\" ON \"knowledge_item_research_theme\"  (\"item_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_339837961a74e6d39427f9af20\" ON \"knowledge_item_research_theme\"  (\"research_theme_id\") ");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD \"is_curator\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"knowledge_item\" ADD CONSTRAINT \"FK_e34f282424976d77faa1e848fca\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"knowledge_item\" ADD CONSTRAINT \"FK_d37d18e97e0eafbbb57b9f9e883\" FOREIGN KEY (\"author_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"knowledge_revision\" ADD CONSTRAINT \"FK_7fef0a2e3db1d87b56dfc266b47\" FOREIGN KEY (\"item_id\") REFERENCES \"knowledge_item\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"knowledge_revision\" ADD CONSTRAINT \"FK_84192ca0102c880b49215ab8d0a\" FOREIGN KEY (\"author_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"learning_line_revision\" ADD CONSTRAINT \"FK_19e9934604c8c85c74eb08000ef\" FOREIGN KEY (\"author_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"knowledge_item_qualification\" ADD CONSTRAINT \"FK_552f024716596226c008b42d5f0\" FOREIGN KEY (\"item_id\") REFERENCES \"knowledge_item\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"knowledge_item_qualification\" ADD CONSTRAINT \"FK_f79ba4750b23ca119d5f32f107c\" FOREIGN KEY (\"qualification_id\") REFERENCES \"qualification\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"knowledge_item_level\" ADD CONSTRAINT \"FK_7931147779c6aadddf1f648be7f\" FOREIGN KEY (\"item_id\") REFERENCES \"knowledge_item\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"knowledge_item_level\" ADD CONSTRAINT \"FK_fc53cd1999c85adf355085f8f6d\" FOREIGN KEY (\"level_id\") REFERENCES \"level\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"knowledge_item_collaboration_form\" ADD CONSTRAINT \"FK_0f13c02c195fa3e37dd18ab8f16\" FOREIGN KEY (\"item_id\") REFERENCES \"knowledge_item\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"knowledge_item_collaboration_form\" ADD CONSTRAINT \"FK_32ba9020e565641aff2edaf16f3\" FOREIGN KEY (\"collaboration_form_id\") REFERENCES \"collaboration_form\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"knowledge_item_research_theme\" ADD CONSTRAINT \"FK_4cf8ccdb841d886874cca65260c\" FOREIGN KEY (\"item_id\") REFERENCES \"knowledge_item\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"knowledge_item_research_theme\" ADD CONSTRAINT \"FK_339837961a74e6d39427f9af20e\" FOREIGN KEY (\"research_theme_id\") REFERENCES \"research_theme\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"knowledge_item_research_theme\" DROP CONSTRAINT \"FK_339837961a74e6d39427f9af20e\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item_research_theme\" DROP CONSTRAINT \"FK_4cf8ccdb841d886874cca65260c\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item_collaboration_form\" DROP CONSTRAINT \"FK_32ba9020e565641aff2edaf16f3\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item_collaboration_form\" DROP CONSTRAINT \"FK_0f13c02c195fa3e37dd18ab8f16\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item_level\" DROP CONSTRAINT \"FK_fc53cd1999c85adf355085f8f6d\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item_level\" DROP CONSTRAINT \"FK_7931147779c6aadddf1f648be7f\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item_qualification\" DROP CONSTRAINT \"FK_f79ba4750b23ca119d5f32f107c\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item_qualification\" DROP CONSTRAINT \"FK_552f024716596226c008b42d5f0\"");
    await queryRunner.query("ALTER TABLE \"learning_line_revision\" DROP CONSTRAINT \"FK_19e9934604c8c85c74eb08000ef\"");
    await queryRunner.query("ALTER TABLE \"knowledge_revision\" DROP CONSTRAINT \"FK_84192ca0102c880b49215ab8d0a\"");
    await queryRunner.query("ALTER TABLE \"knowledge_revision\" DROP CONSTRAINT \"FK_7fef0a2e3db1d87b56dfc266b47\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item\" DROP CONSTRAINT \"FK_d37d18e97e0eafbbb57b9f9e883\"");
    await queryRunner.query("ALTER TABLE \"knowledge_item\" DROP CONSTRAINT \"FK_e34f282424976d77faa1e848fca\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP COLUMN \"is_curator\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_339837961a74e6d39427f9af20\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4cf8ccdb841d886874cca65260\"");
    await queryRunner.query("DROP TABLE \"knowledge_item_research_theme\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_32ba9020e565641aff2edaf16f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0f13c02c195fa3e37dd18ab8f1\"");
    await queryRunner.query("DROP TABLE \"knowledge_item_collaboration_form\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fc53cd1999c85adf355085f8f6\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7931147779c6aadddf1f648be7\"");
    await queryRunner.query("DROP TABLE \"knowledge_item_level\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f79ba4750b23ca119d5f32f107\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_552f024716596226c008b42d5f\"");
    await queryRunner.query("DROP TABLE \"knowledge_item_qualification\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_learning_line_revision_subject\"");
    await queryRunner.query("DROP TABLE \"learning_line_revision\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_knowledge_revision_number\"");
    await queryRunner.query("DROP TABLE \"knowledge_revision\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_knowledge_community_updated\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_knowledge_client\"");
    await queryRunner.query("DROP TABLE \"knowledge_item\"");
  }
}
