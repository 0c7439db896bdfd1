import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEARCH_SOURCE_VIEW } from './1795965000000-Search';

// Search (ADR 0006) learns sessions: a SESSION branch in search_source (cancelled sessions are not
// searchable; qualifications and levels come from the linked cases) and messages in a session's thread
// carry the session's title. A row trigger keeps the documents in step.
const MESSAGE_LABEL_FROM = "coalesce(CASE t.kind WHEN 'COMMUNITY' THEN tc.name WHEN 'CASE' THEN tk.title WHEN 'KNOWLEDGE' THEN ti.title END, '')";
const MESSAGE_LABEL_TO = "coalesce(CASE t.kind WHEN 'COMMUNITY' THEN tc.name WHEN 'CASE' THEN tk.title WHEN 'KNOWLEDGE' THEN ti.title WHEN 'SESSION' THEN ts.title END, '')";
const MESSAGE_JOIN_FROM = "  LEFT JOIN knowledge_item ti ON t.kind = 'KNOWLEDGE' AND ti.id = t.subject_id";
const MESSAGE_JOIN_TO = `${MESSAGE_JOIN_FROM}\n  LEFT JOIN community_session ts ON t.kind = 'SESSION' AND ts.id = t.subject_id`;
const SESSION_BRANCH = String.raw`
UNION ALL
SELECT 'SESSION', s.id, s.community_id, '', '/sessies/' || s.id, s.title,
  concat_ws(' ', s.theme_text, (SELECT rt.name_nl FROM research_theme rt WHERE rt.code = s.theme_code), s.method_name),
  search_plain(concat_ws(' ', s.description, s.outcomes)),
  '{}'::text[],
  ARRAY(SELECT DISTINCT q.code FROM case_qualification cq JOIN qualification q ON q.id = cq.qualification_id WHERE cq.case_id = ANY (s.case_ids) ORDER BY 1)::text[],
  ARRAY(SELECT DISTINCT l.number FROM case_level cl JOIN level l ON l.id = cl.level_id WHERE cl.case_id = ANY (s.case_ids) ORDER BY 1)::smallint[],
  '{}'::text[], s.starts_at
FROM community_session s
WHERE s.status <> 'CANCELLED'`;

function viewWithSessions(): string {
  if (!SEARCH_SOURCE_VIEW.includes(MESSAGE_LABEL_FROM) || !SEARCH_SOURCE_VIEW.includes(MESSAGE_JOIN_FROM)) throw new Error('search_source changed: update the Sessions migration');
  return SEARCH_SOURCE_VIEW.replace('CREATE VIEW', 'CREATE OR REPLACE VIEW').replace(MESSAGE_LABEL_FROM, MESSAGE_LABEL_TO).replace(MESSAGE_JOIN_FROM, MESSAGE_JOIN_TO) + SESSION_BRANCH;
}

export class Sessions1795968961577 implements MigrationInterface {
  name = 'Sessions1795968961577';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"session_method\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"community_id\" uuid, \"code\" character varying(40) NOT NULL, \"name_nl\" character varying(120) NOT NULL, \"name_en\" character varying(120) NOT NULL, \"summary_nl\" text NOT NULL DEFAULT '', \"summary_en\" text NOT NULL DEFAULT '', \"steps\" jsonb NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3f3bd11995e7008d0824df33129\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_method_shipped_code\" ON \"session_method\"  (\"code\") WHERE \"community_id\" IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_method_code\" ON \"session_method\"  (\"community_id\", \"code\") WHERE \"community_id\" IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"community_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"community_id\" uuid NOT NULL, \"title\" character varying(160) NOT NULL, \"theme_code\" character varying(40), \"theme_text\" character varying(160) NOT NULL DEFAULT '', \"description\" text NOT NULL DEFAULT '', \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"location\" character varying(300) NOT NULL DEFAULT '', \"online_url\" character varying(1000), \"capacity\" integer, \"method_id\" uuid, \"method_name\" character varying(120) NOT NULL DEFAULT '', \"method_steps\" jsonb NOT NULL DEFAULT '[]', \"case_ids\" uuid array NOT NULL DEFAULT '{}', \"knowledge_ids\" uuid array NOT NULL DEFAULT '{}', \"instrument_ids\" uuid array NOT NULL DEFAULT '{}', \"status\" character varying(12) NOT NULL DEFAULT 'PLANNED', \"current_step\" integer NOT NULL DEFAULT '-1', \"step_started_at\" TIMESTAMP(3) WITH TIME ZONE, \"state_seq\" integer NOT NULL DEFAULT '0', \"outcomes\" text, \"lesson_item_id\" uuid, \"ical_sequence\" integer NOT NULL DEFAULT '0', \"created_by_id\" uuid, \"client_id\" uuid, \"started_at\" TIMESTAMP(3) WITH TIME ZONE, \"closed_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5601948c2e63350df919a03b430\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_client\" ON \"community_session\"  (\"created_by_id\", \"client_id\") WHERE \"client_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"IDX_session_starts\" ON \"community_session\"  (\"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_session_community_starts\" ON \"community_session\"  (\"community_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"session_rsvp\" (\"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"status\" character varying(12) NOT NULL, \"requested_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_40245cae1e574c951b5dce54b01\" PRIMARY KEY (\"session_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_session_rsvp_user\" ON \"session_rsvp\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"session_note\" (\"session_id\" uuid NOT NULL, \"step_key\" character varying(40) NOT NULL, \"body\" text NOT NULL DEFAULT '', \"rev\" integer NOT NULL DEFAULT '0', \"updated_by_id\" uuid, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4cc1d2a44dc39f73da667c15de5\" PRIMARY KEY (\"session_id\", \"step_key\"))");
    await queryRunner.query("CREATE TABLE \"session_attendance\" (\"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"first_seen_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_209673880c86806e14d1ea423e5\" PRIMARY KEY (\"session_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_session_attendance_user\" ON \"session_attendance\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"calendar_feed_token\" (\"user_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_55699e77827f515c313957e993b\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_calendar_feed_token_hash\" ON \"calendar_feed_token\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"session_reminder\" (\"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"kind\" character varying(4) NOT NULL, \"sent_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c45d8b10f6ce8f51de8ac7b43fa\" PRIMARY KEY (\"session_id\", \"user_id\", \"kind\"))");
    await queryRunner.query("ALTER TABLE \"session_method\" ADD CONSTRAINT \"FK_0cc45fa781a43e675f8f4189601\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"community_session\" ADD CONSTRAINT \"FK_b1853a0e8fbab7fb37eee2cf84f\" FOREIGN KEY (\"community_id\") REFERENCES \"community\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_rsvp\" ADD CONSTRAINT \"FK_553ecc7ae896a07918756c54497\" FOREIGN KEY (\"session_id\") REFERENCES \"community_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_note\" ADD CONSTRAINT \"FK_04c4864421d801806756cc949c8\" FOREIGN KEY (\"session_id\") REFERENCES \"community_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_attendance\" ADD CONSTRAINT \"FK_fe13eeaaceb32f7ef9a269e1af2\" FOREIGN KEY (\"session_id\") REFERENCES \"community_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session_reminder\" ADD CONSTRAINT \"FK_01aef9f307427969183f7e5d4aa\" FOREIGN KEY (\"session_id\") REFERENCES \"community_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query(viewWithSessions());
    await queryRunner.query(`CREATE TRIGGER search_community_session AFTER INSERT OR UPDATE OR DELETE ON community_session
      FOR EACH ROW EXECUTE FUNCTION search_row_changed('SESSION', 'id')`);
    await queryRunner.query(`CREATE TRIGGER search_session_children AFTER UPDATE OF title ON community_session
      FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION search_parent_changed('SESSION')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS search_session_children ON community_session`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS search_community_session ON community_session`);
    await queryRunner.query(`DELETE FROM search_document WHERE type = 'SESSION'`);
    await queryRunner.query(`DROP VIEW search_source`);
    await queryRunner.query(SEARCH_SOURCE_VIEW);
    await queryRunner.query("ALTER TABLE \"session_reminder\" DROP CONSTRAINT \"FK_01aef9f307427969183f7e5d4aa\"");
    await queryRunner.query("ALTER TABLE \"session_attendance\" DROP CONSTRAINT \"FK_fe13eeaaceb32f7ef9a269e1af2\"");
    await queryRunner.query("ALTER TABLE \"session_note\" DROP CONSTRAINT \"FK_04c4864421d801806756cc949c8\"");
    await queryRunner.query("ALTER TABLE \"session_rsvp\" DROP CONSTRAINT \"FK_553ecc7ae896a07918756c54497\"");
    await queryRunner.query("ALTER TABLE \"community_session\" DROP CONSTRAINT \"FK_b1853a0e8fbab7fb37eee2cf84f\"");
    await queryRunner.query("ALTER TABLE \"session_method\" DROP CONSTRAINT \"FK_0cc45fa781a43e675f8f4189601\"");
    await queryRunner.query("DROP TABLE \"session_reminder\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_calendar_feed_token_hash\"");
    await queryRunner.query("DROP TABLE \"calendar_feed_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_session_attendance_user\"");
    await queryRunner.query("DROP TABLE \"session_attendance\"");
    await queryRunner.query("DROP TABLE \"session_note\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_session_rsvp_user\"");
    await queryRunner.query("DROP TABLE \"session_rsvp\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_session_community_starts\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_session_starts\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_session_client\"");
    await queryRunner.query("DROP TABLE \"community_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_session_method_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_session_method_shipped_code\"");
    await queryRunner.query("DROP TABLE \"session_method\"");
  }
}
