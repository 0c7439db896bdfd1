import { defineMessages, Language, translate } from '@kennislijn/api-core';
import { NotificationData, NotificationType } from './notification.entity';
import { notificationBody, notificationLink, notificationSentence } from './notification-text';
import type { DigestFrequency } from './digest-schedule';

/** Accounts have no language setting yet: mail about notifications is Dutch (the product is Dutch first). */
export const MAIL_LANGUAGE: Language = 'nl';
/** Where in the web app a person chooses per community how often they get e-mail. */
export const PREFERENCES_PATH = '/meldingen';
/** Lines per group in a digest before "en N meer". */
export const DIGEST_LINES_PER_GROUP = 5;
const BODY_MAX = 140;

defineMessages({
  'mail.greeting': { nl: 'Hallo,', en: 'Hello,' },
  'mail.notification.subject': { nl: 'Nieuw in {communityName} op Kennislijn', en: 'New in {communityName} on Kennislijn' },
  'mail.notification.subjectGeneral': { nl: 'Nieuwe melding op Kennislijn', en: 'New notification on Kennislijn' },
  'mail.notification.open': { nl: 'Bekijk het op Kennislijn: {url}', en: 'View it on Kennislijn: {url}' },
  'mail.notification.why': {
    nl: 'Je krijgt deze e-mail meteen omdat je dat voor {communityName} zo hebt gekozen. Hoe vaak je e-mail krijgt, kies je per gemeenschap: {url}',
    en: 'You get this e-mail right away because you chose so for {communityName}. Choose per community how often you get e-mail: {url}',
  },
  'mail.digest.subject.DAILY': { nl: 'Je dagelijkse overzicht van Kennislijn: {count} nieuw', en: 'Your daily Kennislijn digest: {count} new' },
  'mail.digest.subject.WEEKLY': { nl: 'Je wekelijkse overzicht van Kennislijn: {count} nieuw', en: 'Your weekly Kennislijn digest: {count} new' },
  'mail.digest.intro': { nl: 'Dit is er nieuw voor je sinds je vorige overzicht.', en: 'This is new for you since your previous digest.' },
  'mail.digest.why.DAILY': {
    nl: 'Je krijgt dit overzicht elke ochtend voor de gemeenschappen waarvoor je "dagelijks" hebt gekozen (of niets koos). Hoe vaak je e-mail krijgt, kies je per gemeenschap: {url}',
    en: 'You get this digest every morning for the communities where you chose "daily" (or chose nothing). Choose per community how often you get e-mail: {url}',
  },
  'mail.digest.why.WEEKLY': {
    nl: 'Je krijgt dit overzicht elke maandagochtend voor de gemeenschappen waarvoor je "wekelijks" hebt gekozen. Hoe vaak je e-mail krijgt, kies je per gemeenschap: {url}',
    en: 'You get this digest every Monday morning for the communities where you chose "weekly". Choose per community how often you get e-mail: {url}',
  },
  'mail.digest.count.MENTIONED.one': { nl: '{count} nieuwe vermelding', en: '{count} new mention' },
  'mail.digest.count.MENTIONED.other': { nl: '{count} nieuwe vermeldingen', en: '{count} new mentions' },
  'mail.digest.count.REPLIED.one': { nl: '{count} nieuwe reactie op je bericht', en: '{count} new reply to your message' },
  'mail.digest.count.REPLIED.other': { nl: '{count} nieuwe reacties op je berichten', en: '{count} new replies to your messages' },
  'mail.digest.count.SESSION_REMINDER.one': { nl: '{count} herinnering', en: '{count} reminder' },
  'mail.digest.count.SESSION_REMINDER.other': { nl: '{count} herinneringen', en: '{count} reminders' },
  'mail.digest.count.OTHER.one': { nl: '{count} nieuwe melding', en: '{count} new notification' },
  'mail.digest.count.OTHER.other': { nl: '{count} nieuwe meldingen', en: '{count} new notifications' },
  'mail.digest.and': { nl: '{first} en {last}', en: '{first} and {last}' },
  'mail.digest.inThread': { nl: "{counts} in '{title}'", en: "{counts} in '{title}'" },
  'mail.digest.otherGroup': { nl: 'Overig: {counts}', en: 'Other: {counts}' },
  'mail.digest.channel': { nl: 'Gesprek', en: 'Discussion' },
  'mail.digest.general': { nl: 'Algemeen', en: 'General' },
  'mail.digest.more': { nl: 'en {count} meer', en: 'and {count} more' },
  'mail.digest.openThread': { nl: 'Open het gesprek: {url}', en: 'Open the discussion: {url}' },
});

/** A notification as mail needs it: what is stored, plus the community's and actor's current names. */
export interface MailNotification {
  type: NotificationType;
  communityId: string | null;
  /** The community's name now (null without a community). */
  communityName: string | null;
  data: NotificationData;
  actorName: string | null;
  createdAt: Date;
}

export interface MailContent {
  subject: string;
  text: string;
}

/** A web-app path as a link for mail: absolute with PUBLIC_URL, else the path as it is. */
export function absoluteUrl(publicUrl: string, path: string): string {
  if (/^https?:\/\//.test(path) || !publicUrl) return path;
  return `${publicUrl.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}`;
}

const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > BODY_MAX ? `${flat.slice(0, BODY_MAX - 1).trimEnd()}…` : flat;
};

/** One mail for one notification (preference IMMEDIATE): the sentence, the person's text if any, the link. */
export function immediateMail(n: MailNotification, publicUrl: string, lang: Language = MAIL_LANGUAGE): MailContent {
  const community = n.communityName ?? n.data.communityName ?? '';
  const lines = [translate('mail.greeting', lang), '', `${notificationSentence(n.type, n.data, lang, n.actorName)}.`];
  const body = notificationBody(n.data);
  if (body) lines.push('', `"${clip(body)}"`);
  const link = notificationLink(n.type, n.data);
  if (link) lines.push('', translate('mail.notification.open', lang, { url: absoluteUrl(publicUrl, link) }));
  lines.push('', '-- ', translate('mail.notification.why', lang, { communityName: community, url: absoluteUrl(publicUrl, PREFERENCES_PATH) }));
  return {
    subject: community ? translate('mail.notification.subject', lang, { communityName: community }) : translate('mail.notification.subjectGeneral', lang),
    text: `${lines.join('\n')}\n`,
  };
}

type CountKind = 'MENTIONED' | 'REPLIED' | 'SESSION_REMINDER' | 'OTHER';
const countKind = (type: NotificationType): CountKind =>
  type === NotificationType.MENTIONED || type === NotificationType.REPLIED || type === NotificationType.SESSION_REMINDER ? type : 'OTHER';

/** "3 nieuwe vermeldingen en 1 nieuwe reactie op je bericht". */
export function countPhrase(items: readonly MailNotification[], lang: Language = MAIL_LANGUAGE): string {
  const counts = new Map<CountKind, number>();
  for (const n of items) counts.set(countKind(n.type), (counts.get(countKind(n.type)) ?? 0) + 1);
  const phrases = (['MENTIONED', 'REPLIED', 'SESSION_REMINDER', 'OTHER'] as const)
    .filter((kind) => counts.has(kind))
    .map((kind) => {
      const count = counts.get(kind) ?? 0;
      return translate(`mail.digest.count.${kind}.${count === 1 ? 'one' : 'other'}`, lang, { count });
    });
  if (phrases.length <= 1) return phrases[0] ?? '';
  return translate('mail.digest.and', lang, { first: phrases.slice(0, -1).join(', '), last: phrases[phrases.length - 1] });
}

interface Group {
  items: MailNotification[];
  newest: number;
}

function newestFirst(a: MailNotification, b: MailNotification): number {
  return b.createdAt.getTime() - a.createdAt.getTime();
}

function itemLine(n: MailNotification, lang: Language): string {
  const body = notificationBody(n.data);
  return `- ${notificationSentence(n.type, n.data, lang, n.actorName)}${body ? `: "${clip(body)}"` : ''}`;
}

/**
 * One digest of a person's pending notifications, grouped by community and within it by thread
 * (other notifications under "Overig"), each group with its counts and at most a handful of lines.
 */
export function digestMail(frequency: DigestFrequency, items: readonly MailNotification[], publicUrl: string, lang: Language = MAIL_LANGUAGE): MailContent {
  const general = translate('mail.digest.general', lang);
  const byCommunity = new Map<string, { name: string; threads: Map<string, Group>; other: MailNotification[] }>();
  for (const n of items) {
    const key = n.communityId ?? '';
    const community = byCommunity.get(key) ?? { name: n.communityName ?? n.data.communityName ?? general, threads: new Map<string, Group>(), other: [] };
    byCommunity.set(key, community);
    if (n.data.threadId) {
      const group = community.threads.get(n.data.threadId) ?? { items: [], newest: 0 };
      group.items.push(n);
      group.newest = Math.max(group.newest, n.createdAt.getTime());
      community.threads.set(n.data.threadId, group);
    } else {
      community.other.push(n);
    }
  }
  const communities = [...byCommunity.entries()].sort(([ka, a], [kb, b]) => (ka === '' ? 1 : kb === '' ? -1 : a.name.localeCompare(b.name, 'nl')));

  const lines: string[] = [translate('mail.greeting', lang), '', translate('mail.digest.intro', lang)];
  for (const [, community] of communities) {
    lines.push('', '', community.name, '='.repeat(Math.min(community.name.length, 60)));
    const threads = [...community.threads.values()].sort((a, b) => b.newest - a.newest);
    for (const group of threads) {
      const shown = [...group.items].sort(newestFirst);
      const first = shown[0];
      // A community's own channel is titled after the community; other threads after their subject.
      const subjectTitle = first.data.communityName;
      const title = subjectTitle && subjectTitle !== community.name ? subjectTitle : translate('mail.digest.channel', lang);
      lines.push('', `${translate('mail.digest.inThread', lang, { counts: countPhrase(group.items, lang), title })}:`);
      for (const n of shown.slice(0, DIGEST_LINES_PER_GROUP)) lines.push(itemLine(n, lang));
      if (shown.length > DIGEST_LINES_PER_GROUP) lines.push(`- ${translate('mail.digest.more', lang, { count: shown.length - DIGEST_LINES_PER_GROUP })}`);
      const link = notificationLink(first.type, first.data);
      if (link) lines.push(translate('mail.digest.openThread', lang, { url: absoluteUrl(publicUrl, link.split('#')[0]) }));
    }
    if (community.other.length) {
      const shown = [...community.other].sort(newestFirst);
      lines.push('', `${translate('mail.digest.otherGroup', lang, { counts: countPhrase(shown, lang) })}:`);
      for (const n of shown.slice(0, DIGEST_LINES_PER_GROUP)) {
        lines.push(itemLine(n, lang));
        const link = notificationLink(n.type, n.data);
        if (link) lines.push(`  ${absoluteUrl(publicUrl, link)}`);
      }
      if (shown.length > DIGEST_LINES_PER_GROUP) lines.push(`- ${translate('mail.digest.more', lang, { count: shown.length - DIGEST_LINES_PER_GROUP })}`);
    }
  }
  lines.push('', '', '-- ', translate(`mail.digest.why.${frequency}`, lang, { url: absoluteUrl(publicUrl, PREFERENCES_PATH) }));
  return {
    subject: translate(`mail.digest.subject.${frequency}`, lang, { count: items.length }),
    text: `${lines.join('\n')}\n`,
  };
}
