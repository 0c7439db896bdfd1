import { Injectable, OnModuleInit } from '@nestjs/common';
import { isUuid, PersonalDataRegistry } from '@kennislijn/api-core';
import { ThreadKind, ThreadSubjects } from '@kennislijn/api-discussions';
import { KnowledgeItemEntity } from './entities/knowledge.entities';

/** Registers knowledge items with discussions (questions on a community's item) and the AVG/GDPR export. */
@Injectable()
export class KnowledgeIntegrations implements OnModuleInit {
  constructor(
    private readonly threadSubjects: ThreadSubjects,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    // Members ask questions on a community's knowledge item (e.g. a researcher's finding) in its own thread.
    // Site-wide items have no community and so no thread.
    this.threadSubjects.register({
      kind: ThreadKind.KNOWLEDGE,
      resolve: async (m, subjectId) => {
        const item = isUuid(subjectId) ? await m.getRepository(KnowledgeItemEntity).findOne({ where: { id: subjectId }, select: { id: true, communityId: true, title: true } }) : null;
        return item?.communityId ? { communityId: item.communityId, hidden: false, link: `/kennisbank/${item.id}`, title: item.title } : null;
      },
    });
    this.personalData.register({
      name: 'knowledge',
      export: async (m, userId) => ({
        items: await m.query(`SELECT k.type, k.title, k.summary, k.created_at AS "createdAt" FROM knowledge_item k WHERE k.author_id = $1 ORDER BY k.created_at`, [userId]),
        revisions: await m.query(
          `SELECT k.title AS item, r.number, r.change_note AS "changeNote", r.created_at AS "createdAt" FROM knowledge_revision r JOIN knowledge_item k ON k.id = r.item_id WHERE r.author_id = $1 ORDER BY r.created_at`,
          [userId],
        ),
        learningLineEdits: await m.query(`SELECT subject_type AS "subjectType", number, change_note AS "changeNote", created_at AS "createdAt" FROM learning_line_revision WHERE author_id = $1`, [userId]),
      }),
      // Items and revisions stay for the knowledge base (shown as "voormalig lid").
      erase: async () => undefined,
    });
  }
}
