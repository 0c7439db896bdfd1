#!/usr/bin/env node
// Search spike for issue 7 §4: Dutch full-text search across content types on PostgreSQL 15 and PGlite 0.5.14.
//
//   node spike.mjs                 functional test (hand-written Dutch docs, traps, permissions) on both databases
//   node spike.mjs bench [N]       load N (default 100000) synthetic docs and measure search p50/p95 + index sizes
//   --only=pg | --only=pglite      run one database only
//   --keep                         keep the PostgreSQL database afterwards
//   --direct                       PGlite via its JS API instead of pglite-socket + `pg` (the app uses the socket)
//
// Both databases are reached through the same `pg` Pool code: PostgreSQL directly, PGlite through
// PGLiteSocketServer exactly like libs/api/core/src/lib/database/embedded-postgres.ts does.
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const ONLY = (args.find((a) => a.startsWith('--only=')) || '').slice(7);
const DIRECT = args.includes('--direct');
const KEEP = args.includes('--keep'); // keep the PostgreSQL database (for EXPLAIN experiments)
const PG_DB = 'search_spike';

// ───────────────────────────────────────────── schema ─────────────────────────────────────────────
// Diacritics folding shared by SQL (search_fold) and JS (fold). No unaccent needed: the dutch snowball
// stemmer already folds ä/ë/ï/ö/ü/á/é/í/ó/ú in lexemes; this is only for the vocabulary's surface words.
const FOLD_FROM = 'áàâäãåéèêëíìîïóòôöõúùûüýÿçñ';
const FOLD_TO = 'aaaaaaeeeeiiiiooooouuuuyycn';

export const SCHEMA_APP_MIRROR = /* sql */ `
CREATE TYPE community_visibility AS ENUM ('PUBLIC', 'PRIVATE');
CREATE TABLE community (
  id uuid PRIMARY KEY, slug varchar(80) NOT NULL, name varchar(120) NOT NULL,
  visibility community_visibility NOT NULL DEFAULT 'PRIVATE', archived_at timestamptz);
CREATE TABLE community_member (
  community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE, user_id uuid NOT NULL,
  PRIMARY KEY (community_id, user_id));
CREATE INDEX community_member_user ON community_member (user_id);
`;

export const SCHEMA_SEARCH = /* sql */ `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION search_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower($1), '${FOLD_FROM}', '${FOLD_TO}') $$;

-- One row per searchable thing. Written by the owning module in the same transaction as the thing.
CREATE TABLE search_document (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type                varchar(20) NOT NULL CHECK (type IN
                        ('CASE','RESPONSE','KNOWLEDGE_ITEM','INSTRUMENT','SESSION','COMMUNITY','MESSAGE')),
  subject_id          uuid NOT NULL,            -- id of the case / response / item / ...
  parent_id           uuid,                     -- e.g. the case of a response, the thread of a message (for links)
  community_id        uuid REFERENCES community(id) ON DELETE CASCADE,   -- NULL = site-wide
  title               text NOT NULL DEFAULT '',
  keywords            text NOT NULL DEFAULT '', -- tags, qualification/form names, authors: weight B
  body                text NOT NULL DEFAULT '', -- PLAIN text (Markdown/HTML stripped, '<' '>' removed)
  tags                text[]     NOT NULL DEFAULT '{}',
  qualifications      text[]     NOT NULL DEFAULT '{}',   -- codes: B1..B9, M1..M9
  levels              smallint[] NOT NULL DEFAULT '{}',   -- 1..4
  collaboration_forms text[]     NOT NULL DEFAULT '{}',   -- collaboration_form.code
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch'::regconfig, title),    'A')
     || setweight(to_tsvector('dutch'::regconfig, keywords), 'B')
     || setweight(to_tsvector('dutch'::regconfig, body),     'C')) STORED,   -- STORED is mandatory wording for PG18
  CONSTRAINT search_document_subject UNIQUE (type, subject_id)
);
-- Keep the tsvector inline (uncompressed) and let body be compressed/moved to TOAST first: ranking reads tsv
-- for every match, and a TOASTed tsv costs ~2-3x more per row (measured on 100k docs).
ALTER TABLE search_document ALTER COLUMN tsv SET STORAGE MAIN;
CREATE INDEX search_document_community ON search_document (community_id);
CREATE INDEX search_document_created ON search_document (created_at DESC);

-- Vocabulary: every folded surface word (3..40 letters a-z) with its dutch lexeme and document frequency.
CREATE TABLE search_term (
  word   text PRIMARY KEY,
  lexeme text NOT NULL,                 -- '' for stopwords
  ndoc   integer NOT NULL DEFAULT 0
);
CREATE INDEX search_term_word_trgm ON search_term USING gin (word gin_trgm_ops);
CREATE INDEX search_term_lexeme ON search_term (lexeme);

CREATE FUNCTION search_doc_words(title text, keywords text, body text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT w FROM (
    SELECT search_fold(lexeme) AS w
    FROM unnest(to_tsvector('simple'::regconfig, title || ' ' || keywords || ' ' || body))) x
  WHERE w ~ '^[a-z]{3,40}$' $$;

CREATE FUNCTION search_lexeme(word text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce((tsvector_to_array(to_tsvector('dutch'::regconfig, word)))[1], '') $$;

-- Statement-level triggers with transition tables keep search_term.ndoc exact per statement
-- (one upsert per distinct word per statement, words locked in sorted order).
CREATE FUNCTION search_term_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_term AS t (word, lexeme, ndoc)
  SELECT w, search_lexeme(w), count(*) FROM new_rows n, search_doc_words(n.title, n.keywords, n.body) w
  GROUP BY w ORDER BY w
  ON CONFLICT (word) DO UPDATE SET ndoc = t.ndoc + excluded.ndoc;
  RETURN NULL;
END $$;
CREATE FUNCTION search_term_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_term t SET ndoc = t.ndoc - x.n
  FROM (SELECT w, count(*) AS n FROM old_rows o, search_doc_words(o.title, o.keywords, o.body) w GROUP BY w) x
  WHERE t.word = x.w;
  RETURN NULL;
END $$;
CREATE FUNCTION search_term_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH delta AS (
    SELECT w, sum(d)::int AS d FROM (
      SELECT w, 1 AS d FROM new_rows n, search_doc_words(n.title, n.keywords, n.body) w
      UNION ALL
      SELECT w, -1 FROM old_rows o, search_doc_words(o.title, o.keywords, o.body) w) x
    GROUP BY w HAVING sum(d) <> 0)
  INSERT INTO search_term AS t (word, lexeme, ndoc)
  SELECT w, search_lexeme(w), d FROM delta ORDER BY w
  ON CONFLICT (word) DO UPDATE SET ndoc = t.ndoc + excluded.ndoc;
  RETURN NULL;
END $$;
`;

// Created after bulk loads (and in migrations right after the table).
export const SCHEMA_SEARCH_INDEXES = /* sql */ `
CREATE INDEX search_document_tsv ON search_document USING gin (tsv);
`;
export const SCHEMA_SEARCH_TRIGGERS = /* sql */ `
CREATE TRIGGER search_term_ins AFTER INSERT ON search_document
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_add();
CREATE TRIGGER search_term_del AFTER DELETE ON search_document
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_remove();
CREATE TRIGGER search_term_upd AFTER UPDATE ON search_document
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_change();
`;

// Full rebuild (after bulk import / as a repair job). ts_stat aggregates in C and is much faster than the trigger path.
export const REBUILD_VOCABULARY = /* sql */ `
TRUNCATE search_term;
INSERT INTO search_term (word, lexeme, ndoc)
SELECT w, search_lexeme(w), sum(ndoc)
FROM (SELECT search_fold(word) AS w, ndoc
      FROM ts_stat('SELECT to_tsvector(''simple''::regconfig, title || '' '' || keywords || '' '' || body) FROM search_document')) s
WHERE w ~ '^[a-z]{3,40}$'
GROUP BY w;
`;

// ───────────────────────────────────────────── query analysis (1 round trip) ─────────────────────
// $1 = folded query words, $2 = phrases. Per word: its lexeme, document frequency, inflection variants
// that exist in the vocabulary, known vocabulary words inside it (compound pieces, words >= 8 letters)
// and trigram neighbours (only when the word is rare/unknown).
export const ANALYZE_SQL = /* sql */ `
WITH q AS (
  SELECT ord::int, w, search_lexeme(w) AS stem FROM unnest($1::text[]) WITH ORDINALITY AS t(w, ord)
), s AS (
  SELECT q.*, coalesce((SELECT sum(t.ndoc) FROM search_term t WHERE t.lexeme = q.stem AND t.ndoc > 0 AND q.stem <> ''), 0)::int AS ndoc
  FROM q
)
SELECT 'word' AS kind, s.ord, s.w, s.stem, s.ndoc,
  ARRAY(SELECT DISTINCT t.lexeme FROM search_term t
        WHERE t.ndoc > 0 AND s.stem <> '' AND t.lexeme <> s.stem AND t.lexeme = ANY (ARRAY[
          s.stem || 's',                                                     -- relatie -> relaties
          s.stem || right(s.stem, 1),                                        -- gezin -> gezinn(en)
          CASE WHEN s.stem LIKE '%s' THEN left(s.stem, -1) END,              -- allianties -> alliantie
          CASE WHEN s.stem ~ '([bdfgklmnprt])\\1$' THEN left(s.stem, -1) END])   -- gezinn -> gezin
       ) AS variants,
  (SELECT coalesce(json_agg(k), '[]') FROM (
     SELECT DISTINCT t.word, t.lexeme, t.ndoc
     FROM generate_series(1, length(s.w) - 3) i CROSS JOIN generate_series(4, length(s.w) - 1) l
     JOIN search_term t ON t.word = substr(s.w, i, l)
     WHERE length(s.w) >= 8 AND i + l - 1 <= length(s.w) AND t.ndoc > 0 AND t.lexeme <> '') k) AS pieces,
  (SELECT coalesce(json_agg(c), '[]') FROM (
     SELECT t.word, t.lexeme, t.ndoc
     FROM search_term t
     WHERE s.ndoc < 3 AND length(s.w) >= 4 AND t.word % s.w AND t.ndoc > 0 AND t.lexeme <> '' AND t.word <> s.w
     ORDER BY similarity(t.word, s.w) DESC, t.ndoc DESC, t.word LIMIT 12) c) AS similar,
  NULL::text AS phrase
FROM s
UNION ALL
SELECT 'phrase', ord::int, p, NULL, NULL, NULL, NULL, NULL, phraseto_tsquery('dutch'::regconfig, p)::text
FROM unnest($2::text[]) WITH ORDINALITY AS t(p, ord)
ORDER BY 1 DESC, 2`;

// ───────────────────────────────────────────── search (1 round trip) ─────────────────────────────
// $1 user id (NULL = anonymous)  $2 tsquery (all expansions)  $3 tsquery[] (one per clause, exact forms only)
// $4 types  $5 community ids  $6 qualifications  $7 levels  $8 collaboration forms  $9 tags (all must match)
// $10 from  $11 to  $12 limit  $13 offset  $14 ts_headline options for the body
// Facets are "disjunctive": each facet is counted with every filter except its own. All counts come from
// the permission-filtered hit set, so nothing from an invisible community is ever counted.
const HEADLINE_TITLE = 'HighlightAll=true, StartSel=\uE000, StopSel=\uE001';
const HEADLINE_BODY = 'MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … ", StartSel=\uE000, StopSel=\uE001';
export function searchSql({ browse, clauses = 1 }) {
  const match = browse ? 'TRUE' : 'd.tsv @@ $2::tsquery';
  // number of clauses matched in their exact forms: the primary sort key (exact forms above prefix/parts/typos)
  const exact = browse ? '0' : Array.from({ length: clauses }, (_, i) => `(d.tsv @@ ($3::tsquery[])[${i + 1}])::int`).join(' + ');
  // ts_rank_cd (cover density) only pays off with several clauses (proximity); it costs ~2x ts_rank per row
  const rank = browse ? '0::real'
    : `${clauses > 1 ? 'ts_rank_cd' : 'ts_rank'}('{0.1, 0.2, 0.4, 1.0}', d.tsv, $2::tsquery, 1|32)`;
  const hl = (col, opts) => (browse ? (col === 'body' ? 'left(d.body, 240)' : `d.${col}`) : `ts_headline('dutch'::regconfig, d.${col}, $2::tsquery, ${opts})`);
  // browse: keep $2/$3/$14 referenced so their types are known (an unreferenced untyped parameter is an error)
  const unused = browse ? 'unused AS (SELECT $2::text, $3::text[], $14::text), ' : '';
  return /* sql */ `
WITH ${unused}visible AS (
  SELECT c.id FROM community c WHERE c.visibility = 'PUBLIC'
  UNION
  SELECT m.community_id FROM community_member m WHERE m.user_id = $1::uuid
), f AS MATERIALIZED (
  SELECT d.id, d.type, d.community_id, d.tags, d.qualifications, d.levels, d.collaboration_forms, d.created_at,
    ${exact} AS exact,
    ${rank} AS rank,
    ($4::text[]     IS NULL OR d.type = ANY ($4))                  AS ok_type,
    ($5::uuid[]     IS NULL OR d.community_id = ANY ($5))          AS ok_comm,
    ($6::text[]     IS NULL OR d.qualifications && $6)             AS ok_qual,
    ($7::smallint[] IS NULL OR d.levels && $7)                     AS ok_level,
    ($8::text[]     IS NULL OR d.collaboration_forms && $8)        AS ok_form,
    ($9::text[]     IS NULL OR d.tags @> $9)                       AS ok_tag,
    (($10::timestamptz IS NULL OR d.created_at >= $10) AND ($11::timestamptz IS NULL OR d.created_at < $11)) AS ok_date
  FROM search_document d
  WHERE ${match}
    AND (d.community_id IS NULL OR d.community_id IN (SELECT id FROM visible))
), page AS (
  SELECT id, exact, rank FROM f
  WHERE ok_type AND ok_comm AND ok_qual AND ok_level AND ok_form AND ok_tag AND ok_date
  ORDER BY exact DESC, rank DESC, created_at DESC, id
  LIMIT $12 OFFSET $13
)
SELECT json_build_object(
  'total', (SELECT count(*) FROM f WHERE ok_type AND ok_comm AND ok_qual AND ok_level AND ok_form AND ok_tag AND ok_date),
  'hits', (SELECT coalesce(json_agg(json_build_object(
             'id', d.id, 'type', d.type, 'subjectId', d.subject_id, 'communityId', d.community_id,
             'createdAt', d.created_at, 'exact', p.exact, 'rank', p.rank,
             'title', ${hl('title', `'${HEADLINE_TITLE}'`)},
             'snippet', ${hl('body', '$14')})
           ORDER BY p.exact DESC, p.rank DESC, d.created_at DESC, d.id), '[]')
           FROM page p JOIN search_document d ON d.id = p.id),
  'facets', json_build_object(
    'type', (SELECT coalesce(json_object_agg(k, n ORDER BY n DESC, k), '{}') FROM (SELECT type AS k, count(*) AS n FROM f
              WHERE ok_comm AND ok_qual AND ok_level AND ok_form AND ok_tag AND ok_date GROUP BY 1) x),
    'community', (SELECT coalesce(json_object_agg(coalesce(k::text, 'site'), n ORDER BY n DESC, k), '{}') FROM (SELECT community_id AS k, count(*) AS n FROM f
              WHERE ok_type AND ok_qual AND ok_level AND ok_form AND ok_tag AND ok_date GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50) x),
    'qualification', (SELECT coalesce(json_object_agg(k, n ORDER BY n DESC, k), '{}') FROM (SELECT v AS k, count(*) AS n FROM f, unnest(f.qualifications) v
              WHERE ok_type AND ok_comm AND ok_level AND ok_form AND ok_tag AND ok_date GROUP BY 1) x),
    'level', (SELECT coalesce(json_object_agg(k, n ORDER BY n DESC, k), '{}') FROM (SELECT v AS k, count(*) AS n FROM f, unnest(f.levels) v
              WHERE ok_type AND ok_comm AND ok_qual AND ok_form AND ok_tag AND ok_date GROUP BY 1) x),
    'form', (SELECT coalesce(json_object_agg(k, n ORDER BY n DESC, k), '{}') FROM (SELECT v AS k, count(*) AS n FROM f, unnest(f.collaboration_forms) v
              WHERE ok_type AND ok_comm AND ok_qual AND ok_level AND ok_tag AND ok_date GROUP BY 1) x),
    'tag', (SELECT coalesce(json_object_agg(k, n ORDER BY n DESC, k), '{}') FROM (SELECT v AS k, count(*) AS n FROM f, unnest(f.tags) v
              WHERE ok_type AND ok_comm AND ok_qual AND ok_level AND ok_form AND ok_date GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30) x),
    'year', (SELECT coalesce(json_object_agg(k, n ORDER BY k DESC), '{}') FROM (SELECT extract(year FROM created_at)::int AS k, count(*) AS n FROM f
              WHERE ok_type AND ok_comm AND ok_qual AND ok_level AND ok_form AND ok_tag GROUP BY 1) x))
) AS result`;
}

// ───────────────────────────────────────────── query rewriting (JS) ──────────────────────────────
export function fold(s) {
  let out = '';
  for (const ch of s.toLowerCase()) {
    const i = FOLD_FROM.indexOf(ch);
    out += i < 0 ? ch : FOLD_TO[i];
  }
  return out;
}
const words = (s) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** "a b" → AND; "OF"/"OR"/"|" between terms → OR; "quoted phrase"; -word / -"phrase" → NOT. */
export function parseQuery(input) {
  const clauses = []; // each: array of alternatives {kind:'word'|'phrase', text}
  const negations = [];
  let orNext = false;
  for (const m of String(input ?? '').slice(0, 300).matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const neg = m[1] === '-' || (m[3] ?? '').startsWith('-');
    if (m[3] && /^(OF|OR|\|)$/.test(m[3])) { orNext = clauses.length > 0; continue; }
    const terms = m[2] !== undefined
      ? (words(m[2]).length ? [{ kind: 'phrase', text: words(m[2]).join(' ') }] : [])
      : words(m[3]).map((w) => ({ kind: 'word', text: w }));
    if (!terms.length) continue;
    if (neg) { negations.push(...terms); orNext = false; continue; }
    if (orNext && terms.length === 1) clauses[clauses.length - 1].push(terms[0]);
    else for (const t of terms) clauses.push([t]);
    orNext = false;
  }
  return { clauses: clauses.slice(0, 8), negations: negations.slice(0, 4) };
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function osa(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const c = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

const LINKERS = ['', 's', 'e', 'en'];   // Dutch linking morphemes: samenwerking|s|relatie, gezin|s|plan, pann|en|koek
const MIN_PART = 4;                      // known parts: zorg, hulp, werk, kind
const MIN_UNKNOWN = 5;                   // an unknown segment must be longer (keeps be|leiding, ge|zinnen out)
const PREFIX_MAX_NDOC = 50;              // add 'stem':* only when the word itself is in fewer documents
// Separable particles / prefixes: words built on them are derivations, not compounds (samen+werking, over+leg).
const NOT_A_MODIFIER = new Set(['samen', 'door', 'onder', 'over', 'voor', 'terug', 'tegen', 'mede', 'achter', 'binnen',
  'buiten', 'inter', 'multi', 'trans', 'anti', 'zelf', 'mee', 'toe', 'weder', 'verder', 'boven', 'rond', 'omver']);

/**
 * Split a word into vocabulary words joined by linking morphemes. At most one segment may be unknown
 * (jeugd|hulpverlener when "jeugd" never occurs alone); unknown segments are not searched for.
 * Preference: no unknown segment, then fewest parts, then a known head (Dutch compounds are
 * right-headed), then the highest mean log document frequency (Koehn & Knight).
 */
export function splitCompound(w, pieces /* Map word -> {lexeme, ndoc} */) {
  const n = w.length;
  const starts = new Map();
  for (const word of pieces.keys())
    for (let k = w.indexOf(word); k >= 0; k = w.indexOf(word, k + 1)) (starts.get(k) ?? starts.set(k, []).get(k)).push(word);
  const found = [];
  const dfs = (i, parts, unknown) => {
    if (i === n) { if (parts.length >= 2) found.push({ parts, unknown }); return; }
    if (parts.length >= 4) return;
    for (const word of starts.get(i) ?? []) {
      const j = i + word.length;
      if (word.length < MIN_PART || (i === 0 && j >= n - 2)) continue; // the word itself or an inflection of it
      if (i === 0 && NOT_A_MODIFIER.has(word)) continue;
      for (const l of LINKERS) if (j + l.length <= n && w.startsWith(l, j)) dfs(j + l.length, [...parts, { word, ...pieces.get(word) }], unknown);
    }
    if (!unknown)
      for (let j = i + MIN_UNKNOWN; j <= n; j++)
        if ((j === n || starts.has(j)) && !(i === 0 && (j >= n - 2 || NOT_A_MODIFIER.has(w.slice(0, j)))))
          dfs(j, [...parts, { word: w.slice(i, j), unknown: true }], true);
  };
  dfs(0, [], false);
  const ok = found.filter((s) => {
    const known = s.parts.filter((p) => !p.unknown);
    return known.length > 0 && (!s.unknown || known.every((p) => p.word.length >= 5));
  });
  const key = (s) => {
    const known = s.parts.filter((p) => !p.unknown);
    return [s.unknown ? 1 : 0, s.parts.length, s.parts[s.parts.length - 1].unknown ? 1 : 0,
      -known.reduce((a, p) => a + Math.log(1 + p.ndoc), 0) / known.length];
  };
  ok.sort((a, b) => { const ka = key(a), kb = key(b); for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i]; return 0; });
  return ok.length ? ok[0].parts.filter((p) => !p.unknown) : [];
}

const q = (lexeme, prefix = false) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;

/**
 * Expand one word. tier 1 (exact): its lexeme + inflection variants found in the vocabulary.
 * tier 2 (related, ranked lower): prefix of the lexeme, compound parts, typo corrections of known words.
 * Corrections of an unknown word are tier 1.
 */
export function expandWord(row) {
  const w = row.w, stem = row.stem;
  const exact = new Set(), related = new Set(), info = { w, stem };
  if (!stem) return { exact: [], related: [], info: { ...info, stopword: true } };
  exact.add(q(stem));
  for (const v of row.variants ?? []) exact.add(q(v));
  // prefix (gezin → gezinscoach, truncated input) only for rare/unknown words: for common words the prefix
  // family is large ('jonger':* doubles the matches of 'jonger') and every extra match costs rank + facet work
  if (stem.length >= 5 && row.ndoc < PREFIX_MAX_NDOC) related.add(q(stem, true));
  // compound split
  const pieces = new Map((row.pieces ?? []).map((p) => [p.word, { lexeme: p.lexeme, ndoc: p.ndoc }]));
  const parts = w.length >= 8 ? splitCompound(w, pieces) : [];
  // parts: exact lexeme plus its -s plural (snowball keeps "relaties"), no prefix: a part prefix such as 'ouder':*
  // would pull in every compound starting with it and make the query broad and slow
  for (const p of parts) { related.add(q(p.lexeme)); if (/[aeiou]$/.test(p.lexeme)) related.add(q(p.lexeme + 's')); }
  if (parts.length) info.parts = parts.map((p) => p.word);
  // typo correction: unknown word → best trigram neighbours within edit distance; rare word → much more frequent neighbour
  const known = row.ndoc > 0 || (row.variants ?? []).length > 0;
  const maxDist = w.length <= 5 ? 1 : 2;
  const cands = (row.similar ?? [])
    .map((c) => ({ ...c, dist: osa(w, c.word) }))
    .filter((c) => c.dist <= maxDist)
    .sort((a, b) => a.dist - b.dist || b.ndoc - a.ndoc || (a.word < b.word ? -1 : 1));
  const typos = !known
    ? cands.slice(0, 3)
    : cands.filter((c) => c.dist === 1 && c.ndoc >= 3 && c.ndoc >= 5 * row.ndoc).slice(0, 2);
  // an unknown word is most likely a typo: its corrections count as exact ("did you mean"); for a known but
  // rare word the much more frequent neighbour is only related
  for (const c of typos) (known ? related : exact).add(q(c.lexeme));
  if (typos.length) info.typos = typos.map((c) => c.word);
  for (const e of exact) related.delete(e);
  return { exact: [...exact], related: [...related], info };
}

/** Turns user input into { tsquery, exactQueries[], explain } using one round trip (ANALYZE_SQL). */
export async function rewriteQuery(db, input) {
  const parsed = parseQuery(input);
  const all = [...parsed.clauses.flat(), ...parsed.negations];
  const wordList = [...new Set(all.filter((t) => t.kind === 'word').map((t) => t.text))];
  const phraseList = [...new Set(all.filter((t) => t.kind === 'phrase').map((t) => t.text))];
  if (!wordList.length && !phraseList.length) return null;
  const { rows } = await db.query(ANALYZE_SQL, [wordList, phraseList]);
  const byWord = new Map(), byPhrase = new Map();
  for (const r of rows) {
    if (r.kind === 'word') byWord.set(r.w, r);
    else byPhrase.set(r.w, r.phrase);
  }
  const termQuery = (t) => {
    if (t.kind === 'phrase') { const p = byPhrase.get(t.text); return p ? { exact: [`(${p})`], related: [], info: { phrase: t.text } } : null; }
    const e = expandWord(byWord.get(t.text));
    return e.exact.length ? e : null;
  };
  const clauseAll = [], clauseExact = [], explain = [];
  for (const clause of parsed.clauses) {
    const alts = clause.map(termQuery).filter(Boolean);
    if (!alts.length) continue; // stopwords only
    clauseAll.push(`(${alts.flatMap((a) => [...a.exact, ...a.related]).join(' | ')})`);
    clauseExact.push(`(${alts.flatMap((a) => a.exact).join(' | ')})`);
    explain.push(...alts.map((a) => a.info));
  }
  if (!clauseAll.length) return null;
  const nots = parsed.negations.map(termQuery).filter(Boolean).map((a) => `!(${a.exact.join(' | ')})`);
  return { tsquery: [...clauseAll, ...nots].join(' & '), exactQueries: clauseExact, explain };
}

/** The whole search: rewrite + one SQL statement (hits page with headlines, total, facets). */
export async function search(db, { text, userId = null, filters = {}, limit = 20, offset = 0 }) {
  const t0 = performance.now();
  const rq = text && text.trim() ? await rewriteQuery(db, text) : null;
  const t1 = performance.now();
  if (text && text.trim() && !rq) return { total: 0, hits: [], facets: {}, rewritten: null };
  const f = filters;
  const arr = (v) => (v && v.length ? v : null);
  const { rows } = await db.query(searchSql({ browse: !rq, clauses: rq?.exactQueries.length }), [
    userId, rq?.tsquery ?? null, rq?.exactQueries ?? null,
    arr(f.types), arr(f.communities), arr(f.qualifications), arr(f.levels), arr(f.forms), arr(f.tags),
    f.from ?? null, f.to ?? null, limit, offset, HEADLINE_BODY,
  ]);
  return { ...rows[0].result, rewritten: rq, ms: { rewrite: t1 - t0, search: performance.now() - t1 } };
}

/** Render a headline safely: escape HTML, then turn the sentinels into <mark>. */
export const headlineToHtml = (s) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\uE000/g, '<mark>').replace(/\uE001/g, '</mark>');

/** What the modules feed into search_document.body: plain text. '<' and '>' must go: the default
 *  parser treats "<script ...>"/"<style ...>" as tags and drops everything up to the closing tag. */
export const toSearchText = (markdown) =>
  String(markdown ?? '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[<>]/g, ' ')
    .replace(/[#*_`~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// ───────────────────────────────────────────── connections ───────────────────────────────────────
async function openPostgres() {
  const admin = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_DB}`);
  await admin.query(`CREATE DATABASE ${PG_DB}`);
  await admin.end();
  const pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'postgres', database: PG_DB, max: 4 });
  return {
    name: 'postgres15',
    query: (sql, params) => pool.query(sql, params),
    async close() {
      await pool.end();
      if (KEEP) return;
      const a = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${PG_DB}`);
      await a.end();
    },
  };
}

async function openPglite(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  if (DIRECT) {
    return {
      name: 'pglite(direct)',
      query: (sql, params) => (params ? db.query(sql, params) : db.exec(sql).then((r) => r[r.length - 1])),
      async close() { await db.close(); if (dir) rmSync(dir, { recursive: true, force: true }); },
    };
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  const pool = new pg.Pool({ host, port: Number(port), user: 'postgres', password: 'postgres', database: 'postgres', max: 2 });
  return {
    name: 'pglite0.5.14',
    query: (sql, params) => pool.query(sql, params),
    async close() {
      await pool.end(); await server.stop(); await db.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createSchema(db, { triggers = true, indexes = true } = {}) {
  await db.query(SCHEMA_APP_MIRROR);
  await db.query(SCHEMA_SEARCH);
  if (indexes) await db.query(SCHEMA_SEARCH_INDEXES);
  if (triggers) await db.query(SCHEMA_SEARCH_TRIGGERS);
}

// ───────────────────────────────────────────── demo content ──────────────────────────────────────
const uid = (key) => {
  const h = createHash('sha1').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const USERS = { alice: uid('user:alice'), bob: uid('user:bob'), carol: uid('user:carol') };
const COMMUNITIES = [
  { key: 'utrecht', name: 'Jeugdzorg Utrecht', visibility: 'PUBLIC', members: ['alice', 'bob'] },
  { key: 'onderwijs', name: 'Onderwijs en zorg', visibility: 'PUBLIC', members: [] },
  { key: 'veilig', name: 'Team Veilig Thuis', visibility: 'PRIVATE', members: ['alice'] },
  { key: 'bestuur', name: 'Bestuurskamer', visibility: 'PRIVATE', members: ['carol'] },
];
// [key, type, community|null, title, body, tags, qualifications, levels, forms, date]
const DOCS = [
  ['rel-plural', 'KNOWLEDGE_ITEM', null, 'Samenwerkingsrelaties tussen school en wijkteam',
    'Goede samenwerkingsrelaties ontstaan niet vanzelf. Leerkrachten en het wijkteam investeren in vertrouwen, heldere afspraken en vast overleg.',
    ['onderwijs'], ['B2'], [3], ['ketensamenwerking'], '2024-03-01'],
  ['rel-singular', 'CASE', 'utrecht', 'Een moeizame samenwerkingsrelatie met de wijkagent',
    'De mentor ervaart weinig steun. Hoe herstel je het vertrouwen wanneer afspraken steeds niet worden nagekomen?',
    ['casus'], ['B4'], [2], ['netwerksamenwerking'], '2024-05-12'],
  ['rel-body', 'RESPONSE', 'utrecht', 'Reactie op de casus over de wijkagent',
    'Ik zou eerst de samenwerkingsrelatie expliciet bespreken: wat verwacht je van elkaar en wat is ieders rol?',
    [], ['B4'], [2], [], '2024-05-13'],
  ['samenwerking-only', 'KNOWLEDGE_ITEM', null, 'Samenwerking in de wijk',
    'Wijkgerichte samenwerking vraagt om korte lijnen tussen huisarts, school en wijkteam.',
    ['wijk'], ['B2', 'B5'], [2, 3], ['netwerksamenwerking'], '2023-11-20'],
  ['samenwerken-verb', 'SESSION', 'onderwijs', 'Intervisie: leren van elkaar',
    'In deze sessie oefenen studenten hoe je met ouders en leerkrachten kunt samenwerken zonder de regie over te nemen.',
    ['intervisie'], ['B7'], [1], [], '2024-09-02'],
  ['alliantie', 'KNOWLEDGE_ITEM', null, 'De werkalliantie volgens Bordin (1979)',
    'Bordin beschrijft de therapeutische alliantie als overeenstemming over doelen en taken en een emotionele band tussen cliënt en hulpverlener.',
    ['theorie'], ['B2'], [3, 4], ['alliantie'], '2022-01-10'],
  ['allianties', 'KNOWLEDGE_ITEM', null, 'Allianties met ouders versterken',
    'Meervoudige allianties in gezinnen vragen aandacht voor elk gezinslid afzonderlijk (Friedlander et al., 2011).',
    ['ouders'], ['B3'], [3], ['alliantie'], '2022-06-01'],
  ['alliantie-private', 'CASE', 'bestuur', 'Bestuurlijke alliantie met de gemeente',
    'Vertrouwelijk: onderhandeling over de alliantie en de financiering van de jeugdhulp.',
    ['bestuur'], [], [], [], '2024-02-02'],
  ['gezin', 'KNOWLEDGE_ITEM', null, 'Eén gezin, één plan',
    'Bij één gezin hoort één plan en één regisseur. Het gezin bepaalt mee welke hulp passend is.',
    ['gezin'], ['B1'], [2], ['ketensamenwerking'], '2021-04-04'],
  ['gezinnen', 'SESSION', 'utrecht', 'Ondersteuning van gezinnen met jonge kinderen',
    'Voor gezinnen met jonge kinderen is vroegsignalering door het consultatiebureau belangrijk.',
    ['gezin', 'vroegsignalering'], ['B1'], [1], [], '2024-10-10'],
  ['gezien-trap', 'MESSAGE', 'utrecht', '',
    'Heb je het nieuwe protocol al gezien? Het staat in de gedeelde map.',
    [], [], [], [], '2024-10-11'],
  ['jongeren-title', 'KNOWLEDGE_ITEM', null, 'Jongeren betrekken bij hun eigen plan',
    'Participatie vergroot de motivatie. Laat de doelen formuleren in eigen woorden.',
    ['participatie'], ['B6'], [2], [], '2023-02-02'],
  ['jongeren-body', 'KNOWLEDGE_ITEM', null, 'Participatie in de praktijk',
    'Een handreiking voor professionals over hoe jongeren invloed krijgen op beslissingen die hen raken.',
    ['participatie'], ['B6'], [2], [], '2023-02-03'],
  ['hulpverlener', 'KNOWLEDGE_ITEM', null, 'De rol van de hulpverlener in het netwerk',
    'Het werk van de hulpverlener: formele en informele steun rond het kind verbinden.',
    ['netwerk'], ['B5'], [3], ['netwerksamenwerking'], '2023-06-06'],
  ['hulpverleners', 'SESSION', 'onderwijs', 'Hulpverleners en docenten in gesprek',
    'Een gesprek over verwachtingen over en weer tussen onderwijs en zorg.',
    ['onderwijs'], ['B5'], [2], [], '2024-01-15'],
  ['jeugdhulpverleners', 'KNOWLEDGE_ITEM', null, 'Jeugdhulpverleners onder druk',
    'Werkdruk en verloop bij jeugdhulpverleners hebben gevolgen voor de continuïteit van zorg.',
    ['werkdruk'], ['B8'], [4], [], '2023-09-09'],
  ['werkrelatie', 'KNOWLEDGE_ITEM', null, 'Een goede werkrelatie opbouwen',
    'De werkrelatie met de cliënt is een van de sterkste voorspellers van uitkomsten (Horvath & Bedi, 2002).',
    ['alliantie'], ['B2'], [2, 3], ['alliantie'], '2022-08-08'],
  ['interprofessioneel', 'KNOWLEDGE_ITEM', null, 'Interprofessioneel werken volgens D\'Amour',
    'D\'Amour et al. (2005) beschrijven interprofessionele samenwerking aan de hand van gedeelde doelen, vertrouwen en formalisering.',
    ['ipw'], ['B9'], [4], ['interprofessioneel'], '2021-05-05'],
  ['coordinatie', 'KNOWLEDGE_ITEM', null, 'Coördinatie van zorg rond het kind',
    'Zonder coördinatie langs elkaar heen werken: een bekend risico bij multiprobleemsituaties.',
    ['regie'], ['B5'], [3], ['ketensamenwerking'], '2022-03-03'],
  ['multiprobleem', 'CASE', 'utrecht', 'Vastgelopen hulp bij een multiprobleemgezin',
    'Zeven instanties zijn betrokken, maar niemand heeft de regie. De moeder voelt zich niet gehoord.',
    ['regie'], ['B5'], [3], [], '2024-06-06'],
  ['private-secret', 'CASE', 'veilig', 'Vertrouwelijke casus: samenwerkingsrelatie met pleegouders',
    'Interne bespreking over pleegzorgmatching en de samenwerkingsrelatie met de pleegouders.',
    ['pleegzorg'], ['B2'], [3], ['ketensamenwerking'], '2024-07-07'],
  ['private-msg', 'MESSAGE', 'veilig', '',
    'Kunnen we de pleegzorgmatching morgen bespreken? De alliantie met de moeder staat onder druk.',
    [], [], [], [], '2024-07-08'],
  ['script-trap', 'RESPONSE', 'utrecht', 'Voorbeeldcode in een reactie',
    toSearchText('Plak nooit <script>alert(1)</script> in een formulier. Over opvoedondersteuning: zie de richtlijn.'),
    [], [], [], [], '2024-08-08'],
  ['script-trap-raw', 'RESPONSE', 'utrecht', 'Ruwe HTML in een reactie',
    'Plak nooit <script>alert(1) in een formulier. Over opvoedingsondersteuning: zie de richtlijn.',
    [], [], [], [], '2024-08-09'],
  ['instrument-srs', 'INSTRUMENT', 'utrecht', 'Session Rating Scale: de alliantie meten',
    'Korte vragenlijst van vier items die na elk gesprek de kwaliteit van de werkrelatie meet.',
    ['meten'], ['B2'], [3], ['alliantie'], '2023-03-03'],
  ['community-utrecht', 'COMMUNITY', 'utrecht', 'Jeugdzorg Utrecht',
    'Community voor professionals in de Utrechtse jeugdzorg: casuïstiek, intervisie en kennisdeling.',
    [], [], [], [], '2020-01-01'],
  ['community-veilig', 'COMMUNITY', 'veilig', 'Team Veilig Thuis',
    'Besloten community voor het team. Alleen leden zien de casuïstiek.',
    [], [], [], [], '2020-01-02'],
  ['ouders-phrase', 'KNOWLEDGE_ITEM', null, 'Partnerschap met ouders',
    'Samenwerking met ouders begint bij gelijkwaardigheid: ouders zijn ervaringsdeskundigen over hun kind.',
    ['ouders'], ['B3'], [2], ['partnerschap'], '2023-10-10'],
  ['ouders-scattered', 'KNOWLEDGE_ITEM', null, 'Gesprekken voeren met ouders',
    'Ouders voelen zich serieus genomen als er ruimte is voor hun verhaal; samenwerking volgt daarna vanzelf.',
    ['ouders'], ['B3'], [1], [], '2023-10-11'],
  ['empowerment', 'KNOWLEDGE_ITEM', null, 'Empowerment als grondhouding',
    'Empowerment richt zich op de eigen kracht en regie van cliënten en hun netwerk.',
    ['theorie'], ['B6'], [2], [], '2021-07-07'],
  ['oplossingsgericht', 'KNOWLEDGE_ITEM', null, 'Oplossingsgericht werken met jongeren',
    'Vragen naar uitzonderingen en schaalvragen helpen jongeren hun eigen doelen te formuleren.',
    ['methodiek'], ['B6'], [2], [], '2022-02-22'],
  ['systeemtheorie', 'KNOWLEDGE_ITEM', null, 'Systeemtheorie in de jeugdzorg',
    'Gedrag van een kind wordt begrepen in samenhang met het gezin en de bredere omgeving.',
    ['theorie'], ['B1'], [3], [], '2020-09-09'],
  ['krachtgericht', 'KNOWLEDGE_ITEM', null, 'Krachtgericht werken',
    'Het krachtenperspectief zoekt naar wat wel lukt in plaats van naar tekorten.',
    ['theorie'], ['B6'], [2], [], '2021-03-03'],
  ['communicatie', 'KNOWLEDGE_ITEM', null, 'Communicatietheorie voor professionals',
    'Elke uiting heeft een inhouds- en een betrekkingsniveau; misverstanden zitten vaak in het laatste.',
    ['theorie'], ['B4'], [1], [], '2020-10-10'],
  ['ketenpartners', 'CASE', 'onderwijs', 'Ketenpartners delen geen informatie',
    'School en jeugdhulp mogen volgens de privacywet meer delen dan ze denken, mits met toestemming.',
    ['privacy'], ['B8'], [3], ['ketensamenwerking'], '2024-04-04'],
  ['casusregie', 'KNOWLEDGE_ITEM', null, 'Casusregie en procesregie',
    'Wie heeft de regie als meerdere organisaties betrokken zijn? Een overzicht van modellen.',
    ['regie'], ['B5'], [4], ['ketensamenwerking'], '2022-12-12'],
  ['multidisciplinair', 'SESSION', 'utrecht', 'Multidisciplinair overleg voorbereiden',
    'Een goede voorbereiding maakt het overleg korter en de afspraken concreter.',
    ['overleg'], ['B7'], [2], ['multidisciplinair'], '2024-11-11'],
  ['stage', 'KNOWLEDGE_ITEM', null, 'Stagebegeleiding door de praktijkopleider',
    'De praktijkopleider koppelt leerdoelen aan de kwalificaties van de leerlijn.',
    ['stage'], ['B7'], [1], [], '2023-01-01'],
  ['transitie', 'CASE', 'onderwijs', 'Van jeugdhulp naar volwassenenzorg',
    'Bij de overgang naar achttien jaar valt de hulp vaak weg. Hoe zorgen we voor continuïteit?',
    ['18min18plus'], ['B8'], [3], [], '2024-12-01'],
  ['msg-1', 'MESSAGE', 'utrecht', '', 'Dank voor de tips over de werkrelatie, ik ga het morgen proberen.', [], [], [], [], '2024-12-02'],
  ['msg-2', 'MESSAGE', 'onderwijs', '', 'Wie heeft ervaring met samenwerking tussen school en huisarts?', [], [], [], [], '2024-12-03'],
  ['msg-3', 'MESSAGE', 'utrecht', '', 'De jongeren uit de groep gaven aan dat ze zich gehoord voelden.', [], [], [], [], '2024-12-04'],
  ['wijkteam', 'KNOWLEDGE_ITEM', null, 'Het wijkteam als spil',
    'Het wijkteam is het eerste aanspreekpunt voor gezinnen met vragen over opvoeden en opgroeien.',
    ['wijk'], ['B1'], [2], ['netwerksamenwerking'], '2021-08-08'],
  ['privacy', 'KNOWLEDGE_ITEM', null, 'Gegevensdeling en privacy in de jeugdhulp',
    'Een stappenplan voor het delen van gegevens met ketenpartners.',
    ['privacy'], ['B8'], [3], ['ketensamenwerking'], '2022-11-11'],
  ['who-2010', 'KNOWLEDGE_ITEM', null, 'WHO (2010): Framework for Action on Interprofessional Education',
    'Het WHO-raamwerk beschrijft interprofessioneel onderwijs als voorwaarde voor samenwerkingsgerichte praktijk.',
    ['ipw'], ['B9'], [4], ['interprofessioneel'], '2020-02-02'],
  ['van-arum', 'KNOWLEDGE_ITEM', null, 'Van Arum et al.: integraal werken in de wijk',
    'Integraal werken vraagt professionals die over de grenzen van hun eigen vak heen kijken.',
    ['wijk'], ['B9'], [3], ['netwerksamenwerking'], '2020-03-03'],
  ['jeugdzorg-cijfers', 'KNOWLEDGE_ITEM', null, 'Jeugdzorg in cijfers',
    'Eén op de tien jongeren krijgt jeugdhulp; het aantal trajecten groeit elk jaar.',
    ['cijfers'], ['B8'], [1], [], '2024-01-01'],
  ['verwijzing', 'RESPONSE', 'onderwijs', 'Reactie: verwijzen zonder wachtlijst',
    'Wij maken gebruik van een consultatieteam zodat de leerkracht direct kan overleggen.',
    [], ['B4'], [2], [], '2024-04-05'],
  ['relatie-only', 'KNOWLEDGE_ITEM', null, 'De relatie als werkzame factor',
    'Niet de methode maar de relatie tussen professional en cliënt verklaart een groot deel van het effect.',
    ['theorie'], ['B2'], [2], [], '2021-12-12'],
];

async function loadDemo(db) {
  for (const c of COMMUNITIES) {
    await db.query('INSERT INTO community (id, slug, name, visibility) VALUES ($1, $2, $3, $4)', [uid(`c:${c.key}`), c.key, c.name, c.visibility]);
    for (const m of c.members) await db.query('INSERT INTO community_member VALUES ($1, $2)', [uid(`c:${c.key}`), USERS[m]]);
  }
  // one document per statement, like the app's write path (fires the vocabulary trigger each time)
  for (const [key, type, comm, title, body, tags, quals, levels, forms, date] of DOCS) {
    await db.query(
      `INSERT INTO search_document (id, type, subject_id, community_id, title, keywords, body, tags, qualifications, levels, collaboration_forms, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [uid(`d:${key}`), type, uid(`s:${key}`), comm ? uid(`c:${comm}`) : null, title, tags.join(' '), body, tags, quals, levels, forms, date]);
  }
}
const KEY_BY_ID = new Map(DOCS.map((d) => [uid(`d:${d[0]}`), d[0]]));
const C = (k) => uid(`c:${k}`);

// Each case: query + who + filters, and expectations on the ordered result keys.
const CASES = [
  { name: 'compound: samenwerkingsrelatie → exact forms first, then parts', text: 'samenwerkingsrelatie', user: 'bob',
    exactFirst: ['rel-plural', 'rel-singular', 'rel-body'], include: ['samenwerking-only', 'samenwerken-verb', 'relatie-only'],
    exclude: ['private-secret'] },
  { name: 'plural query finds singular and parts', text: 'samenwerkingsrelaties', user: 'bob',
    exactFirst: ['rel-plural', 'rel-singular', 'rel-body'], include: ['samenwerking-only'] },
  { name: 'member sees private samenwerkingsrelatie', text: 'samenwerkingsrelatie', user: 'alice', include: ['private-secret'] },
  { name: 'typo: allianite → alliantie', text: 'allianite', user: 'bob', exactFirst: ['alliantie', 'allianties', 'instrument-srs', 'werkrelatie'], exclude: ['alliantie-private', 'private-msg'] },
  { name: 'typo + compound: samenwerkingsrelatei', text: 'samenwerkingsrelatei', user: 'bob', exactFirst: ['rel-plural', 'rel-singular', 'rel-body'], include: ['samenwerking-only'] },
  { name: 'typo: interprofesioneel', text: 'interprofesioneel', user: 'bob', include: ['interprofessioneel'] },
  { name: 'alliantie/allianties both directions (werkrelatie has tag alliantie)', text: 'allianties', user: 'bob', exactFirst: ['alliantie', 'allianties', 'instrument-srs', 'werkrelatie'] },
  { name: 'anonymous: private content never counted', text: 'alliantie', user: null, exclude: ['alliantie-private', 'private-msg'], facetTotal: true },
  { name: 'member of other private community still excluded', text: 'alliantie', user: 'alice', include: ['private-msg'], exclude: ['alliantie-private'] },
  { name: 'private-only word: zero total and empty facets for non-member', text: 'pleegzorgmatching', user: 'bob', total: 0 },
  { name: 'private-only word: member finds both', text: 'pleegzorgmatching', user: 'alice', total: 2 },
  { name: 'gezinnen ↔ gezin, not gezien', text: 'gezinnen', user: 'bob', exactFirst: ['gezin', 'gezinnen', 'allianties', 'wijkteam', 'systeemtheorie'], exclude: ['gezien-trap'] },
  { name: 'gezin ↔ gezinnen, not gezien', text: 'gezin', user: 'bob', include: ['gezin', 'gezinnen', 'systeemtheorie'], exclude: ['gezien-trap'] },
  { name: 'title above body: jongeren', text: 'jongeren', user: 'bob', before: [['jongeren-title', 'jongeren-body']] },
  { name: 'hulpverleners = hulpverlener', text: 'hulpverleners', user: 'bob', include: ['hulpverlener', 'hulpverleners', 'alliantie'] },
  { name: 'compound split: jeugdhulpverlener', text: 'jeugdhulpverlener', user: 'bob', exactFirst: ['jeugdhulpverleners'], include: ['hulpverlener', 'hulpverleners'] },
  { name: 'werkrelatie exact first', text: 'werkrelatie', user: 'bob', exactFirst: ['werkrelatie', 'instrument-srs', 'msg-1'], include: ['relatie-only'] },
  { name: 'diacritics: coordinatie → Coördinatie', text: 'coordinatie', user: 'bob', exactFirst: ['coordinatie'] },
  { name: 'diacritics in query: coördinatie', text: 'Coördinatie', user: 'bob', exactFirst: ['coordinatie'] },
  { name: 'two words AND', text: 'samenwerking ouders', user: 'bob', include: ['ouders-phrase', 'ouders-scattered'], exclude: ['gezin'] },
  { name: 'phrase', text: '"samenwerking met ouders"', user: 'bob', include: ['ouders-phrase'], exclude: ['ouders-scattered'] },
  { name: 'negation', text: 'alliantie -ouders', user: 'bob', include: ['alliantie'], exclude: ['allianties'] },
  { name: 'OR', text: 'empowerment OF krachtgericht', user: 'bob', include: ['empowerment', 'krachtgericht'] },
  { name: 'type filter keeps type facet disjunctive', text: 'samenwerking', user: 'bob', filters: { types: ['KNOWLEDGE_ITEM'] },
    onlyTypes: ['KNOWLEDGE_ITEM'], facetHas: { type: ['CASE', 'KNOWLEDGE_ITEM'] } },
  { name: 'qualification + level filter', text: 'alliantie', user: 'bob', filters: { qualifications: ['B2'], levels: [3] },
    include: ['alliantie', 'instrument-srs'], exclude: ['allianties'] },
  { name: 'community filter', text: 'samenwerking', user: 'bob', filters: { communities: [C('utrecht')] }, include: ['rel-body'], exclude: ['samenwerking-only'] },
  { name: 'non-member filtering on a private community gets nothing', text: 'pleegzorgmatching', user: 'bob', filters: { communities: [C('veilig')] }, total: 0 },
  { name: 'date filter', text: 'samenwerking', user: 'bob', filters: { from: '2024-01-01', to: '2025-01-01' }, include: ['rel-body'], exclude: ['samenwerking-only'] },
  { name: 'tag filter', text: 'ouders', user: 'bob', filters: { tags: ['ouders'] }, include: ['ouders-phrase'], exclude: ['gezin'] },
  { name: 'stopwords only → empty, no error', text: 'de het een en van', user: 'bob', total: 0 },
  { name: 'tsquery syntax is inert', text: `'); DROP TABLE search_document; -- & | ! :* <-> \\`, user: 'bob', total: 0 },
  { name: 'script-tag text is sanitised before indexing', text: 'opvoedondersteuning', user: 'bob', include: ['script-trap'] },
  { name: 'PITFALL demo: raw "<script>" in body hides the rest of it from to_tsvector', text: 'opvoedingsondersteuning', user: 'bob', exclude: ['script-trap-raw'] },
  { name: 'community doc of private community hidden', text: 'Veilig Thuis', user: 'bob', exclude: ['community-veilig'] },
  { name: 'browse: no text, type filter, newest first', text: '', user: 'bob', filters: { types: ['MESSAGE'] },
    onlyTypes: ['MESSAGE'], exactFirst: ['msg-3', 'msg-2', 'msg-1', 'gezien-trap'], exclude: ['private-msg'] },
];

function check(c, res) {
  const keys = res.hits.map((h) => KEY_BY_ID.get(h.id));
  const fails = [];
  const need = (cond, msg) => { if (!cond) fails.push(msg); };
  if (c.exactFirst) {
    const head = new Set(keys.slice(0, c.exactFirst.length));
    need(c.exactFirst.every((k) => head.has(k)), `first ${c.exactFirst.length} should be {${c.exactFirst}}`);
  }
  for (const k of c.include ?? []) need(keys.includes(k), `missing ${k}`);
  for (const k of c.exclude ?? []) need(!keys.includes(k), `must not contain ${k}`);
  for (const [a, b] of c.before ?? []) need(keys.indexOf(a) >= 0 && keys.indexOf(a) < keys.indexOf(b), `${a} should rank above ${b}`);
  if (c.total !== undefined) need(Number(res.total) === c.total, `total ${res.total} ≠ ${c.total}`);
  if (c.onlyTypes) need(res.hits.every((h) => c.onlyTypes.includes(h.type)), `types other than ${c.onlyTypes}`);
  for (const [facet, vals] of Object.entries(c.facetHas ?? {})) need(vals.every((v) => res.facets[facet]?.[v] > 0), `facet ${facet} lacks ${vals}`);
  if (c.facetTotal) need(Object.values(res.facets.type ?? {}).reduce((a, b) => a + b, 0) === Number(res.total), 'sum(type facet) ≠ total');
  if (c.total === 0) need(Object.values(res.facets ?? {}).every((f) => Object.keys(f).length === 0), 'facets must be empty');
  return { keys, fails };
}

async function functional(db) {
  await createSchema(db);
  await loadDemo(db);
  // Compare trigger-maintained vocabulary with a full rebuild.
  const { rows: [cmp] } = await db.query(`
    WITH rebuilt AS (
      SELECT w AS word, search_lexeme(w) AS lexeme, sum(ndoc)::int AS ndoc
      FROM (SELECT search_fold(word) AS w, ndoc FROM ts_stat('SELECT to_tsvector(''simple''::regconfig, title || '' '' || keywords || '' '' || body) FROM search_document')) s
      WHERE w ~ '^[a-z]{3,40}$' GROUP BY w)
    SELECT (SELECT count(*) FROM search_term) AS trig, (SELECT count(*) FROM rebuilt) AS rebuilt,
      (SELECT string_agg(format('%s/%s/%s', word, lexeme, ndoc), ' ') FROM (SELECT word, lexeme, ndoc FROM search_term EXCEPT SELECT * FROM rebuilt) x) AS diff,
      (SELECT string_agg(format('%s/%s/%s', word, lexeme, ndoc), ' ') FROM (SELECT * FROM rebuilt EXCEPT SELECT word, lexeme, ndoc FROM search_term) x) AS diff2`);
  // Update/delete path of the trigger: change a doc and change it back; counts must be unchanged.
  await db.query(`UPDATE search_document SET body = body || ' extraterrestrisch' WHERE subject_id = $1`, [uid('s:gezin')]);
  const { rows: [ext] } = await db.query(`SELECT ndoc FROM search_term WHERE word = 'extraterrestrisch'`);
  await db.query(`DELETE FROM search_document WHERE subject_id = $1`, [uid('s:gezin')]);
  const { rows: [ext2] } = await db.query(`SELECT ndoc FROM search_term WHERE word = 'extraterrestrisch'`);
  const d = DOCS.find((x) => x[0] === 'gezin');
  await db.query(`INSERT INTO search_document (id, type, subject_id, community_id, title, keywords, body, tags, qualifications, levels, collaboration_forms, created_at)
       VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, $10, $11)`, [uid('d:gezin'), d[1], uid('s:gezin'), d[3], d[5].join(' '), d[4], d[5], d[6], d[7], d[8], d[9]]);
  await db.query('ANALYZE');
  console.log(`  vocabulary: trigger-maintained ${cmp.trig} words, rebuild ${cmp.rebuilt}, differing rows: trigger [${cmp.diff ?? ''}] rebuild [${cmp.diff2 ?? ''}]; update→ndoc ${ext?.ndoc}, delete→ndoc ${ext2?.ndoc}`);

  // Baseline: plain websearch_to_tsquery('dutch', …) with the same permission filter, for comparison.
  const baseline = [];
  for (const text of ['samenwerkingsrelatie', 'samenwerkingsrelaties', 'allianite', 'gezinnen', 'jeugdhulpverlener', 'werkrelatie', 'coordinatie']) {
    const { rows: [b] } = await db.query(`SELECT count(*)::int AS n, websearch_to_tsquery('dutch', $1)::text AS q FROM search_document d
      WHERE d.tsv @@ websearch_to_tsquery('dutch', $1) AND (d.community_id IS NULL OR d.community_id IN
        (SELECT id FROM community WHERE visibility = 'PUBLIC' UNION SELECT community_id FROM community_member WHERE user_id = $2))`, [text, USERS.bob]);
    const ours = await search(db, { text, userId: USERS.bob, limit: 50 });
    baseline.push(`${text.padEnd(22)} websearch_to_tsquery ${b.q.padEnd(26)} → ${String(b.n).padStart(2)} hits | rewritten → ${ours.total} hits (${ours.hits.filter((h) => h.exact).length} exact)`);
  }
  console.log('  ' + baseline.join('\n  '));
  const out = [];
  for (const c of CASES) {
    let res, err;
    try { res = await search(db, { text: c.text, userId: c.user ? USERS[c.user] : null, filters: c.filters, limit: 20 }); }
    catch (e) { err = e; }
    if (err) { out.push({ c, fails: [`ERROR ${err.message}`], keys: [], res: null }); continue; }
    const { keys, fails } = check(c, res);
    out.push({ c, keys, fails, res });
  }
  return out;
}

function printFunctional(name, out) {
  let pass = 0;
  console.log(`\n=== ${name}`);
  for (const { c, keys, fails, res } of out) {
    if (!fails.length) pass++;
    console.log(`${fails.length ? 'FAIL' : 'ok  '} ${c.name}  [${JSON.stringify(c.text)} as ${c.user ?? 'anon'}${c.filters ? ' ' + JSON.stringify(c.filters).replace(/"[0-9a-f-]{36}"/g, '"<uuid>"') : ''}]`);
    if (res) {
      const expl = (res.rewritten?.explain ?? []).map((e) => [e.w ?? `"${e.phrase}"`, e.stem, e.parts && `parts=${e.parts.join('+')}`, e.typos && `typos=${e.typos.join(',')}`].filter(Boolean).join(' ')).join(' ; ');
      console.log(`     total=${res.total} keys=${keys.slice(0, 9).map((k, i) => `${k}${res.hits[i].exact ? '*' : ''}`).join(', ')}${keys.length > 9 ? ', …' : ''}`);
      if (res.rewritten) console.log(`     rewrite: ${expl}\n     tsquery: ${res.rewritten.tsquery}`);
      console.log(`     facets.type=${JSON.stringify(res.facets.type ?? {})}`);
      if (res.hits[0]) console.log(`     top headline: ${headlineToHtml(res.hits[0].title)} — ${headlineToHtml(res.hits[0].snippet).slice(0, 160)}`);
    }
    for (const f of fails) console.log(`     ✗ ${f}`);
  }
  console.log(`${name}: ${pass} passed, ${out.length - pass} failed`);
  return out.length - pass;
}

// ───────────────────────────────────────────── synthetic corpus ──────────────────────────────────
function mulberry32(a) {
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const STOP = 'de het een en van in is dat op te met voor niet zijn er aan om bij ook als door maar dan nog naar uit over of hun zo kan moet wordt worden heeft hebben die deze dit wat wie hoe omdat onder tegen na zonder ze zich je ik wij hij zij haar men meer veel geen al toch tot'.split(' ');
const BASE = `
zorg hulp jeugd kind kinderen ouder ouders gezin gezinnen jongere jongeren school leerling leerkracht docent student
professional hulpverlener hulpverleners cliënt cliënten netwerk wijk wijkteam team overleg afspraak afspraken plan
regie casus casussen vraag vragen doel doelen relatie relaties werk werken samenwerking samenwerken alliantie
allianties vertrouwen gesprek gesprekken signaal signalen risico risico's veiligheid ontwikkeling opvoeding gedrag
emotie emoties steun begeleiding behandeling diagnose verwijzing wachtlijst gemeente organisatie organisaties beleid
financiering privacy gegevens toestemming dossier rapportage evaluatie methode methodiek instrument vragenlijst score
meting uitkomst effect onderzoek praktijk theorie kennis ervaring inzicht reflectie intervisie supervisie feedback
competentie kwalificatie niveau leerlijn opleiding stage praktijkopleider lesstof toets beoordeling portfolio
communicatie taal luisteren vertellen uitleggen motiveren betrekken versterken ondersteunen verbinden afstemmen
coördinatie continuïteit transitie overgang volwassene volwassenen huisarts consultatiebureau kinderopvang
leerplicht verzuim armoede schulden huisvesting gezondheid psychiatrie verslaving trauma hechting ontwikkelingsstoornis
autisme adhd angst depressie zelfbeeld weerbaarheid participatie empowerment kracht krachten oplossing oplossingen
systeem systemen context omgeving cultuur diversiteit inclusie gelijkwaardigheid partnerschap dialoog conflict
spanning grens grenzen rol rollen taak taken verantwoordelijkheid besluit besluiten keuze keuzes belang belangen
moeder vader broer zus grootouder pleegouder pleegouders pleegzorg gezinshuis residentieel ambulant crisis melding
veilig thuis huiselijk geweld mishandeling verwaarlozing bescherming maatregel rechter voogdij jeugdbescherming
preventie vroegsignalering voorlichting training cursus workshop bijeenkomst sessie leergemeenschap community
digitaal platform bericht reactie kennisbank artikel bron literatuur richtlijn protocol standaard kwaliteit
tevredenheid motivatie betrokkenheid eigenaarschap autonomie zelfregie mantelzorg vrijwilliger buurt sport vrije
tijd werkdruk verloop collega collega's leidinggevende manager bestuur directie financier inkoop contract budget
goed groot klein nieuw eigen belangrijk moeilijk duidelijk samen snel vaak soms altijd eerst verder direct concreet
`.trim().split(/\s+/);
const HEADS = ['relatie', 'overleg', 'plan', 'team', 'vraag', 'aanpak', 'traject', 'verband', 'partner', 'model', 'vorm',
  'proces', 'gesprek', 'netwerk', 'methode', 'beleid', 'kader', 'afspraak', 'doel', 'signaal', 'verlener', 'werker', 'coach', 'regisseur', 'punt'];
const MODS = ['samenwerking', 'werk', 'zorg', 'hulp', 'jeugd', 'gezin', 'school', 'wijk', 'ouder', 'leer', 'keten', 'crisis',
  'veiligheid', 'opvoeding', 'ontwikkeling', 'behandel', 'begeleiding', 'praktijk', 'kennis', 'kwaliteit', 'casus', 'stage',
  'pleegzorg', 'preventie', 'participatie', 'jongeren', 'kinder', 'gemeente', 'onderwijs', 'alliantie'];
const LINK_FOR = (m) => (/(ing|heid|teit|tie)$/.test(m) ? 's' : /(gezin|school)$/.test(m) ? 's' : '');

// Vocabulary (~5,000 types): generic domain words first (background head), then compounds of domain
// modifiers and heads, derived words and invented Dutch-ish words (tail). 80 topics of 60 words each.
function buildVocabulary() {
  const rnd = mulberry32(7);
  const shuffle = (a) => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
  const seen = new Set();
  const uniq = (arr) => arr.filter((w) => !seen.has(w) && seen.add(w));
  const base = shuffle(uniq(BASE));
  const compounds = [];
  for (const m of MODS) for (const h of HEADS) {
    if (rnd() > 0.3) continue; // ~30% of modifier × head pairs exist as compounds
    const c = m + LINK_FOR(m) + h;
    compounds.push(c, c + (/(er|ie|e|[aeiou])$/.test(h) ? 's' : 'en'));
  }
  const syll = ['ver', 'be', 'ont', 'ge', 'her', 'uit', 'toe', 'af', 'aan', 'op'];
  const derived = base.slice(0, 300).flatMap((b) => [syll[Math.floor(rnd() * syll.length)] + b, b + 'ing', b + 'lijk']);
  const ON = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'kr', 'pr', 'tr', 'st', 'sl', 'sp', 'schr', 'bl', 'kl', 'fl', 'gl', 'sch', 'j', 'h'];
  const NUC = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'ei', 'ij', 'ui', 'ou', 'eu'];
  const CODA = ['', '', 'n', 'r', 'l', 's', 't', 'k', 'd', 'm', 'ng', 'nd', 'rt', 'ld', 'st', 'cht', 'ft'];
  const SUF = ['', '', 'ing', 'heid', 'schap', 'erij', 'aar', 'elijk', 'ig', 'isch', 'atie', 'iteit', 'er', 'en', 'te'];
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const invented = [];
  while (invented.length < 2800) {
    let w = '';
    for (let k = 2 + Math.floor(rnd() * 2); k > 0; k--) w += pick(ON) + pick(NUC) + pick(CODA);
    w += pick(SUF);
    if (w.length >= 5 && w.length <= 16 && !seen.has(w)) { seen.add(w); invented.push(w); }
  }
  const tail = shuffle([...uniq(compounds), ...uniq(derived), ...invented]);
  const vocab = [...base, ...tail];
  // background: Zipf-Mandelbrot 1/(r+40): the most frequent content word lands in ~15% of documents
  const cum = []; let s = 0;
  for (let r = 1; r <= vocab.length; r++) { s += 1 / (r + 40); cum.push(s); }
  const topics = Array.from({ length: 80 }, () => {
    const words = [...Array.from({ length: 10 }, () => pick(base)), ...Array.from({ length: 20 }, () => pick(compounds)), ...Array.from({ length: 30 }, () => pick(invented))];
    const tc = []; let ts = 0;
    words.forEach((_, r) => { ts += 1 / (r + 1); tc.push(ts); });
    return { vocab: words, cum: tc, total: ts };
  });
  return { vocab, cum, total: s, topics };
}

function makeSampler({ vocab, cum, total }, rnd) {
  return () => {
    const x = rnd() * total; let lo = 0, hi = cum.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cum[mid] < x) lo = mid + 1; else hi = mid; }
    return vocab[lo];
  };
}

const TYPES_W = [['MESSAGE', 0.35], ['RESPONSE', 0.25], ['CASE', 0.12], ['KNOWLEDGE_ITEM', 0.12], ['SESSION', 0.07], ['INSTRUMENT', 0.05], ['COMMUNITY', 0.04]];
const TAGS = ['onderwijs', 'wijk', 'gezin', 'ouders', 'theorie', 'regie', 'privacy', 'participatie', 'methodiek', 'alliantie',
  'intervisie', 'stage', 'werkdruk', 'pleegzorg', 'veiligheid', 'trauma', 'hechting', 'armoede', 'preventie', 'ipw',
  'jeugdbescherming', 'crisis', 'transitie', 'diversiteit', 'leerlijn', 'onderzoek', 'praktijk', 'evidence', 'instrument', 'netwerk'];
const QUALS = [...Array(9)].map((_, i) => `B${i + 1}`).concat([...Array(9)].map((_, i) => `M${i + 1}`));
const FORMS = ['ketensamenwerking', 'netwerksamenwerking', 'interprofessioneel', 'multidisciplinair', 'alliantie', 'partnerschap', 'transdisciplinair', 'integraal'];

function* syntheticDocs(n, communities) {
  const V = buildVocabulary();
  const rnd = mulberry32(42);
  const background = makeSampler(V, rnd);
  const topicSamplers = V.topics.map((t) => makeSampler(t, rnd));
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  let topic;
  const word = (pTopic) => (rnd() < pTopic ? topic() : background());
  const sentence = (len) => {
    const w = [];
    for (let i = 0; i < len; i++) w.push(rnd() < 0.42 ? pick(STOP) : word(0.5));
    const s = w.join(' ');
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  const t0 = Date.parse('2021-01-01');
  for (let i = 0; i < n; i++) {
    let r = rnd(), type = 'MESSAGE';
    for (const [t, p] of TYPES_W) { if ((r -= p) < 0) { type = t; break; } }
    topic = pick(topicSamplers);
    const titleWords = type === 'MESSAGE' ? 0 : 5 + Math.floor(rnd() * 7);
    const title = titleWords ? Array.from({ length: titleWords }, () => (rnd() < 0.25 ? pick(STOP) : word(0.7))).join(' ') : '';
    const bodyLen = 60 + Math.floor(rnd() * 120); // ~120 words on average
    let body = '';
    for (let left = bodyLen; left > 0;) { const l = Math.min(left, 6 + Math.floor(rnd() * 12)); body += sentence(l) + ' '; left -= l; }
    const tags = [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(TAGS)))];
    const linked = type === 'KNOWLEDGE_ITEM' || type === 'CASE' || type === 'SESSION' || type === 'INSTRUMENT';
    const quals = linked ? [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(QUALS)))] : [];
    const levels = linked ? [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => 1 + Math.floor(rnd() * 4)))] : [];
    const forms = linked && rnd() < 0.6 ? [pick(FORMS)] : [];
    const siteWide = type === 'KNOWLEDGE_ITEM' && rnd() < 0.7;
    const community = siteWide ? null : communities[Math.floor(rnd() * communities.length)];
    const created = new Date(t0 + Math.floor(rnd() * 4 * 365 * 864e5)).toISOString();
    yield { id: uid(`bench:d:${i}`), type, subject: uid(`bench:s:${i}`), community, title, keywords: tags.join(' '), body: body.trim(), tags, quals, levels, forms, created };
  }
}

const BULK_INSERT = /* sql */ `
INSERT INTO search_document (id, type, subject_id, community_id, title, keywords, body, tags, qualifications, levels, collaboration_forms, created_at)
SELECT id, type, subject_id, community_id, title, keywords, body,
       string_to_array(tags, ','), string_to_array(quals, ','), string_to_array(levels, ',')::smallint[], string_to_array(forms, ','), created_at
FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::timestamptz[])
  AS x(id, type, subject_id, community_id, title, keywords, body, tags, quals, levels, forms, created_at)`;

async function bulkLoad(db, n, communities) {
  const B = 2000;
  let batch = [];
  const flush = async () => {
    if (!batch.length) return;
    const cols = Array.from({ length: 12 }, () => []);
    for (const d of batch) {
      [d.id, d.type, d.subject, d.community, d.title, d.keywords, d.body, d.tags.join(','), d.quals.join(','), d.levels.join(','), d.forms.join(','), d.created]
        .forEach((v, i) => cols[i].push(v));
    }
    await db.query(BULK_INSERT, cols);
    batch = [];
  };
  for (const d of syntheticDocs(n, communities)) { batch.push(d); if (batch.length === B) await flush(); }
  await flush();
}

const pct = (arr, p) => { const s = [...arr].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

async function bench(db, n) {
  const timings = {};
  const T = async (label, fn) => { const t = performance.now(); const r = await fn(); timings[label] = Math.round(performance.now() - t); console.log(`  ${label}: ${(timings[label] / 1000).toFixed(1)} s`); return r; };
  await createSchema(db, { triggers: false, indexes: false });
  // 200 communities, 60 private; the bench user is member of 5 private ones
  const comms = Array.from({ length: 200 }, (_, i) => ({ id: uid(`bench:c:${i}`), priv: i < 60 }));
  await db.query(`INSERT INTO community (id, slug, name, visibility) SELECT id, 'c' || ord, 'Community ' || ord, vis::community_visibility
                  FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS x(id, vis, ord)`, [comms.map((c) => c.id), comms.map((c) => (c.priv ? 'PRIVATE' : 'PUBLIC'))]);
  const user = uid('bench:user');
  await db.query(`INSERT INTO community_member SELECT unnest($1::uuid[]), $2::uuid`, [comms.slice(0, 5).map((c) => c.id), user]);
  await T('load (INSERT … SELECT unnest, batches of 2000, tsv generated)', () => bulkLoad(db, n, comms.map((c) => c.id)));
  await T('CREATE INDEX gin(tsv)', () => db.query(SCHEMA_SEARCH_INDEXES));
  await T('vocabulary rebuild (ts_stat)', () => db.query(REBUILD_VOCABULARY));
  await db.query(SCHEMA_SEARCH_TRIGGERS);
  await T('VACUUM ANALYZE', () => db.query('VACUUM ANALYZE'));
  // trigger write path: 100 single-document inserts
  const extra = [...syntheticDocs(100, comms.map((c) => c.id))].map((d, i) => ({ ...d, id: uid(`bench:x:${i}`), subject: uid(`bench:xs:${i}`) }));
  const tw = performance.now();
  for (const d of extra) await db.query(BULK_INSERT, [[d.id], [d.type], [d.subject], [d.community], [d.title], [d.keywords], [d.body], [d.tags.join(',')], [d.quals.join(',')], [d.levels.join(',')], [d.forms.join(',')], [d.created]]);
  timings.singleInsertMs = +((performance.now() - tw) / extra.length).toFixed(2);
  console.log(`  single-document insert incl. trigger + GIN: ${timings.singleInsertMs} ms/doc`);

  const { rows: [st] } = await db.query(`SELECT count(*) AS words, max(ndoc) AS maxdf, (SELECT count(*) FROM search_document) AS docs FROM search_term`);
  const { rows: freq } = await db.query(`SELECT word, ndoc FROM search_term WHERE lexeme <> '' AND length(word) >= 5 ORDER BY ndoc DESC, word`);
  const N = Number(st.docs ?? n);
  const near = (frac, skip = 0) => { // the (skip+1)-th word whose document frequency is closest to frac
    const sorted = [...freq].sort((a, b) => Math.abs(a.ndoc - frac * N) - Math.abs(b.ndoc - frac * N) || (a.word < b.word ? -1 : 1));
    return sorted[skip].word;
  };
  const swap = (w) => w.slice(0, 3) + w[4] + w[3] + w.slice(5);
  const topic = buildVocabulary().topics[3].vocab;
  const queries = [
    ['top word', freq[0].word], ['top word', freq[2].word],
    ['df ~3%', near(0.03)], ['df ~3%', near(0.03, 1)],
    ['df ~0.5%', near(0.005)], ['df ~0.5%', near(0.005, 1)],
    ['df ~0.05%', near(0.0005)], ['df ~0.05%', near(0.0005, 1)],
    ['domain word', 'samenwerking'], ['domain word', 'jongeren'], ['domain word', 'alliantie'], ['domain word', 'gezinnen'],
    ['compound', 'samenwerkingsrelatie'], ['compound', 'jeugdhulpverlener'], ['compound', 'gezinsplan'], ['compound', freq.find((f) => MODS.some((m) => f.word.startsWith(m)) && HEADS.some((h) => f.word.endsWith(h)) && f.ndoc < 0.01 * N && f.ndoc > 0.001 * N)?.word ?? 'ketenpartners'],
    ['two words', `${topic[10]} ${topic[30]}`], ['two words', 'samenwerking ouders'], ['two words', `${near(0.03)} ${near(0.005)}`],
    ['typo', 'allianite'], ['typo', 'samenwerkign'], ['typo', swap(near(0.005))], ['typo', 'pleegzrog'],
    ['phrase', '"samenwerking met ouders"'],
    ['filtered', 'alliantie', { types: ['KNOWLEDGE_ITEM'] }], ['filtered', near(0.03), { qualifications: ['B2'], levels: [3] }],
    ['filtered', 'jongeren', { tags: ['ouders'], from: '2023-01-01' }],
    ['browse', '', { types: ['CASE'] }], ['browse', '', {}],
    ['worst: 3 top words OR', `${freq[0].word} OF ${freq[1].word} OF ${freq[2].word}`],
  ];
  const samples = {}; const all = []; const rewrites = [];
  const run = async ([cls, text, filters]) => {
    const t = performance.now();
    const r = await search(db, { text, userId: user, filters: filters ?? {}, limit: 20 });
    const ms = performance.now() - t;
    return { ms, total: r.total, cls, rewriteMs: r.ms?.rewrite ?? 0 };
  };
  const totals = {};
  for (const qd of queries) { const r = await run(qd); totals[`${qd[0]}: ${qd[1]}${qd[2] ? ' ' + JSON.stringify(qd[2]) : ''}`] = r.total; } // warm-up
  const REPS = 7;
  for (let rep = 0; rep < REPS; rep++) {
    for (const qd of queries) {
      const r = await run(qd);
      (samples[qd[0]] ??= []).push(r.ms); all.push(r.ms); rewrites.push(r.rewriteMs);
    }
  }
  // ts_headline cost per document, and the naive pattern (headline in the select list of the ranked query)
  const hq = (await rewriteQuery(db, 'samenwerking')).tsquery;
  const th = performance.now();
  await db.query(`SELECT count(ts_headline('dutch'::regconfig, body, $1::tsquery, $2)) FROM (SELECT body FROM search_document WHERE tsv @@ $1::tsquery LIMIT 1000) x`, [hq, HEADLINE_BODY]);
  const headlinePerDoc = (performance.now() - th) / 1000;
  const tn = performance.now();
  await db.query(`SELECT id, ts_headline('dutch'::regconfig, body, $1::tsquery, $2) FROM search_document d WHERE tsv @@ $1::tsquery ORDER BY ts_rank('{0.1,0.2,0.4,1.0}', tsv, $1::tsquery, 33) DESC LIMIT 20`, [hq, HEADLINE_BODY]);
  const naiveMs = performance.now() - tn;
  const ta = performance.now();
  await db.query(`SELECT count(h) FROM (SELECT ts_headline('dutch'::regconfig, body, $1::tsquery, $2) h FROM search_document d WHERE tsv @@ $1::tsquery) x`, [hq, HEADLINE_BODY]);
  const allMs = performance.now() - ta;
  timings.headline = { perDocMs: +headlinePerDoc.toFixed(3), naiveTop20Ms: Math.round(naiveMs), allMatchesMs: Math.round(allMs) };
  const { rows: sizes } = await db.query(`
    SELECT c.relname AS name, c.relkind AS kind, pg_relation_size(c.oid) AS rel, pg_total_relation_size(c.oid) AS total
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relname LIKE 'search_%' AND c.relkind IN ('r', 'i') ORDER BY c.relkind DESC, c.relname`);
  const { rows: [avg] } = await db.query(`SELECT avg(length(body))::int AS body_chars, avg(pg_column_size(tsv))::int AS tsv_bytes, count(*) AS docs FROM search_document`);
  return { timings, vocab: st, totals, samples, all, rewrites, sizes, avg, queries: queries.length, reps: REPS };
}

function printBench(name, b) {
  const mb = (x) => `${(Number(x) / 1048576).toFixed(1)} MB`;
  console.log(`\n=== ${name}: ${b.avg.docs} docs, avg body ${b.avg.body_chars} chars, avg tsv ${b.avg.tsv_bytes} B, vocabulary ${b.vocab.words} words`);
  console.log(`  search (rewrite round trip + search with facets + ts_headline for top 20), ${b.queries} queries × ${b.reps}:`);
  console.log(`  ALL       n=${b.all.length} p50=${pct(b.all, 50).toFixed(1)} ms  p95=${pct(b.all, 95).toFixed(1)} ms  max=${Math.max(...b.all).toFixed(1)} ms`);
  console.log(`  of which the rewrite round trip (ANALYZE_SQL): p50=${pct(b.rewrites, 50).toFixed(1)} ms  p95=${pct(b.rewrites, 95).toFixed(1)} ms`);
  console.log(`  ts_headline: ${b.timings.headline.perDocMs} ms per document; 'samenwerking': headline in the select list of ORDER BY rank LIMIT 20 (PG evaluates it after the limit): ${b.timings.headline.naiveTop20Ms} ms; headline for all its matches: ${b.timings.headline.allMatchesMs} ms`);
  for (const [cls, s] of Object.entries(b.samples)) console.log(`  ${cls.padEnd(12)} p50=${pct(s, 50).toFixed(1).padStart(7)} ms  p95=${pct(s, 95).toFixed(1).padStart(7)} ms`);
  console.log('  result totals (visible to the bench user):');
  for (const [k, v] of Object.entries(b.totals)) console.log(`    ${k.padEnd(60)} ${v}`);
  console.log('  sizes:');
  for (const s of b.sizes) console.log(`    ${s.kind === 'r' ? 'table' : 'index'} ${s.name.padEnd(28)} relation ${mb(s.rel).padStart(10)}   total ${mb(s.total).padStart(10)}`);
}

// ───────────────────────────────────────────── main ──────────────────────────────────────────────
const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
const mode = isMain ? (args.find((a) => !a.startsWith('--')) ?? 'test') : 'none';
const targets = [];
if (ONLY !== 'pglite' && mode !== 'none') targets.push(['pg', () => openPostgres()]);
if (ONLY !== 'pg' && mode !== 'none') targets.push(['pglite', () => openPglite(mode === 'bench' ? '/tmp/search-spike/pglite-bench' : undefined)]);

if (mode === 'test') {
  const results = {};
  let failed = 0;
  for (const [, open] of targets) {
    const db = await open();
    try { console.log(`\n### ${db.name}`); results[db.name] = await functional(db); failed += printFunctional(db.name, results[db.name]); }
    finally { await db.close(); }
  }
  const names = Object.keys(results);
  if (names.length === 2) {
    const [a, b] = names.map((n) => results[n]);
    let same = 0;
    a.forEach((x, i) => {
      const y = b[i];
      const eq = JSON.stringify(x.keys) === JSON.stringify(y.keys) && x.res?.total === y.res?.total &&
        JSON.stringify(x.res?.facets) === JSON.stringify(y.res?.facets) && JSON.stringify(x.res?.hits.map((h) => [h.title, h.snippet, h.rank])) === JSON.stringify(y.res?.hits.map((h) => [h.title, h.snippet, h.rank]));
      if (eq) same++;
      else {
        console.log(`DIFF between databases: ${x.c.name}\n  ${names[0]}: ${x.keys}\n  ${names[1]}: ${y.keys}`);
        x.res?.hits.forEach((h, k) => {
          const o = y.res?.hits[k];
          for (const f of ['title', 'snippet', 'rank']) if (JSON.stringify(h[f]) !== JSON.stringify(o?.[f])) console.log(`    ${x.keys[k]}.${f}: ${JSON.stringify(h[f])} vs ${JSON.stringify(o?.[f])}`);
        });
        if (JSON.stringify(x.res?.facets) !== JSON.stringify(y.res?.facets)) console.log(`    facets: ${JSON.stringify(x.res?.facets)}\n    vs      ${JSON.stringify(y.res?.facets)}`);
      }
    });
    console.log(`\ncross-database: ${same}/${a.length} cases identical (order, total, facets, headlines, rank values)`);
    if (same !== a.length) failed++;
  }
  console.log(failed ? `\n${failed} failure(s)` : '\nall passed');
  process.exitCode = failed ? 1 : 0;
} else if (mode === 'bench') {
  const n = Number(args.filter((a) => !a.startsWith('--'))[1] ?? 100000);
  for (const [, open] of targets) {
    const db = await open();
    try { console.log(`\n### bench ${db.name} (${n} docs)`); printBench(db.name, await bench(db, n)); }
    finally { await db.close(); }
  }
}
