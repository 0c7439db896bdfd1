import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, defineMessages, isUuid, PersonalDataRegistry } from '@kennislijn/api-core';
import { DEFAULT_EMAIL_FREQUENCY, EmailFrequency } from './notification-preference.entity';

defineMessages({
  'notificationPreference.email': {
    nl: 'Kies hoe vaak je e-mail wilt: direct, dagelijks, wekelijks of nooit.',
    en: 'Choose how often you want e-mail: immediately, daily, weekly or never.',
  },
});

export interface NotificationPreferenceView {
  communityId: string;
  communityName: string;
  email: EmailFrequency;
}

const FREQUENCIES = new Set<string>(Object.values(EmailFrequency));

/**
 * Per person and community: how they want e-mail about its notifications. Without a row the
 * default (DAILY) applies. Membership is read from the communities' tables directly (the
 * communities module depends on this one, so it cannot use its PolicyService).
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    personalData: PersonalDataRegistry,
  ) {
    personalData.register({
      name: 'notificationSettings',
      export: async (m, userId) => ({
        preferences: await m.query(
          `SELECT c.name AS community, p.email, p.updated_at AS "updatedAt"
             FROM notification_preference p LEFT JOIN community c ON c.id = p.community_id
            WHERE p.user_id = $1 ORDER BY c.name`,
          [userId],
        ),
        digests: await m.query(`SELECT frequency, last_sent_at AS "lastSentAt" FROM notification_digest WHERE user_id = $1 ORDER BY frequency`, [userId]),
      }),
      erase: async (m, userId) => {
        await m.query(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);
        await m.query(`DELETE FROM notification_digest WHERE user_id = $1`, [userId]);
      },
    });
  }

  /** One entry per community the person is a member of, by name; DAILY where nothing was chosen. */
  async list(userId: string): Promise<NotificationPreferenceView[]> {
    const rows: { id: string; name: string; email: EmailFrequency | null }[] = await this.dataSource.query(
      `SELECT c.id, c.name, p.email
         FROM community_member cm
         JOIN community c ON c.id = cm.community_id
         LEFT JOIN notification_preference p ON p.user_id = cm.user_id AND p.community_id = c.id
        WHERE cm.user_id = $1
        ORDER BY lower(c.name), c.name, c.id`,
      [userId],
    );
    return rows.map((r) => ({ communityId: r.id, communityName: r.name, email: r.email ?? DEFAULT_EMAIL_FREQUENCY }));
  }

  /**
   * Sets the choice for a community the person is a member of (else NOT_FOUND). Switching to
   * IMMEDIATE or NEVER skips that community's notifications still waiting for a digest; between
   * DAILY and WEEKLY they wait for the new digest.
   */
  async set(userId: string, communityId: string, email: EmailFrequency): Promise<NotificationPreferenceView> {
    if (!FREQUENCIES.has(email)) throw AppException.badInput([{ field: 'email', key: 'notificationPreference.email' }]);
    if (!isUuid(communityId)) throw AppException.notFound();
    return this.dataSource.transaction(async (m) => {
      const [community] = (await m.query(
        `SELECT c.id, c.name FROM community_member cm JOIN community c ON c.id = cm.community_id WHERE cm.user_id = $1 AND cm.community_id = $2`,
        [userId, communityId],
      )) as { id: string; name: string }[];
      if (!community) throw AppException.notFound();
      await m.query(
        `INSERT INTO notification_preference (user_id, community_id, email, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (user_id, community_id) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
        [userId, communityId, email],
      );
      if (email === EmailFrequency.IMMEDIATE || email === EmailFrequency.NEVER) {
        await m.query(`UPDATE notification SET email_state = 'SKIPPED' WHERE user_id = $1 AND community_id = $2 AND email_state = 'PENDING'`, [userId, communityId]);
      }
      return { communityId: community.id, communityName: community.name, email };
    });
  }
}
