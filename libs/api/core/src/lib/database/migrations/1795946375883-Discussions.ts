import { MigrationInterface, QueryRunner } from 'typeorm';

export class Discussions1795946375883 implements MigrationInterface {
  name = 'Discussions1795946375883';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification_preference\" (\"user_id\" uuid NOT NULL, \"community_id\" uuid NOT NULL, \"email\" character varying(10) NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b9766ce08ca3d6ac8274fe9bdf7\" PRIMARY KEY (\"user_id\", \"community_id\"))");
    await queryRunner.query("CREATE TABLE \"notification_digest\" (\"user_id\" uuid NOT NULL, \"frequency\" character varying(10) NOT NULL, \"last_sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_266e31bf398a8564fc3c7c45e2f\" PRIMARY KEY (\"user_id\", \"frequency\"))");
    await queryRunner.query("CREATE TABLE \"discussion_thread\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(20) NOT NULL, \"subject_id\" uuid NOT NULL, \"community_id\" uuid NOT NULL, \"last_seq\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1965fcdba12f581678be29eeba5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_discussion_thread_community\" ON \"discussion_thread\"  (\"community_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_discussion_thread_subject\" ON \"discussion_thread\"  (\"kind\", \"subject_id\") ");
    await queryRunner.query("CREATE TABLE \"message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"thread_id\" uuid NOT NULL, \"community_id\" uuid NOT NULL, \"seq\" integer NOT NULL, \"event_seq\" integer NOT NULL, \"author_id\" uuid NOT NULL, \"client_id\" uuid, \"body\" text NOT NULL, \"reply_to_id\" uuid, \"mention_ids\" uuid array NOT NULL DEFAULT '{}', \"edited_at\" TIMESTAMP(3) WITH TIME ZONE, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_reason\" character varying(500), \"hidden_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ba01f0a3e0123651915008bc578\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_message_author_client\" ON \"message\"  (\"author_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_message_thread_event\" ON \"message\"  (\"thread_id\", \"event_seq\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_message_thread_seq\" ON \"message\"  (\"thread_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"thread_read\" (\"user_id\" uuid NOT NULL, \"thread_id\" uuid NOT NULL, \"last_read_seq\" integer NOT NULL DEFAULT '0', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ffe329770be84138063c6997892\" PRIMARY KEY (\"user_id\", \"thread_id\"))");
    await queryRunner.query("ALTER TABLE \"notification\" ADD \"email_state\" character varying(10) NOT NULL DEFAULT 'PENDING'");
    // Notifications from before e-mail delivery existed are not mailed now.
    await queryRunner.query("UPDATE \"notification\" SET \"email_state\" = 'SKIPPED'");
    await queryRunner.query("CREATE INDEX \"IDX_notification_email_pending\" ON \"notification\"  (\"user_id\") WHERE \"email_state\" = 'PENDING'");
    await queryRunner.query("ALTER TABLE \"notification_preference\" ADD CONSTRAINT \"FK_ff040d2d2e35c49b00525783829\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_digest\" ADD CONSTRAINT \"FK_a90a56c6325a3eb952b3394eb45\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"discussion_thread\" ADD CONSTRAINT \"FK_5b0d5698e6960abc668702ead38\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"message\" ADD CONSTRAINT \"FK_11cb07b9ecf8cb247c5e2dc86ab\" FOREIGN KEY (\"thread_id\") REFERENCES \"discussion_thread\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"message\" ADD CONSTRAINT \"FK_27675d1d5b9dbaabc0546aeb0a1\" FOREIGN KEY (\"author_id\") REFERENCES \"user_account\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"thread_read\" ADD CONSTRAINT \"FK_ab9e3499ca0625dd44714cd5fff\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"thread_read\" ADD CONSTRAINT \"FK_bba860343df4b2e9f99c5acfe63\" FOREIGN KEY (\"thread_id\") REFERENCES \"discussion_thread\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"thread_read\" DROP CONSTRAINT \"FK_bba860343df4b2e9f99c5acfe63\"");
    await queryRunner.query("ALTER TABLE \"thread_read\" DROP CONSTRAINT \"FK_ab9e3499ca0625dd44714cd5fff\"");
    await queryRunner.query("ALTER TABLE \"message\" DROP CONSTRAINT \"FK_27675d1d5b9dbaabc0546aeb0a1\"");
    await queryRunner.query("ALTER TABLE \"message\" DROP CONSTRAINT \"FK_11cb07b9ecf8cb247c5e2dc86ab\"");
    await queryRunner.query("ALTER TABLE \"discussion_thread\" DROP CONSTRAINT \"FK_5b0d5698e6960abc668702ead38\"");
    await queryRunner.query("ALTER TABLE \"notification_digest\" DROP CONSTRAINT \"FK_a90a56c6325a3eb952b3394eb45\"");
    await queryRunner.query("ALTER TABLE \"notification_preference\" DROP CONSTRAINT \"FK_ff040d2d2e35c49b00525783829\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_notification_email_pending\"");
    await queryRunner.query("ALTER TABLE \"notification\" DROP COLUMN \"email_state\"");
    await queryRunner.query("DROP TABLE \"thread_read\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_message_thread_seq\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_message_thread_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_message_author_client\"");
    await queryRunner.query("DROP TABLE \"message\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_discussion_thread_subject\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_discussion_thread_community\"");
    await queryRunner.query("DROP TABLE \"discussion_thread\"");
    await queryRunner.query("DROP TABLE \"notification_digest\"");
    await queryRunner.query("DROP TABLE \"notification_preference\"");
  }
}
