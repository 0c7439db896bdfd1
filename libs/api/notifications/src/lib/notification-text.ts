import { defineMessages, Language, translate } from '@kennislijn/api-core';
import { NotificationData, NotificationType } from './notification.entity';

// Sentences of the notification types this module's callers in communities use; discussion types
// (MENTIONED, REPLIED, SESSION_REMINDER) are defined in libs/api/discussions.
defineMessages({
  'notification.JOIN_REQUESTED': { nl: '{actorName} wil lid worden van {communityName}', en: '{actorName} asks to join {communityName}' },
  'notification.JOIN_APPROVED': { nl: 'Je bent toegelaten tot {communityName}', en: 'You have been admitted to {communityName}' },
  'notification.JOIN_DECLINED': { nl: 'Je verzoek om lid te worden van {communityName} is afgewezen', en: 'Your request to join {communityName} was declined' },
  'notification.CONTENT_REPORTED': { nl: 'Nieuwe melding in {communityName}', en: 'New report in {communityName}' },
  'notification.CONTENT_HIDDEN': { nl: 'Een moderator heeft je bericht in {communityName} verborgen', en: 'A moderator hid your post in {communityName}' },
  'notification.ROLE_CHANGED': { nl: 'Je rol in {communityName} is nu {role}', en: 'Your role in {communityName} is now {role}' },
  'notification.INVITED': { nl: '{actorName} nodigt je uit voor {communityName}', en: '{actorName} invites you to {communityName}' },
});

const ROLE_LABEL: Record<string, { nl: string; en: string }> = {
  MEMBER: { nl: 'lid', en: 'member' },
  MODERATOR: { nl: 'moderator', en: 'moderator' },
  OWNER: { nl: 'eigenaar', en: 'owner' },
};

/** The one sentence a notification reads as (bell and e-mail alike). */
export function notificationSentence(type: NotificationType, data: NotificationData, lang: Language, actorName: string | null | undefined): string {
  const role = data.role ? (ROLE_LABEL[data.role]?.[lang] ?? data.role) : '';
  return translate(`notification.${type}`, lang, {
    communityName: data.communityName ?? '',
    actorName: actorName || translate('person.someone', lang),
    role,
  });
}

/** The person's own text in a notification (a decision message, a hide reason, a message excerpt). */
export function notificationBody(data: NotificationData): string | null {
  return data.message ?? data.excerpt ?? null;
}

/** Path in the web app where the notification leads. */
export function notificationLink(type: NotificationType, data: NotificationData): string | null {
  if (data.link) return data.link;
  if (!data.communitySlug) return null;
  const moderation = type === NotificationType.JOIN_REQUESTED || type === NotificationType.CONTENT_REPORTED;
  return `/gemeenschappen/${data.communitySlug}${moderation ? '?tab=moderatie' : ''}`;
}
