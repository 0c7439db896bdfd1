import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@kennislijn/api-core';

/** Registers instruments with the AVG/GDPR export and account deletion. */
@Injectable()
export class InstrumentIntegrations implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register({
      name: 'instruments',
      export: async (m, userId) => ({
        coAuthored: await m.query(
          `SELECT i.title, c.name AS community, a.created_at AS "since" FROM instrument_author a JOIN instrument i ON i.id = a.instrument_id JOIN community c ON c.id = i.community_id WHERE a.user_id = $1 ORDER BY a.created_at`,
          [userId],
        ),
        comments: await m.query(
          `SELECT i.title AS instrument, k.item_id AS "itemId", k.body, k.created_at AS "createdAt" FROM instrument_comment k JOIN instrument i ON i.id = k.instrument_id WHERE k.author_id = $1 ORDER BY k.created_at`,
          [userId],
        ),
        tracksStarted: await m.query(`SELECT t.case_code AS "caseCode", t.created_at AS "createdAt" FROM monitoring_track t WHERE t.created_by_id = $1 ORDER BY t.created_at`, [userId]),
      }),
      // Instruments, comments and tracks stay for the community (shown as "voormalig lid"); co-authorship ends,
      // and the draft's "last changed by" marks lose the name.
      erase: async (m, userId) => {
        await m.query('DELETE FROM instrument_author WHERE user_id = $1', [userId]);
        await m.query(
          `UPDATE instrument SET draft_revs = (
             SELECT jsonb_object_agg(e.key, CASE WHEN e.value->>'by' = $1 THEN e.value || '{"by": null, "name": "voormalig lid"}'::jsonb ELSE e.value END)
               FROM jsonb_each(draft_revs) e)
            WHERE EXISTS (SELECT 1 FROM jsonb_each(draft_revs) e WHERE e.value->>'by' = $1)`,
          [userId],
        );
      },
    });
  }
}
