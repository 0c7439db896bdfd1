import { MigrationInterface, QueryRunner } from 'typeorm';

export class Instruments1795957282978 implements MigrationInterface {
  name = 'Instruments1795957282978';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"instrument\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"community_id\" uuid NOT NULL, \"title\" character varying(160) NOT NULL, \"draft\" jsonb NOT NULL, \"draft_revs\" jsonb NOT NULL DEFAULT '{}', \"draft_rev\" integer NOT NULL DEFAULT '0', \"latest_version\" integer NOT NULL DEFAULT '0', \"forked_from_version_id\" uuid, \"created_by_id\" uuid, \"export_salt\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1707dc7e7c2845211b38bef3d29\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_instrument_community\" ON \"instrument\"  (\"community_id\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"instrument_author\" (\"instrument_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6d258c400ecdd9c821698e08b15\" PRIMARY KEY (\"instrument_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_instrument_author_user\" ON \"instrument_author\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"instrument_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"definition\" jsonb NOT NULL, \"changelog\" text NOT NULL, \"published_by_id\" uuid, \"published_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2d5dec523a865afecaaff42f495\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_instrument_version_number\" ON \"instrument_version\"  (\"instrument_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"instrument_comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" uuid NOT NULL, \"item_id\" character varying(40), \"author_id\" uuid, \"body\" text NOT NULL, \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"client_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_dede4814d5450e3346a2d492556\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_instrument_comment_client\" ON \"instrument_comment\"  (\"author_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_instrument_comment_instrument\" ON \"instrument_comment\"  (\"instrument_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"monitoring_track\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"community_id\" uuid NOT NULL, \"instrument_id\" uuid NOT NULL, \"version_id\" uuid NOT NULL, \"case_code\" character varying(40) NOT NULL, \"notes\" text NOT NULL DEFAULT '', \"split_spread\" double precision, \"created_by_id\" uuid, \"client_id\" uuid, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_610411ae9462e0c5ba021f605fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_track_client\" ON \"monitoring_track\"  (\"created_by_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_track_instrument\" ON \"monitoring_track\"  (\"instrument_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_track_community\" ON \"monitoring_track\"  (\"community_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"track_respondent\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"track_id\" uuid NOT NULL, \"label\" character varying(60) NOT NULL, \"kind\" character varying(20) NOT NULL, \"position\" integer NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1ed9e17d4ced42567e5159677bf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_track_respondent_track\" ON \"track_respondent\"  (\"track_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"instrument_response\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"track_id\" uuid NOT NULL, \"respondent_id\" uuid NOT NULL, \"version_id\" uuid NOT NULL, \"session_number\" integer NOT NULL, \"session_date\" date, \"answers\" jsonb NOT NULL, \"scores\" jsonb NOT NULL, \"source\" character varying(10) NOT NULL, \"entered_by_id\" uuid, \"client_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0bb1ecf0da5f52c138e0098cef3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_response_client\" ON \"instrument_response\"  (\"track_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_response_version\" ON \"instrument_response\"  (\"version_id\", \"session_number\") ");
    await queryRunner.query("CREATE INDEX \"IDX_response_track\" ON \"instrument_response\"  (\"track_id\", \"session_number\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_response_respondent_session\" ON \"instrument_response\"  (\"respondent_id\", \"session_number\") ");
    await queryRunner.query("CREATE TABLE \"respondent_link\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character varying(64) NOT NULL, \"track_id\" uuid NOT NULL, \"respondent_id\" uuid NOT NULL, \"session_number\" integer NOT NULL, \"session_date\" date, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5d483d1ab9185299fa01329f4b4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_respondent_link_track\" ON \"respondent_link\"  (\"track_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_respondent_link_token\" ON \"respondent_link\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"instrument\" ADD CONSTRAINT \"FK_ee9a3634c20e5b5203c5e07abc2\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument\" ADD CONSTRAINT \"FK_4327578e8ae919be2da264ad146\" FOREIGN KEY (\"forked_from_version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument\" ADD CONSTRAINT \"FK_8dff1f3e4c9ca52ec79a0357a0a\" FOREIGN KEY (\"created_by_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_author\" ADD CONSTRAINT \"FK_0b3f8dc779d589e4e52c9079158\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_author\" ADD CONSTRAINT \"FK_dadebae3fffb3185360089f6879\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_version\" ADD CONSTRAINT \"FK_65ec7d507b226ed321dc3ba7780\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_version\" ADD CONSTRAINT \"FK_93651dfbda738b9bde5fd5c9e82\" FOREIGN KEY (\"published_by_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_comment\" ADD CONSTRAINT \"FK_149d471eec2aa3cef91d517a47f\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_comment\" ADD CONSTRAINT \"FK_292b7a45c4e852cb43965f04d31\" FOREIGN KEY (\"author_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" ADD CONSTRAINT \"FK_de8c8974c8bf2fea01855a9ab20\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" ADD CONSTRAINT \"FK_e1a7f5ca3a5d72d2389c8fbd35e\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" ADD CONSTRAINT \"FK_dfd7d7ba7992349896c0ce447b2\" FOREIGN KEY (\"version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" ADD CONSTRAINT \"FK_5f271f116a5062426c4b2680b92\" FOREIGN KEY (\"created_by_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"track_respondent\" ADD CONSTRAINT \"FK_cf20492a2c6ea9ee72df36c2755\" FOREIGN KEY (\"track_id\") REFERENCES \"monitoring_track\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_response\" ADD CONSTRAINT \"FK_8233c0586e0527dff8b5c2aebf6\" FOREIGN KEY (\"track_id\") REFERENCES \"monitoring_track\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_response\" ADD CONSTRAINT \"FK_b326717a8a6ad89d18b8cd21f69\" FOREIGN KEY (\"respondent_id\") REFERENCES \"track_respondent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_response\" ADD CONSTRAINT \"FK_74fe878d1db2d2c72c394e59555\" FOREIGN KEY (\"version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_response\" ADD CONSTRAINT \"FK_c85627440baa8af1ee2c7ea6fc7\" FOREIGN KEY (\"entered_by_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"respondent_link\" ADD CONSTRAINT \"FK_071c255939ffead3ef621ef2c64\" FOREIGN KEY (\"track_id\") REFERENCES \"monitoring_track\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"respondent_link\" ADD CONSTRAINT \"FK_8420e5e56a5325b946feff09fff\" FOREIGN KEY (\"respondent_id\") REFERENCES \"track_respondent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"respondent_link\" ADD CONSTRAINT \"FK_a20ff4983e16055e7ceefa1abcb\" FOREIGN KEY (\"created_by_id\") REFERENCES \"user_account\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // A published version never changes, whatever the route: only the publisher link may be cleared
    // (a deleted account). Deleting the instrument (or its community) still removes its versions.
    await queryRunner.query(`CREATE FUNCTION instrument_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.instrument_id IS DISTINCT FROM OLD.instrument_id OR NEW.number IS DISTINCT FROM OLD.number
           OR NEW.definition IS DISTINCT FROM OLD.definition OR NEW.changelog IS DISTINCT FROM OLD.changelog OR NEW.published_at IS DISTINCT FROM OLD.published_at
           OR (NEW.published_by_id IS NOT NULL AND NEW.published_by_id IS DISTINCT FROM OLD.published_by_id) THEN
          RAISE EXCEPTION 'instrument_version % is published and cannot change', OLD.id USING ERRCODE = 'KL001';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query('CREATE TRIGGER instrument_version_frozen BEFORE UPDATE ON "instrument_version" FOR EACH ROW EXECUTE FUNCTION instrument_version_frozen()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER instrument_version_frozen ON "instrument_version"');
    await queryRunner.query('DROP FUNCTION instrument_version_frozen()');
    await queryRunner.query("ALTER TABLE \"respondent_link\" DROP CONSTRAINT \"FK_a20ff4983e16055e7ceefa1abcb\"");
    await queryRunner.query("ALTER TABLE \"respondent_link\" DROP CONSTRAINT \"FK_8420e5e56a5325b946feff09fff\"");
    await queryRunner.query("ALTER TABLE \"respondent_link\" DROP CONSTRAINT \"FK_071c255939ffead3ef621ef2c64\"");
    await queryRunner.query("ALTER TABLE \"instrument_response\" DROP CONSTRAINT \"FK_c85627440baa8af1ee2c7ea6fc7\"");
    await queryRunner.query("ALTER TABLE \"instrument_response\" DROP CONSTRAINT \"FK_74fe878d1db2d2c72c394e59555\"");
    await queryRunner.query("ALTER TABLE \"instrument_response\" DROP CONSTRAINT \"FK_b326717a8a6ad89d18b8cd21f69\"");
    await queryRunner.query("ALTER TABLE \"instrument_response\" DROP CONSTRAINT \"FK_8233c0586e0527dff8b5c2aebf6\"");
    await queryRunner.query("ALTER TABLE \"track_respondent\" DROP CONSTRAINT \"FK_cf20492a2c6ea9ee72df36c2755\"");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" DROP CONSTRAINT \"FK_5f271f116a5062426c4b2680b92\"");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" DROP CONSTRAINT \"FK_dfd7d7ba7992349896c0ce447b2\"");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" DROP CONSTRAINT \"FK_e1a7f5ca3a5d72d2389c8fbd35e\"");
    await queryRunner.query("ALTER TABLE \"monitoring_track\" DROP CONSTRAINT \"FK_de8c8974c8bf2fea01855a9ab20\"");
    await queryRunner.query("ALTER TABLE \"instrument_comment\" DROP CONSTRAINT \"FK_292b7a45c4e852cb43965f04d31\"");
    await queryRunner.query("ALTER TABLE \"instrument_comment\" DROP CONSTRAINT \"FK_149d471eec2aa3cef91d517a47f\"");
    await queryRunner.query("ALTER TABLE \"instrument_version\" DROP CONSTRAINT \"FK_93651dfbda738b9bde5fd5c9e82\"");
    await queryRunner.query("ALTER TABLE \"instrument_version\" DROP CONSTRAINT \"FK_65ec7d507b226ed321dc3ba7780\"");
    await queryRunner.query("ALTER TABLE \"instrument_author\" DROP CONSTRAINT \"FK_dadebae3fffb3185360089f6879\"");
    await queryRunner.query("ALTER TABLE \"instrument_author\" DROP CONSTRAINT \"FK_0b3f8dc779d589e4e52c9079158\"");
    await queryRunner.query("ALTER TABLE \"instrument\" DROP CONSTRAINT \"FK_8dff1f3e4c9ca52ec79a0357a0a\"");
    await queryRunner.query("ALTER TABLE \"instrument\" DROP CONSTRAINT \"FK_4327578e8ae919be2da264ad146\"");
    await queryRunner.query("ALTER TABLE \"instrument\" DROP CONSTRAINT \"FK_ee9a3634c20e5b5203c5e07abc2\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_respondent_link_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_respondent_link_track\"");
    await queryRunner.query("DROP TABLE \"respondent_link\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_response_respondent_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_response_track\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_response_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_response_client\"");
    await queryRunner.query("DROP TABLE \"instrument_response\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_track_respondent_track\"");
    await queryRunner.query("DROP TABLE \"track_respondent\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_track_community\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_track_instrument\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_track_client\"");
    await queryRunner.query("DROP TABLE \"monitoring_track\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_instrument_comment_instrument\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_instrument_comment_client\"");
    await queryRunner.query("DROP TABLE \"instrument_comment\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_instrument_version_number\"");
    await queryRunner.query("DROP TABLE \"instrument_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_instrument_author_user\"");
    await queryRunner.query("DROP TABLE \"instrument_author\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_instrument_community\"");
    await queryRunner.query("DROP TABLE \"instrument\"");
  }
}
