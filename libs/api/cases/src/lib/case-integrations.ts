import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { defineMessages, excerptOf, isUuid, PersonalDataRegistry } from '@kennislijn/api-core';
import { ContentRegistry, ContentType } from '@kennislijn/api-communities';
import { DiscussionsService, ThreadKind, ThreadSubjects } from '@kennislijn/api-discussions';
import { CaseEntity, CaseResponseEntity } from './entities/case.entities';

defineMessages({
  'case.memberOf': { nl: 'een lid van {community}', en: 'a member of {community}' },
  'case.anonymousVisibleToYou': { nl: '{name} (anoniem voor leden)', en: '{name} (anonymous to members)' },
  'case.onlyAuthor': { nl: 'Alleen wie de casus inbracht kan dit doen.', en: 'Only the person who posted the case can do this.' },
  'case.onlyAuthorOrModerator': { nl: 'Alleen wie de casus inbracht of een moderator kan dit doen.', en: 'Only the person who posted the case or a moderator can do this.' },
  'case.parentNotFound': { nl: 'Die reactie hoort niet bij deze casus.', en: 'That response does not belong to this case.' },
  'case.unknownCollaborationForm': { nl: 'Kies een van de acht samenwerkingsvormen.', en: 'Choose one of the eight forms of collaboration.' },
  'case.unknownQualification': { nl: 'Kies eindkwalificaties uit B1-B9 en M1-M9.', en: 'Choose qualifications from B1-B9 and M1-M9.' },
});

/** Registers cases and responses with moderation (report, hide, restore), discussions (a thread per case) and the AVG/GDPR export. */
@Injectable()
export class CaseIntegrations implements OnModuleInit {
  constructor(
    private readonly content: ContentRegistry,
    private readonly personalData: PersonalDataRegistry,
    private readonly threadSubjects: ThreadSubjects,
    private readonly discussions: DiscussionsService,
  ) {}

  onModuleInit(): void {
    // A case has its own live discussion thread; a hidden case's thread is for moderators only.
    this.threadSubjects.register({
      kind: ThreadKind.CASE,
      resolve: async (m, subjectId) => {
        const kase = isUuid(subjectId) ? await m.getRepository(CaseEntity).findOne({ where: { id: subjectId }, select: { id: true, communityId: true, title: true, hiddenAt: true } }) : null;
        return kase ? { communityId: kase.communityId, hidden: !!kase.hiddenAt, link: `/casussen/${kase.id}`, title: kase.title } : null;
      },
    });
    this.content.register({
      type: ContentType.CASE,
      load: async (m, ids) =>
        (await m.getRepository(CaseEntity).findBy({ id: In(ids.filter(isUuid)) })).map((k) => ({
          type: ContentType.CASE,
          id: k.id,
          communityId: k.communityId,
          authorId: k.authorId,
          excerpt: excerptOf(`${k.title}: ${k.dilemma}`),
          hiddenAt: k.hiddenAt,
          hiddenReason: k.hiddenReason,
        })),
      setHidden: async (m, id, hidden) => {
        const at = hidden ? new Date() : null;
        await m.getRepository(CaseEntity).update({ id }, { hiddenAt: at, hiddenReason: hidden?.reason ?? null, hiddenById: hidden?.by ?? null });
        if (hidden) await this.discussions.restrictHiddenSubject(m, ThreadKind.CASE, id);
        // The case's own feed lines, and those of its visible responses (they would show its title).
        await m.query(
          `UPDATE feed_item SET hidden_at = $2
            WHERE (type IN ('CASE_POSTED', 'CASE_RESOLVED') AND subject_id = $1)
               OR (type = 'CASE_RESPONDED' AND subject_id IN (SELECT id FROM case_response WHERE case_id = $1 AND hidden_at IS NULL))`,
          [id, at],
        );
      },
    });
    this.content.register({
      type: ContentType.CASE_RESPONSE,
      load: async (m, ids) =>
        (await m.getRepository(CaseResponseEntity).findBy({ id: In(ids.filter(isUuid)) })).map((r) => ({
          type: ContentType.CASE_RESPONSE,
          id: r.id,
          communityId: r.communityId,
          authorId: r.authorId,
          excerpt: excerptOf(r.body),
          hiddenAt: r.hiddenAt,
          hiddenReason: r.hiddenReason,
        })),
      setHidden: async (m, id, hidden) => {
        const at = hidden ? new Date() : null;
        await m.getRepository(CaseResponseEntity).update({ id }, { hiddenAt: at, hiddenReason: hidden?.reason ?? null, hiddenById: hidden?.by ?? null });
        await m.query(`UPDATE feed_item SET hidden_at = $2 WHERE type = 'CASE_RESPONDED' AND subject_id = $1`, [id, at]);
      },
    });
    this.personalData.register({
      name: 'cases',
      export: async (m, userId) => ({
        cases: await m.query(
          `SELECT c.name AS community, k.title, k.context, k.dilemma, k.tried, k.status, k.lessons_learned AS "lessonsLearned", k.author_hidden AS "postedAnonymously", k.created_at AS "createdAt"
             FROM community_case k JOIN community c ON c.id = k.community_id WHERE k.author_id = $1 ORDER BY k.created_at`,
          [userId],
        ),
        responses: await m.query(
          `SELECT k.title AS "case", r.body, r.perspective, r.created_at AS "createdAt" FROM case_response r JOIN community_case k ON k.id = r.case_id WHERE r.author_id = $1 ORDER BY r.created_at`,
          [userId],
        ),
        markedHelpful: await m.query(`SELECT h.response_id AS "responseId", h.created_at AS "createdAt" FROM case_response_helpful h WHERE h.user_id = $1`, [userId]),
        privacyOverrides: await m.query(`SELECT kind, text, reason, created_at AS "createdAt" FROM privacy_override WHERE user_id = $1`, [userId]),
      }),
      // Cases and responses stay for the community (shown as "voormalig lid"); marks of helpfulness go.
      erase: async (m, userId) => {
        await m.query('DELETE FROM case_response_helpful WHERE user_id = $1', [userId]);
      },
    });
  }
}
