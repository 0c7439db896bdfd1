import { Injectable, OnModuleInit } from '@nestjs/common';
import { isUuid, PersonalDataRegistry } from '@kennislijn/api-core';
import { ThreadKind, ThreadSubjects } from '@kennislijn/api-discussions';
import { SessionEntity } from './entities/session.entities';

/** A session has its own discussion thread; people's RSVPs, notes and attendance are in their data export. */
@Injectable()
export class SessionIntegrations implements OnModuleInit {
  constructor(
    private readonly subjects: ThreadSubjects,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.subjects.register({
      kind: ThreadKind.SESSION,
      resolve: async (m, subjectId) => {
        const s = isUuid(subjectId) ? await m.getRepository(SessionEntity).findOne({ where: { id: subjectId }, select: { id: true, communityId: true, title: true } }) : null;
        return s ? { communityId: s.communityId, hidden: false, link: `/sessies/${s.id}`, title: s.title } : null;
      },
    });
    this.personalData.register({
      name: 'themedSessions',
      export: async (m, userId) => ({
        rsvps: await m.query(`SELECT r.session_id, s.title, r.status, r.requested_at FROM session_rsvp r JOIN community_session s ON s.id = r.session_id WHERE r.user_id = $1 ORDER BY r.requested_at`, [userId]),
        attendance: await m.query(`SELECT a.session_id, s.title, a.first_seen_at FROM session_attendance a JOIN community_session s ON s.id = a.session_id WHERE a.user_id = $1 ORDER BY a.first_seen_at`, [userId]),
        notesLastEdited: await m.query(`SELECT session_id, step_key, updated_at FROM session_note WHERE updated_by_id = $1`, [userId]),
      }),
      erase: async (m, userId) => {
        await m.query(`DELETE FROM session_rsvp WHERE user_id = $1`, [userId]);
        await m.query(`DELETE FROM calendar_feed_token WHERE user_id = $1`, [userId]);
        await m.query(`UPDATE session_note SET updated_by_id = NULL WHERE updated_by_id = $1`, [userId]);
      },
    });
  }
}
