import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEARCH_COLUMNS, SEARCH_VOCABULARY_RECOUNT } from '../search-sql';

// Dutch search across everything (issue 7 §4, design in docs/search and ADR 0006). Hand-written: TypeORM
// does not model generated tsvector columns, views or triggers. No entity maps these tables; the search
// module reads them with SQL.
//
// - search_source: a view with one row per searchable thing, built from the content tables. It is the
//   only place that says what is searchable and what it shows (hidden and deleted content is absent).
// - search_document: what search reads; kept equal to search_source by row triggers on the content
//   tables, in the same transaction as the content (nothing to replay, nothing to lose).
// - search_term: the vocabulary (folded word, Dutch lexeme, document count) for typo neighbours and
//   compound splitting. Writes only append to search_term_delta (no hot rows, no lock waits between
//   writers); search folds the deltas in before it reads the vocabulary.

const FOLD_FROM = 'áàâäãåéèêëíìîïóòôöõúùûüýÿçñ';
const FOLD_TO = 'aaaaaaeeeeiiiiooooouuuuyycn';


export const SEARCH_SOURCE_VIEW = String.raw`
CREATE VIEW search_source AS
SELECT 'CASE'::varchar(20) AS type, k.id AS subject_id, k.community_id, ''::text AS label, '/casussen/' || k.id AS link,
  k.title::text AS title,
  concat_ws(' ', array_to_string(k.tags, ' '), f.name_nl) AS keywords,
  search_plain(concat_ws(' ', k.context, k.dilemma, k.tried, k.lessons_learned)) AS body,
  ARRAY(SELECT DISTINCT lower(x) FROM unnest(k.tags) x ORDER BY 1)::text[] AS tags,
  ARRAY(SELECT q.code FROM case_qualification cq JOIN qualification q ON q.id = cq.qualification_id WHERE cq.case_id = k.id ORDER BY 1)::text[] AS qualifications,
  ARRAY(SELECT l.number FROM case_level cl JOIN level l ON l.id = cl.level_id WHERE cl.case_id = k.id ORDER BY 1)::smallint[] AS levels,
  ARRAY[f.code]::text[] AS collaboration_forms,
  k.created_at::timestamptz AS created_at
FROM community_case k JOIN collaboration_form f ON f.id = k.collaboration_form_id
WHERE k.hidden_at IS NULL
UNION ALL
SELECT 'RESPONSE', r.id, r.community_id, k.title, '/casussen/' || k.id || '#reactie-' || r.id,
  '', coalesce(r.perspective, ''), search_plain(r.body), '{}'::text[],
  ARRAY(SELECT q.code FROM case_qualification cq JOIN qualification q ON q.id = cq.qualification_id WHERE cq.case_id = k.id ORDER BY 1)::text[],
  ARRAY(SELECT l.number FROM case_level cl JOIN level l ON l.id = cl.level_id WHERE cl.case_id = k.id ORDER BY 1)::smallint[],
  ARRAY[f.code]::text[], r.created_at
FROM case_response r JOIN community_case k ON k.id = r.case_id JOIN collaboration_form f ON f.id = k.collaboration_form_id
WHERE r.hidden_at IS NULL AND k.hidden_at IS NULL
UNION ALL
SELECT 'KNOWLEDGE_ITEM', i.id, i.community_id, '', '/kennisbank/' || i.id, i.title,
  concat_ws(' ', array_to_string(i.tags, ' '),
    (SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(coalesce(i.citation -> 'authors', '[]'::jsonb)) a),
    i.citation ->> 'container', i.citation ->> 'title'),
  search_plain(concat_ws(' ', i.summary, i.finding ->> 'studyDesign', i.finding ->> 'sample', i.finding ->> 'practiceImplications')),
  ARRAY(SELECT DISTINCT lower(x) FROM unnest(i.tags) x ORDER BY 1)::text[],
  ARRAY(SELECT q.code FROM knowledge_item_qualification iq JOIN qualification q ON q.id = iq.qualification_id WHERE iq.item_id = i.id ORDER BY 1)::text[],
  ARRAY(SELECT l.number FROM knowledge_item_level il JOIN level l ON l.id = il.level_id WHERE il.item_id = i.id ORDER BY 1)::smallint[],
  ARRAY(SELECT f.code FROM knowledge_item_collaboration_form ic JOIN collaboration_form f ON f.id = ic.collaboration_form_id WHERE ic.item_id = i.id ORDER BY 1)::text[],
  i.created_at
FROM knowledge_item i
UNION ALL
SELECT 'INSTRUMENT', ins.id, ins.community_id, '', '/instrumenten/' || ins.id, coalesce(v.definition ->> 'title', ''), '',
  search_plain(concat_ws(' ', v.definition ->> 'purpose',
    (SELECT string_agg(it ->> 'text', ' ') FROM jsonb_array_elements(coalesce(v.definition -> 'items', '[]'::jsonb)) it))),
  '{}'::text[], '{}'::text[], '{}'::smallint[], '{}'::text[], v.published_at
FROM instrument ins JOIN instrument_version v ON v.instrument_id = ins.id AND v.number = ins.latest_version
UNION ALL
SELECT 'COMMUNITY', c.id, c.id, '', '/gemeenschappen/' || c.slug, c.name, '', search_plain(c.description),
  '{}'::text[], '{}'::text[], '{}'::smallint[], '{}'::text[], c.created_at
FROM community c
UNION ALL
SELECT 'MESSAGE', m.id, m.community_id,
  coalesce(CASE t.kind WHEN 'COMMUNITY' THEN tc.name WHEN 'CASE' THEN tk.title WHEN 'KNOWLEDGE' THEN ti.title END, ''),
  CASE t.kind WHEN 'COMMUNITY' THEN '/gemeenschappen/' || tc.slug || '/gesprek' WHEN 'CASE' THEN '/casussen/' || t.subject_id
    WHEN 'KNOWLEDGE' THEN '/kennisbank/' || t.subject_id ELSE '/sessies/' || t.subject_id END,
  '', '', search_plain(m.body), '{}'::text[], '{}'::text[], '{}'::smallint[], '{}'::text[], m.created_at
FROM message m JOIN discussion_thread t ON t.id = m.thread_id
  LEFT JOIN community tc ON t.kind = 'COMMUNITY' AND tc.id = t.subject_id
  LEFT JOIN community_case tk ON t.kind = 'CASE' AND tk.id = t.subject_id
  LEFT JOIN knowledge_item ti ON t.kind = 'KNOWLEDGE' AND ti.id = t.subject_id
WHERE m.deleted_at IS NULL AND m.hidden_at IS NULL AND (t.kind <> 'CASE' OR tk.hidden_at IS NULL)
UNION ALL
SELECT 'MESSAGE', p.id, p.community_id, c.name, '/gemeenschappen/' || c.slug, '', '', search_plain(p.body),
  '{}'::text[], '{}'::text[], '{}'::smallint[], '{}'::text[], p.created_at
FROM community_post p JOIN community c ON c.id = p.community_id
WHERE p.hidden_at IS NULL`;

export class Search1795965000000 implements MigrationInterface {
  name = 'Search1795965000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT translate(lower($1), '${FOLD_FROM}', '${FOLD_TO}') $$`);
    // Plain text for indexing: Markdown links keep their text; '<' and '>' go (the default parser would
    // take "<script …>" for a tag and drop the rest of the text).
    await q.query(String.raw`CREATE FUNCTION search_plain(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT btrim(regexp_replace(regexp_replace(regexp_replace(coalesce($1, ''),
        '!?\[([^\]]*)\]\([^)]*\)', '\1', 'g'), '[<>#*_` + '`' + String.raw`~|]+', ' ', 'g'), '\s+', ' ', 'g')) $$`);
    await q.query(`CREATE FUNCTION search_lexeme(word text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT coalesce((tsvector_to_array(to_tsvector('dutch'::regconfig, word)))[1], '') $$`);
    await q.query(`CREATE FUNCTION search_doc_words(title text, keywords text, body text) RETURNS SETOF text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT DISTINCT w FROM (
        SELECT search_fold(lexeme) AS w FROM unnest(to_tsvector('simple'::regconfig, title || ' ' || keywords || ' ' || body))) x
      WHERE w ~ '^[a-z]{3,40}$' $$`);

    await q.query(`CREATE TABLE search_document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      type varchar(20) NOT NULL CHECK (type IN ('CASE','RESPONSE','KNOWLEDGE_ITEM','INSTRUMENT','SESSION','COMMUNITY','MESSAGE')),
      subject_id uuid NOT NULL,
      community_id uuid REFERENCES community(id) ON DELETE CASCADE,
      label text NOT NULL DEFAULT '',
      link text NOT NULL,
      title text NOT NULL DEFAULT '',
      keywords text NOT NULL DEFAULT '',
      body text NOT NULL DEFAULT '',
      tags text[] NOT NULL DEFAULT '{}',
      qualifications text[] NOT NULL DEFAULT '{}',
      levels smallint[] NOT NULL DEFAULT '{}',
      collaboration_forms text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('dutch'::regconfig, title), 'A')
         || setweight(to_tsvector('dutch'::regconfig, keywords), 'B')
         || setweight(to_tsvector('dutch'::regconfig, body), 'C')) STORED,
      CONSTRAINT search_document_subject UNIQUE (type, subject_id))`);
    // Ranking reads tsv for every match: keep it inline, let body go to TOAST first (2-3x faster ranking).
    await q.query(`ALTER TABLE search_document ALTER COLUMN tsv SET STORAGE MAIN`);
    await q.query(`CREATE INDEX search_document_tsv ON search_document USING gin (tsv)`);
    await q.query(`CREATE INDEX search_document_community ON search_document (community_id)`);
    await q.query(`CREATE INDEX search_document_created ON search_document (created_at DESC)`);

    await q.query(`CREATE TABLE search_term (word text PRIMARY KEY, lexeme text NOT NULL, ndoc integer NOT NULL DEFAULT 0)`);
    await q.query(`CREATE INDEX search_term_word_trgm ON search_term USING gin (word gin_trgm_ops)`);
    await q.query(`CREATE INDEX search_term_lexeme ON search_term (lexeme)`);
    await q.query(`CREATE TABLE search_term_delta (word text NOT NULL, d integer NOT NULL)`);

    // Vocabulary deltas per statement (transition tables: one row per distinct word and statement).
    await q.query(`CREATE FUNCTION search_term_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A full rebuild recounts the vocabulary in one pass (SearchService.rebuild, below).
        IF current_setting('kennislijn.search_rebuild', true) = 'on' THEN RETURN NULL; END IF;
        INSERT INTO search_term_delta (word, d)
        SELECT w, count(*) FROM new_rows n, search_doc_words(n.title, n.keywords, n.body) w GROUP BY w;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION search_term_remove() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A full rebuild recounts the vocabulary in one pass (SearchService.rebuild, below).
        IF current_setting('kennislijn.search_rebuild', true) = 'on' THEN RETURN NULL; END IF;
        INSERT INTO search_term_delta (word, d)
        SELECT w, -count(*) FROM old_rows o, search_doc_words(o.title, o.keywords, o.body) w GROUP BY w;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION search_term_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A full rebuild recounts the vocabulary in one pass (SearchService.rebuild, below).
        IF current_setting('kennislijn.search_rebuild', true) = 'on' THEN RETURN NULL; END IF;
        INSERT INTO search_term_delta (word, d)
        SELECT w, sum(d) FROM (
          SELECT w, 1 AS d FROM new_rows n, search_doc_words(n.title, n.keywords, n.body) w
          UNION ALL
          SELECT w, -1 FROM old_rows o, search_doc_words(o.title, o.keywords, o.body) w) x
        GROUP BY w HAVING sum(d) <> 0;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER search_term_ins AFTER INSERT ON search_document
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_add()`);
    await q.query(`CREATE TRIGGER search_term_del AFTER DELETE ON search_document
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_remove()`);
    await q.query(`CREATE TRIGGER search_term_upd AFTER UPDATE ON search_document
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_change()`);
    // Folds pending deltas into the vocabulary (words in sorted order, so concurrent merges cannot deadlock).
    await q.query(`CREATE FUNCTION search_term_merge() RETURNS integer LANGUAGE sql AS $$
      WITH moved AS (DELETE FROM search_term_delta RETURNING word, d),
      agg AS (SELECT word, sum(d)::int AS d FROM moved GROUP BY word HAVING sum(d) <> 0),
      up AS (
        INSERT INTO search_term AS t (word, lexeme, ndoc)
        SELECT word, search_lexeme(word), d FROM agg ORDER BY word
        ON CONFLICT (word) DO UPDATE SET ndoc = t.ndoc + excluded.ndoc
        RETURNING 1)
      SELECT count(*)::int FROM up $$`);

    await q.query(SEARCH_SOURCE_VIEW);
    // Brings the documents of some subjects in line with search_source (insert, update or delete).
    await q.query(`CREATE FUNCTION search_sync(p_type text, p_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN RETURN; END IF;
        DELETE FROM search_document d WHERE d.type = p_type AND d.subject_id = ANY (p_ids)
          AND NOT EXISTS (SELECT 1 FROM search_source s WHERE s.type = p_type AND s.subject_id = d.subject_id);
        INSERT INTO search_document AS d (${SEARCH_COLUMNS})
        SELECT ${SEARCH_COLUMNS} FROM search_source s WHERE s.type = p_type AND s.subject_id = ANY (p_ids)
        ON CONFLICT (type, subject_id) DO UPDATE SET
          community_id = excluded.community_id, label = excluded.label, link = excluded.link, title = excluded.title,
          keywords = excluded.keywords, body = excluded.body, tags = excluded.tags, qualifications = excluded.qualifications,
          levels = excluded.levels, collaboration_forms = excluded.collaboration_forms, created_at = excluded.created_at,
          updated_at = now()
        WHERE (d.community_id, d.label, d.link, d.title, d.keywords, d.body, d.tags, d.qualifications, d.levels, d.collaboration_forms, d.created_at)
          IS DISTINCT FROM (excluded.community_id, excluded.label, excluded.link, excluded.title, excluded.keywords, excluded.body,
            excluded.tags, excluded.qualifications, excluded.levels, excluded.collaboration_forms, excluded.created_at);
      END $$`);
    // Row trigger: TG_ARGV[0] = search type, TG_ARGV[1] = the column holding the subject's id.
    await q.query(`CREATE FUNCTION search_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r jsonb;
      BEGIN
        IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
        PERFORM search_sync(TG_ARGV[0], ARRAY[(r ->> TG_ARGV[1])::uuid]);
        RETURN NULL;
      END $$`);
    // What shows a parent's title or depends on its visibility (responses and messages of a case, ...).
    await q.query(`CREATE FUNCTION search_parent_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'community_case' THEN
          PERFORM search_sync('RESPONSE', ARRAY(SELECT id FROM case_response WHERE case_id = NEW.id));
        END IF;
        IF TG_TABLE_NAME = 'community' THEN
          PERFORM search_sync('MESSAGE', ARRAY(SELECT id FROM community_post WHERE community_id = NEW.id));
        END IF;
        PERFORM search_sync('MESSAGE', ARRAY(
          SELECT m.id FROM message m JOIN discussion_thread t ON t.id = m.thread_id
          WHERE t.subject_id = NEW.id AND t.kind = TG_ARGV[0]));
        RETURN NULL;
      END $$`);
    const rowTrigger = (table: string, type: string, column: string) =>
      q.query(`CREATE TRIGGER search_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION search_row_changed('${type}', '${column}')`);
    await rowTrigger('community', 'COMMUNITY', 'id');
    await rowTrigger('community_case', 'CASE', 'id');
    await rowTrigger('case_qualification', 'CASE', 'case_id');
    await rowTrigger('case_level', 'CASE', 'case_id');
    await rowTrigger('case_response', 'RESPONSE', 'id');
    await rowTrigger('knowledge_item', 'KNOWLEDGE_ITEM', 'id');
    await rowTrigger('knowledge_item_qualification', 'KNOWLEDGE_ITEM', 'item_id');
    await rowTrigger('knowledge_item_level', 'KNOWLEDGE_ITEM', 'item_id');
    await rowTrigger('knowledge_item_collaboration_form', 'KNOWLEDGE_ITEM', 'item_id');
    await rowTrigger('instrument', 'INSTRUMENT', 'id');
    // Publishing may raise latest_version before the version row exists: the version's insert syncs too.
    await rowTrigger('instrument_version', 'INSTRUMENT', 'instrument_id');
    await rowTrigger('message', 'MESSAGE', 'id');
    await rowTrigger('community_post', 'MESSAGE', 'id');
    await q.query(`CREATE TRIGGER search_case_children AFTER UPDATE OF title, hidden_at, collaboration_form_id ON community_case
      FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at
        OR OLD.collaboration_form_id IS DISTINCT FROM NEW.collaboration_form_id)
      EXECUTE FUNCTION search_parent_changed('CASE')`);
    await q.query(`CREATE TRIGGER search_community_children AFTER UPDATE OF name, slug ON community
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.slug IS DISTINCT FROM NEW.slug)
      EXECUTE FUNCTION search_parent_changed('COMMUNITY')`);
    await q.query(`CREATE TRIGGER search_knowledge_children AFTER UPDATE OF title ON knowledge_item
      FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
      EXECUTE FUNCTION search_parent_changed('KNOWLEDGE')`);

    // What exists already: the documents, then the vocabulary counted in one pass.
    await q.query(`SET LOCAL kennislijn.search_rebuild = 'on'`);
    await q.query(`INSERT INTO search_document (${SEARCH_COLUMNS}) SELECT ${SEARCH_COLUMNS} FROM search_source`);
    await q.query(`${SEARCH_VOCABULARY_RECOUNT}`);
    await q.query(`SET LOCAL kennislijn.search_rebuild = 'off'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['community', 'community_case', 'case_qualification', 'case_level', 'case_response', 'knowledge_item',
      'knowledge_item_qualification', 'knowledge_item_level', 'knowledge_item_collaboration_form', 'instrument', 'instrument_version', 'message', 'community_post'])
      await q.query(`DROP TRIGGER IF EXISTS search_${t} ON ${t}`);
    await q.query(`DROP TRIGGER IF EXISTS search_case_children ON community_case`);
    await q.query(`DROP TRIGGER IF EXISTS search_community_children ON community`);
    await q.query(`DROP TRIGGER IF EXISTS search_knowledge_children ON knowledge_item`);
    await q.query(`DROP FUNCTION search_parent_changed(), search_row_changed(), search_sync(text, uuid[])`);
    await q.query(`DROP VIEW search_source`);
    await q.query(`DROP TABLE search_term_delta, search_term, search_document`);
    await q.query(`DROP FUNCTION search_term_merge(), search_term_add(), search_term_remove(), search_term_change()`);
    await q.query(`DROP FUNCTION search_doc_words(text, text, text), search_lexeme(text), search_plain(text), search_fold(text)`);
  }
}
