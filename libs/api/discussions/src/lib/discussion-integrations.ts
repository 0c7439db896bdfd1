import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { defineMessages, excerptOf, isUuid, PersonalDataRegistry } from '@kennislijn/api-core';
import { CommunityEntity, ContentRegistry, ContentType } from '@kennislijn/api-communities';
import { RealtimeService } from '@kennislijn/api-realtime';
import { roomOf } from '@kennislijn/shared-realtime';
import { MessageEntity, ThreadKind } from './entities/discussion.entities';
import { DiscussionsService } from './discussions.service';
import { ThreadSubjects } from './thread-subjects';

defineMessages({
  'message.onlyAuthor': { nl: 'Alleen wie het bericht schreef kan dit doen.', en: 'Only the person who wrote the message can do this.' },
  'message.alreadyDeleted': { nl: 'Dit bericht is al verwijderd.', en: 'This message has already been deleted.' },
  'message.replyNotInThread': { nl: 'Dat bericht hoort niet bij dit gesprek.', en: 'That message does not belong to this discussion.' },
  'message.clientIdReused': { nl: 'Deze bericht-id is al gebruikt in een ander gesprek.', en: 'This message id was already used in another discussion.' },
  'notification.MENTIONED': { nl: '{actorName} noemde je in {communityName}', en: '{actorName} mentioned you in {communityName}' },
  'notification.REPLIED': { nl: '{actorName} reageerde op je bericht in {communityName}', en: '{actorName} replied to your message in {communityName}' },
  'notification.SESSION_REMINDER': { nl: 'Herinnering: {communityName}', en: 'Reminder: {communityName}' },
});

/** The community channel as a thread subject; messages in moderation and in the AVG/GDPR export. */
@Injectable()
export class DiscussionIntegrations implements OnModuleInit {
  constructor(
    private readonly subjects: ThreadSubjects,
    private readonly content: ContentRegistry,
    private readonly personalData: PersonalDataRegistry,
    private readonly discussions: DiscussionsService,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    // Someone who loses access to a community leaves its thread rooms too.
    this.realtime.registerCommunityRooms(async (m, communityId) =>
      ((await m.query(`SELECT id FROM discussion_thread WHERE community_id = $1`, [communityId])) as { id: string }[]).map((t) => roomOf.thread(t.id)),
    );
    this.subjects.register({
      kind: ThreadKind.COMMUNITY,
      resolve: async (m, subjectId) => {
        const community = isUuid(subjectId) ? await m.getRepository(CommunityEntity).findOne({ where: { id: subjectId }, select: { id: true, slug: true, name: true } }) : null;
        return community ? { communityId: community.id, hidden: false, link: `/gemeenschappen/${community.slug}/gesprek`, title: community.name } : null;
      },
    });
    this.content.register({
      type: ContentType.MESSAGE,
      load: async (m, ids) =>
        (await m.getRepository(MessageEntity).findBy({ id: In(ids.filter(isUuid)) })).map((msg) => ({
          type: ContentType.MESSAGE,
          id: msg.id,
          communityId: msg.communityId,
          authorId: msg.authorId,
          excerpt: excerptOf(msg.body),
          hiddenAt: msg.hiddenAt,
          hiddenReason: msg.hiddenReason,
        })),
      setHidden: (m, id, hidden) => this.discussions.setHidden(m, id, hidden),
    });
    this.personalData.register({
      name: 'messages',
      export: async (m, userId) =>
        m.query(
          `SELECT c.name AS community, t.kind AS "threadKind", msg.body, msg.created_at AS "createdAt", msg.edited_at AS "editedAt", msg.deleted_at AS "deletedAt"
             FROM message msg JOIN discussion_thread t ON t.id = msg.thread_id JOIN community c ON c.id = msg.community_id
            WHERE msg.author_id = $1 ORDER BY msg.created_at`,
          [userId],
        ),
      // Messages stay for the discussion (shown as "voormalig lid"); mentions of the person and read markers go.
      erase: async (m, userId) => {
        await m.query(`UPDATE message SET mention_ids = array_remove(mention_ids, $1::uuid) WHERE $1::uuid = ANY(mention_ids)`, [userId]);
        await m.query(`DELETE FROM thread_read WHERE user_id = $1`, [userId]);
        this.realtime.disconnectUser(m, userId);
      },
    });
  }
}
