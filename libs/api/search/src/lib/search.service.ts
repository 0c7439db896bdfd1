import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, Language, SEARCH_COLUMNS, SEARCH_VOCABULARY_RECOUNT, translate } from '@kennislijn/api-core';
import { SearchInput } from './dto/search.input';
import { SearchResultModel } from './models/search.models';
import { AnalysedWord, analysisInput, buildQuery, headlineToHtml, parseQuery, RewrittenQuery } from './query-rewrite';
import { ANALYZE_SQL, HEADLINE_BODY, searchSql } from './search.sql';

interface RawHit {
  id: string;
  type: string;
  subjectId: string;
  communityId: string | null;
  communityName: string | null;
  label: string;
  link: string;
  createdAt: string;
  exact: boolean;
  title: string;
  snippet: string;
}
type Pair = [string | number, number];
interface RawResult {
  total: number;
  hits: RawHit[];
  facets: { type: Pair[]; community: [string, number, string, string][]; qualification: Pair[]; level: Pair[]; form: Pair[]; tag: Pair[]; year: Pair[] };
}

/** The day after a YYYY-MM-DD date (for an inclusive "to"). */
const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const validDate = (date: string): boolean => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

/**
 * Dutch search across everything a person may read. Documents are kept by database triggers
 * (migration Search1795965000000); this service rewrites the query and runs the two statements.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Folds the vocabulary deltas that writes left behind (cheap when there are none). */
  async mergeVocabulary(m: EntityManager = this.dataSource.manager): Promise<void> {
    const [{ pending }] = (await m.query(`SELECT EXISTS (SELECT 1 FROM search_term_delta) AS pending`)) as { pending: boolean }[];
    if (pending) await m.query(`SELECT search_term_merge()`);
  }

  /**
   * Rebuilds every document and the vocabulary from the content (after a bulk import, or as a repair), in
   * one transaction. Writers wait for it (the table lock), searches go on and see the old documents until
   * it commits; the vocabulary triggers stand aside for one recount. Inserting 100,000 rows into the
   * existing GIN index leaves it about a third larger than a fresh build: `REINDEX INDEX CONCURRENTLY
   * search_document_tsv` afterwards if that matters (docs/operations.md).
   */
  async rebuild(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`LOCK TABLE search_document IN SHARE ROW EXCLUSIVE MODE`);
      await m.query(`SET LOCAL kennislijn.search_rebuild = 'on'`);
      await m.query(`DELETE FROM search_document`);
      await m.query(`INSERT INTO search_document (${SEARCH_COLUMNS}) SELECT ${SEARCH_COLUMNS} FROM search_source`);
      await m.query(`DELETE FROM search_term_delta`);
      await m.query(`DELETE FROM search_term`);
      await m.query(SEARCH_VOCABULARY_RECOUNT);
      await m.query(`SET LOCAL kennislijn.search_rebuild = 'off'`);
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM search_document`)) as { n: number }[];
      return n;
    });
  }

  private async rewrite(text: string): Promise<RewrittenQuery | null> {
    const parsed = parseQuery(text);
    const { words, phrases } = analysisInput(parsed);
    if (!words.length && !phrases.length) return null;
    const rows = (await this.dataSource.query(ANALYZE_SQL, [words, phrases])) as (AnalysedWord & { kind: string; phrase: string | null })[];
    const byWord = new Map<string, AnalysedWord>();
    const byPhrase = new Map<string, string>();
    for (const r of rows) {
      if (r.kind === 'word') byWord.set(r.w, r);
      else if (r.phrase) byPhrase.set(r.w, r.phrase);
    }
    return buildQuery(parsed, byWord, byPhrase);
  }

  async search(viewerId: string | undefined, input: SearchInput, lang: Language): Promise<SearchResultModel> {
    const started = performance.now();
    if (input.from && !validDate(input.from)) throw AppException.badInput([{ field: 'from', key: 'search.date' }]);
    if (input.to && !validDate(input.to)) throw AppException.badInput([{ field: 'to', key: 'search.date' }]);
    if (input.from && input.to && input.to < input.from) throw AppException.badInput([{ field: 'to', key: 'search.dateOrder' }]);
    const text = (input.text ?? '').trim();
    await this.mergeVocabulary();
    const rq = text ? await this.rewrite(text) : null;
    const empty = this.emptyResult(started);
    if (text && !rq) return empty; // stopwords only
    const arr = <T>(v: T[] | null | undefined): T[] | null => (v && v.length ? v : null);
    // Dates are days in Europe/Amsterdam, whatever the server's zone.
    const [{ from, to }] = (await this.dataSource.query(
      `SELECT ($1::date::timestamp AT TIME ZONE 'Europe/Amsterdam') AS "from", ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam') AS "to"`,
      [input.from ?? null, input.to ? nextDay(input.to) : null],
    )) as { from: Date | null; to: Date | null }[];
    const [{ result }] = (await this.dataSource.query(searchSql(!rq, rq?.exactQueries.length ?? 0), [
      viewerId ?? null,
      rq?.tsquery ?? null,
      rq?.exactQueries ?? null,
      arr(input.types),
      arr(input.communityIds),
      arr(input.qualifications),
      arr(input.levels),
      arr(input.collaborationForms),
      arr(input.tags?.map((t) => t.trim().toLowerCase()).filter(Boolean)),
      from,
      to,
      input.first ?? 20,
      input.offset ?? 0,
      HEADLINE_BODY,
      rq?.highlightQuery ?? null,
    ])) as { result: RawResult }[];
    const forms = await this.formNames(lang);
    const f = result.facets;
    return {
      total: Number(result.total),
      hits: result.hits.map((h) => ({
        id: h.id,
        type: h.type,
        subjectId: h.subjectId,
        link: h.link,
        communityId: h.communityId,
        communityName: h.communityName,
        label: h.label,
        titleHtml: headlineToHtml(h.title ?? ''),
        snippetHtml: headlineToHtml(h.snippet ?? ''),
        exact: !!h.exact,
        createdAt: new Date(h.createdAt),
      })),
      facets: {
        types: f.type.map(([v, n]) => ({ value: String(v), label: translate(`search.type.${v}`, lang), count: n })),
        communities: f.community.map(([v, n, name]) => ({ value: v, label: name, count: n })),
        qualifications: f.qualification.map(([v, n]) => ({ value: String(v), label: String(v), count: n })),
        levels: f.level.map(([v, n]) => ({ value: String(v), label: translate('search.level', lang, { level: v }), count: n })),
        collaborationForms: f.form.map(([v, n]) => ({ value: String(v), label: forms.get(String(v)) ?? String(v), count: n })),
        tags: f.tag.map(([v, n]) => ({ value: String(v), label: String(v), count: n })),
        years: f.year.map(([v, n]) => ({ value: String(v), label: String(v), count: n })),
      },
      parts: [...new Set((rq?.explain ?? []).flatMap((e) => e.parts ?? []))],
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  private emptyResult(started: number): SearchResultModel {
    return {
      total: 0,
      hits: [],
      facets: { types: [], communities: [], qualifications: [], levels: [], collaborationForms: [], tags: [], years: [] },
      parts: [],
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  private async formNames(lang: Language): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(`SELECT code, name_nl, name_en FROM collaboration_form`)) as { code: string; name_nl: string; name_en: string }[];
    return new Map(rows.map((r) => [r.code, lang === 'en' ? r.name_en : r.name_nl]));
  }
}
