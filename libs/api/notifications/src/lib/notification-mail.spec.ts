import { EmailFrequency } from './notification-preference.entity';
import { NotificationType } from './notification.entity';
import { absoluteUrl, countPhrase, digestMail, immediateMail, MailNotification } from './notification-mail';

const item = (over: Partial<MailNotification> & { minutes?: number } = {}): MailNotification => ({
  type: NotificationType.MENTIONED,
  communityId: 'c1',
  communityName: 'Gezinscoaches Oost',
  actorName: 'Olga',
  createdAt: new Date(Date.UTC(2026, 0, 13, 10, over.minutes ?? 0)),
  ...over,
  data: { communityName: 'Gezinscoaches Oost', threadId: 't1', link: '/gemeenschappen/oost/gesprek#bericht-1', excerpt: 'Kun je meekijken?', ...over.data },
});

describe('notification mail texts', () => {
  it('makes links absolute only with PUBLIC_URL', () => {
    expect(absoluteUrl('https://kennislijn.nl/', '/meldingen')).toBe('https://kennislijn.nl/meldingen');
    expect(absoluteUrl('', '/meldingen')).toBe('/meldingen');
    expect(absoluteUrl('https://kennislijn.nl', 'https://elders.nl/x')).toBe('https://elders.nl/x');
  });

  it('counts per kind in Dutch', () => {
    expect(countPhrase([item()])).toBe('1 nieuwe vermelding');
    expect(countPhrase([item(), item(), item({ type: NotificationType.REPLIED })])).toBe('2 nieuwe vermeldingen en 1 nieuwe reactie op je bericht');
    expect(countPhrase([item({ type: NotificationType.JOIN_REQUESTED }), item({ type: NotificationType.REPLIED }), item()])).toBe(
      '1 nieuwe vermelding, 1 nieuwe reactie op je bericht en 1 nieuwe melding',
    );
  });

  it('an immediate mail holds the sentence, the excerpt and the link, and no name in the subject', () => {
    const mail = immediateMail(item(), 'https://kennislijn.nl');
    expect(mail.subject).toBe('Nieuw in Gezinscoaches Oost op Kennislijn');
    expect(mail.text).toContain('"Kun je meekijken?"');
    expect(mail.text).toContain('https://kennislijn.nl/gemeenschappen/oost/gesprek#bericht-1');
  });

  it('a digest groups by community, then thread (titled after its subject), then "Overig", with at most five lines', () => {
    const items = [
      ...Array.from({ length: 7 }, (_, i) => item({ minutes: i })),
      item({ minutes: 20, data: { communityName: 'Casus: schooluitval', threadId: 't2', link: '/casussen/k1#bericht-9' } }),
      item({ minutes: 30, type: NotificationType.ROLE_CHANGED, actorName: null, data: { communityName: 'Gezinscoaches Oost', communitySlug: 'oost', role: 'MODERATOR', threadId: undefined, link: undefined, excerpt: undefined } }),
      item({ communityId: 'c0', communityName: 'Alfa', data: { communityName: 'Alfa', threadId: 't3', link: '/gemeenschappen/alfa/gesprek' } }),
    ];
    const mail = digestMail(EmailFrequency.WEEKLY, items, 'https://kennislijn.nl');
    expect(mail.subject).toBe('Je wekelijkse overzicht van Kennislijn: 10 nieuw');
    const text = mail.text;
    expect(text.indexOf('Alfa\n====')).toBeLessThan(text.indexOf('Gezinscoaches Oost\n===='));
    expect(text).toContain("7 nieuwe vermeldingen in 'Gesprek':");
    expect(text).toContain('- en 2 meer');
    expect(text).toContain("1 nieuwe vermelding in 'Casus: schooluitval':");
    expect(text).toContain('Open het gesprek: https://kennislijn.nl/casussen/k1\n');
    expect(text).toContain('Overig: 1 nieuwe melding:\n- Je rol in Gezinscoaches Oost is nu moderator\n  https://kennislijn.nl/gemeenschappen/oost\n');
    // Newest thread first within a community.
    expect(text.indexOf("'Casus: schooluitval'")).toBeLessThan(text.indexOf("7 nieuwe vermeldingen in 'Gesprek'"));
  });
});
