// The two statements of a search (docs/search/README.md). Parameters are always bound; lexemes reach
// the tsquery only quoted (query-rewrite.ts).

/**
 * Analysis of the query words. $1 folded words, $2 phrases. Per word: lexeme, document count, inflection
 * variants that exist in the vocabulary, vocabulary words inside it (compound pieces, words of 8+
 * letters), trigram neighbours when the word is rare or unknown, and the most frequent compounds that
 * end in it (relatie → werkrelatie, samenwerkingsrelaties: Dutch compounds are kinds of their last part).
 * Words are letters and digits only, so they carry no LIKE wildcards.
 */
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
          s.stem || 's',
          s.stem || right(s.stem, 1),
          CASE WHEN s.stem LIKE '%s' THEN left(s.stem, -1) END,
          CASE WHEN s.stem ~ '([bdfgklmnprt])\\1$' THEN left(s.stem, -1) END])
       ) AS variants,
  (SELECT coalesce(json_agg(k), '[]') FROM (
     SELECT DISTINCT t.word, t.lexeme, t.ndoc
     FROM generate_series(1, length(s.w) - 3) i CROSS JOIN generate_series(4, length(s.w) - 1) l
     JOIN search_term t ON t.word = substr(s.w, i, l)
     WHERE length(s.w) BETWEEN 8 AND 40 AND i + l - 1 <= length(s.w) AND t.ndoc > 0 AND t.lexeme <> '') k) AS pieces,
  (SELECT coalesce(json_agg(c), '[]') FROM (
     SELECT t.word, t.lexeme, t.ndoc
     FROM search_term t
     WHERE s.ndoc < 3 AND length(s.w) BETWEEN 4 AND 40 AND t.word % s.w AND t.ndoc > 0 AND t.lexeme <> '' AND t.word <> s.w
     ORDER BY similarity(t.word, s.w) DESC, t.ndoc DESC, t.word LIMIT 12) c) AS similar,
  (SELECT coalesce(json_agg(h), '[]') FROM (
     SELECT t.word, t.lexeme, t.ndoc
     FROM search_term t
     WHERE length(s.w) BETWEEN 5 AND 40 AND s.stem <> '' AND t.ndoc > 0 AND t.lexeme <> ''
       AND length(t.word) >= length(s.w) + 3
       AND (t.word LIKE '%' || s.w OR t.word LIKE '%' || s.w || 's' OR t.word LIKE '%' || s.w || 'en')
     ORDER BY t.ndoc DESC, t.word LIMIT 10) h) AS heads,
  NULL::text AS phrase
FROM s
UNION ALL
SELECT 'phrase', ord::int, p, NULL, NULL, NULL, NULL, NULL, NULL, phraseto_tsquery('dutch'::regconfig, p)::text
FROM unnest($2::text[]) WITH ORDINALITY AS t(p, ord)
ORDER BY 1 DESC, 2`;

const HEADLINE_TITLE = 'HighlightAll=true, StartSel=\uE000, StopSel=\uE001';
export const HEADLINE_BODY = 'MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … ", StartSel=\uE000, StopSel=\uE001';

const FILTERS = ['ok_type', 'ok_comm', 'ok_qual', 'ok_level', 'ok_form', 'ok_tag', 'ok_date'] as const;
const allBut = (own?: (typeof FILTERS)[number]): string => FILTERS.filter((f) => f !== own).join(' AND ');

/**
 * The search itself, one statement: permission and match in one WHERE, the page (exact-form matches
 * first, then rank, then newest), the total and seven facets. Each facet is counted with every filter
 * except its own; all counts come from the permission-filtered set, so nothing from a community the
 * viewer may not read is ever counted.
 *
 * $1 viewer id or NULL, $2 tsquery, $3 tsquery[] (exact forms per clause), $4 types, $5 community ids,
 * $6 qualifications, $7 levels, $8 collaboration forms, $9 tags (all must match), $10 from, $11 to
 * (exclusive), $12 limit, $13 offset, $14 ts_headline options for the body, $15 the tsquery to highlight
 * (every term OR-ed: a snippet marks the words it has even when the others are only in the title).
 */
export function searchSql(browse: boolean, clauses: number): string {
  const match = browse ? 'TRUE' : 'd.tsv @@ $2::tsquery';
  const exact = browse ? '0' : Array.from({ length: clauses }, (_, i) => `(d.tsv @@ ($3::tsquery[])[${i + 1}])::int`).join(' + ');
  // Cover density only pays off with several clauses (proximity); it costs about twice ts_rank per row.
  const rank = browse ? '0::real' : `${clauses > 1 ? 'ts_rank_cd' : 'ts_rank'}('{0.1, 0.2, 0.4, 1.0}', d.tsv, $2::tsquery, 1|32)`;
  const hl = (col: 'title' | 'body', opts: string) =>
    browse ? (col === 'body' ? 'left(d.body, 240)' : 'd.title') : `ts_headline('dutch'::regconfig, d.${col}, $15::tsquery, ${opts})`;
  // Browsing keeps $2, $3, $14 and $15 referenced so their types are known.
  const unused = browse ? 'unused AS (SELECT $2::text, $3::text[], $14::text, $15::text), ' : '';
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
  SELECT id, exact, rank, created_at FROM f
  WHERE ${allBut()}
  ORDER BY exact DESC, rank DESC, created_at DESC, id
  LIMIT $12 OFFSET $13
)
SELECT json_build_object(
  'total', (SELECT count(*) FROM f WHERE ${allBut()}),
  'hits', (SELECT coalesce(json_agg(json_build_object(
             'id', d.id, 'type', d.type, 'subjectId', d.subject_id, 'communityId', d.community_id,
             'communityName', c.name, 'communitySlug', c.slug, 'label', d.label, 'link', d.link,
             'createdAt', d.created_at, 'exact', p.exact > 0,
             'title', ${hl('title', `'${HEADLINE_TITLE}'`)},
             'snippet', ${hl('body', '$14')})
           ORDER BY p.exact DESC, p.rank DESC, p.created_at DESC, p.id), '[]')
           FROM page p JOIN search_document d ON d.id = p.id LEFT JOIN community c ON c.id = d.community_id),
  'facets', json_build_object(
    'type', (SELECT coalesce(json_agg(json_build_array(k, n) ORDER BY n DESC, k), '[]') FROM (
              SELECT type AS k, count(*) AS n FROM f WHERE ${allBut('ok_type')} GROUP BY 1) x),
    'community', (SELECT coalesce(json_agg(json_build_array(k, n, name, slug) ORDER BY n DESC, name, k), '[]') FROM (
              SELECT f.community_id AS k, count(*) AS n, min(c.name) AS name, min(c.slug) AS slug
              FROM f JOIN community c ON c.id = f.community_id WHERE ${allBut('ok_comm')} GROUP BY 1 ORDER BY 2 DESC, 3 LIMIT 50) x),
    'qualification', (SELECT coalesce(json_agg(json_build_array(k, n) ORDER BY n DESC, k), '[]') FROM (
              SELECT v AS k, count(*) AS n FROM f, unnest(f.qualifications) v WHERE ${allBut('ok_qual')} GROUP BY 1) x),
    'level', (SELECT coalesce(json_agg(json_build_array(k, n) ORDER BY k), '[]') FROM (
              SELECT v AS k, count(*) AS n FROM f, unnest(f.levels) v WHERE ${allBut('ok_level')} GROUP BY 1) x),
    'form', (SELECT coalesce(json_agg(json_build_array(k, n) ORDER BY n DESC, k), '[]') FROM (
              SELECT v AS k, count(*) AS n FROM f, unnest(f.collaboration_forms) v WHERE ${allBut('ok_form')} GROUP BY 1) x),
    'tag', (SELECT coalesce(json_agg(json_build_array(k, n) ORDER BY n DESC, k), '[]') FROM (
              SELECT v AS k, count(*) AS n FROM f, unnest(f.tags) v WHERE ${allBut('ok_tag')} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30) x),
    'year', (SELECT coalesce(json_agg(json_build_array(k, n) ORDER BY k DESC), '[]') FROM (
              SELECT extract(year FROM created_at AT TIME ZONE 'Europe/Amsterdam')::int AS k, count(*) AS n FROM f WHERE ${allBut('ok_date')} GROUP BY 1) x))
) AS result`;
}
