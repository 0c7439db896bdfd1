import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, assertPrivacy, Language, requireUuid } from '@kennislijn/api-core';
import { LevelEntity, QualificationEntity } from '@kennislijn/api-curriculum';
import { PolicyService } from '@kennislijn/api-communities';
import { LearningLineRevisionEntity } from './entities/knowledge.entities';
import { KnowledgeService } from './knowledge.service';

export interface MapCell {
  qualificationCode: string;
  level: number;
  knowledgeCount: number;
  caseCount: number;
  instrumentCount: number;
  /** Sessions (not cancelled) whose linked cases or knowledge items are in the cell. */
  sessionCount: number;
  items: { id: string; title: string; type: string }[];
}

/**
 * The learning line as a map (qualification × level) with what covers each cell, as far as the viewer
 * may see it, and the curators' versioned edits of the line itself.
 */
@Injectable()
export class LearningLineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly knowledge: KnowledgeService,
  ) {}

  /**
   * Every qualification × level cell: readable knowledge items, readable cases, and the published
   * instruments those items link to. Counts never include what the viewer may not read.
   */
  async map(viewerId: string | undefined): Promise<MapCell[]> {
    const readable = (alias: string) => `(${alias}.community_id IS NULL OR EXISTS (SELECT 1 FROM community rc WHERE rc.id = ${alias}.community_id AND ${this.policy.readableCondition('rc', '$1')}))`;
    const items: { code: string; number: number; id: string; title: string; type: string; instrument_ids: string[] }[] = await this.dataSource.query(
      `SELECT q.code, l.number, k.id, k.title, k.type, k.instrument_ids
         FROM knowledge_item k
         JOIN knowledge_item_qualification kq ON kq.item_id = k.id JOIN qualification q ON q.id = kq.qualification_id
         JOIN knowledge_item_level kl ON kl.item_id = k.id JOIN level l ON l.id = kl.level_id
        WHERE ${readable('k')}
        ORDER BY q.code, l.number, k.title`,
      [viewerId ?? null],
    );
    const cases: { code: string; number: number; n: number }[] = await this.dataSource.query(
      `SELECT q.code, l.number, count(DISTINCT k.id)::int AS n
         FROM community_case k
         JOIN case_qualification cq ON cq.case_id = k.id JOIN qualification q ON q.id = cq.qualification_id
         JOIN case_level cl ON cl.case_id = k.id JOIN level l ON l.id = cl.level_id
        WHERE k.hidden_at IS NULL AND ${readable('k')}
        GROUP BY q.code, l.number`,
      [viewerId ?? null],
    );
    // Sessions count in a cell through the cases and knowledge items they link to.
    const sessions: { code: string; number: number; n: number }[] = await this.dataSource.query(
      `SELECT q.code, l.number, count(DISTINCT s.id)::int AS n
         FROM community_session s
         JOIN LATERAL (
           SELECT cq.qualification_id, cl.level_id FROM case_qualification cq JOIN case_level cl ON cl.case_id = cq.case_id
            WHERE cq.case_id = ANY (s.case_ids)
           UNION
           SELECT kq.qualification_id, kl.level_id FROM knowledge_item_qualification kq JOIN knowledge_item_level kl ON kl.item_id = kq.item_id
            WHERE kq.item_id = ANY (s.knowledge_ids)) x ON true
         JOIN qualification q ON q.id = x.qualification_id JOIN level l ON l.id = x.level_id
        WHERE s.status <> 'CANCELLED' AND ${readable('s')}
        GROUP BY q.code, l.number`,
      [viewerId ?? null],
    );
    // Instruments count in a cell through the items there that link to them, if the viewer may read them.
    const instrumentIds = [...new Set(items.flatMap((i) => i.instrument_ids ?? []))];
    const visibleInstruments = new Set<string>();
    if (instrumentIds.length) {
      const rows: { id: string; community_id: string }[] = await this.dataSource.query('SELECT id, community_id FROM instrument WHERE id = ANY($1) AND latest_version > 0', [instrumentIds]);
      const access = await this.policy.load(viewerId, rows.map((r) => r.community_id));
      for (const r of rows) if (access.get(r.community_id) && (access.get(r.community_id)!.visibility === 'PUBLIC' || access.get(r.community_id)!.role)) visibleInstruments.add(r.id);
    }
    const [qualifications, levels] = await Promise.all([
      this.dataSource.getRepository(QualificationEntity).find({ order: { degree: 'ASC', number: 'ASC' } }),
      this.dataSource.getRepository(LevelEntity).find({ order: { number: 'ASC' } }),
    ]);
    const cells: MapCell[] = [];
    for (const q of qualifications) {
      for (const l of levels) {
        const here = items.filter((i) => i.code === q.code && i.number === l.number);
        const instruments = new Set(here.flatMap((i) => (i.instrument_ids ?? []).filter((id) => visibleInstruments.has(id))));
        cells.push({
          qualificationCode: q.code,
          level: l.number,
          knowledgeCount: here.length,
          caseCount: cases.find((c) => c.code === q.code && c.number === l.number)?.n ?? 0,
          instrumentCount: instruments.size,
          sessionCount: sessions.find((s) => s.code === q.code && s.number === l.number)?.n ?? 0,
          items: here.slice(0, 5).map((i) => ({ id: i.id, title: i.title, type: i.type })),
        });
      }
    }
    return cells;
  }

  /** The map as CSV (one row per cell), in the viewer's language for the headings. */
  async mapCsv(viewerId: string | undefined, lang: Language): Promise<string> {
    const cells = await this.map(viewerId);
    const head = lang === 'en'
      ? ['qualification', 'level', 'knowledge_items', 'cases', 'instruments', 'sessions', 'gap']
      : ['eindkwalificatie', 'niveau', 'kennisitems', 'casussen', 'instrumenten', 'sessies', 'lacune'];
    const lines = [head.join(',')];
    for (const c of cells) {
      const gap = c.knowledgeCount + c.caseCount + c.instrumentCount + c.sessionCount === 0;
      lines.push([c.qualificationCode, c.level, c.knowledgeCount, c.caseCount, c.instrumentCount, c.sessionCount, gap ? (lang === 'en' ? 'yes' : 'ja') : lang === 'en' ? 'no' : 'nee'].join(','));
    }
    return `${lines.join('\n')}\n`;
  }

  /** A curator edits a qualification's texts; the previous texts are kept in the history. */
  async editQualification(viewerId: string, code: string, textNl: string, textEn: string, changeNote: string): Promise<QualificationEntity> {
    assertPrivacy({ textNl, textEn, changeNote });
    return this.dataSource.transaction(async (m) => {
      if (!(await this.knowledge.isCurator(m, viewerId))) throw AppException.forbidden('knowledge.onlyCurators');
      const q = await m.getRepository(QualificationEntity).findOne({ where: { code: String(code ?? '').toUpperCase() }, lock: { mode: 'pessimistic_write' } });
      if (!q) throw AppException.notFound();
      const [{ n }]: { n: number }[] = await m.query(`SELECT COALESCE(MAX(number), 0)::int + 1 AS n FROM learning_line_revision WHERE subject_type = 'QUALIFICATION' AND subject_id = $1`, [q.id]);
      await m.getRepository(LearningLineRevisionEntity).insert({ subjectType: 'QUALIFICATION', subjectId: q.id, number: n, before: { textNl: q.textNl, textEn: q.textEn }, after: { textNl, textEn }, changeNote, authorId: viewerId });
      q.textNl = textNl;
      q.textEn = textEn;
      return m.getRepository(QualificationEntity).save(q);
    });
  }

  /** A curator edits a level's description; history as for qualifications. */
  async editLevel(viewerId: string, number: number, textNl: string, textEn: string, changeNote: string): Promise<LevelEntity> {
    assertPrivacy({ textNl, textEn, changeNote });
    return this.dataSource.transaction(async (m) => {
      if (!(await this.knowledge.isCurator(m, viewerId))) throw AppException.forbidden('knowledge.onlyCurators');
      const l = await m.getRepository(LevelEntity).findOne({ where: { number }, lock: { mode: 'pessimistic_write' } });
      if (!l) throw AppException.notFound();
      const [{ n }]: { n: number }[] = await m.query(`SELECT COALESCE(MAX(number), 0)::int + 1 AS n FROM learning_line_revision WHERE subject_type = 'LEVEL' AND subject_id = $1`, [l.id]);
      await m.getRepository(LearningLineRevisionEntity).insert({ subjectType: 'LEVEL', subjectId: l.id, number: n, before: { textNl: l.descriptionNl, textEn: l.descriptionEn }, after: { textNl, textEn }, changeNote, authorId: viewerId });
      l.descriptionNl = textNl;
      l.descriptionEn = textEn;
      return m.getRepository(LevelEntity).save(l);
    });
  }

  history(subjectType: 'QUALIFICATION' | 'LEVEL', subjectId: string): Promise<LearningLineRevisionEntity[]> {
    return this.dataSource.getRepository(LearningLineRevisionEntity).find({ where: { subjectType, subjectId: requireUuid(subjectId) }, order: { number: 'DESC' } });
  }
}
