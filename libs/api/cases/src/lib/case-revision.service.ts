import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { checkPrivacy } from '@kennislijn/shared-privacy';
import { CaseEntity, CaseRevisionEntity } from './entities/case.entities';

type Snapshot = CaseRevisionEntity['snapshot'];

const joined = (s: Snapshot) => [s.title, s.context, s.dilemma, s.tried, s.lessonsLearned ?? ''].join('\n');

/**
 * Keeps the history of a case for moderators without keeping identifying details: when an edit
 * removes something the privacy guard flags (an overridden finding that turned out to be real),
 * no revision that still contains it survives.
 */
@Injectable()
export class CaseRevisionService {
  async beforeEdit(m: EntityManager, current: CaseEntity, next: Snapshot, editorId: string): Promise<void> {
    const previous: Snapshot = { title: current.title, context: current.context, dilemma: current.dilemma, tried: current.tried, lessonsLearned: current.lessonsLearned };
    const nextText = joined(next);
    const removed = new Set(checkPrivacy(joined(previous)).map((f) => f.text).filter((text) => !nextText.includes(text)));
    if (removed.size) {
      // The recorded override of a text that turned out to identify someone goes as well.
      await m.query(`DELETE FROM privacy_override WHERE subject_type = 'CASE' AND subject_id = $1 AND text = ANY($2::text[])`, [current.id, [...removed]]);
      const older = await m.getRepository(CaseRevisionEntity).findBy({ caseId: current.id });
      const purge = older.filter((r) => [...removed].some((text) => joined(r.snapshot).includes(text))).map((r) => r.id);
      if (purge.length) await m.getRepository(CaseRevisionEntity).delete(purge);
      return; // the version that held it is not kept either
    }
    if (nextText === joined(previous)) return;
    await m.getRepository(CaseRevisionEntity).insert({ caseId: current.id, editorId, snapshot: previous });
  }

  list(m: EntityManager, caseId: string): Promise<CaseRevisionEntity[]> {
    return m.getRepository(CaseRevisionEntity).find({ where: { caseId }, order: { createdAt: 'DESC' } });
  }
}
