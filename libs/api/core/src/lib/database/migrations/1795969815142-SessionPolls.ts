import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionPolls1795969815142 implements MigrationInterface {
  name = 'SessionPolls1795969815142';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"session_poll\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"step_key\" character varying(40), \"question\" character varying(300) NOT NULL, \"options\" jsonb NOT NULL, \"status\" character varying(8) NOT NULL DEFAULT 'OPEN', \"created_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"closed_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_1cfa1db4b9a2363f5fec19af6bd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_session_poll_session\" ON \"session_poll\"  (\"session_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"session_poll_vote\" (\"poll_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"option_index\" smallint NOT NULL, \"voted_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7d391276bd3ee3cd087e4ce71c5\" PRIMARY KEY (\"poll_id\", \"user_id\"))");
    await queryRunner.query("ALTER TABLE \"session_poll\" ADD CONSTRAINT \"FK_c06816a28b9b8a71c3927afb848\" FOREIGN KEY (\"session_id\") REFERENCES \"community_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_poll_vote\" ADD CONSTRAINT \"FK_530a32e31c4f017dc704650014e\" FOREIGN KEY (\"poll_id\") REFERENCES \"session_poll\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"session_poll_vote\" DROP CONSTRAINT \"FK_530a32e31c4f017dc704650014e\"");
    await queryRunner.query("ALTER TABLE \"session_poll\" DROP CONSTRAINT \"FK_c06816a28b9b8a71c3927afb848\"");
    await queryRunner.query("DROP TABLE \"session_poll_vote\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_session_poll_session\"");
    await queryRunner.query("DROP TABLE \"session_poll\"");
  }
}
