import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { loadConfig } from '@kennislijn/api-core';
import { DigestService } from '@kennislijn/api-notifications';
import { buildCommunity, buildUser, BuiltCommunity, BuiltUser, errorCode, must, TestClient } from '@kennislijn/api-testing';
import { createApp } from '../create-app';
import { testDatabaseUrl } from '../../test/test-app';

const PUBLIC_URL = 'https://kennislijn.example';

interface App {
  url: string;
  dataSource: DataSource;
  digests: DigestService;
  close(): Promise<void>;
}

interface Received {
  to: string[];
  raw: string;
}

// The real API (as test-app.ts starts it), keeping hold of the DigestService so a test can run it with a fixed clock.
async function startApp(smtpPort: number): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    DATA_DIR: 'memory://',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    DB_POOL_SIZE: process.env['KL_TEST_DATABASE_KIND'] === 'embedded' ? '1' : '3',
    WEB_DIST_DIR: '/nonexistent',
    PUBLIC_URL,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Kennislijn Test <noreply@test.kennislijn.nl>',
  });
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, dataSource: app.get(DataSource), digests: app.get(DigestService), close: () => app.close() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Letters only: a random suffix like "1603ec" reads as a postcode to the privacy guard.
const tagOf = () => Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join('');

// E-mail about notifications: a choice per community, immediate mails and digests (issue 5, item 5).
describe('e-mail about notifications: preferences, immediate mail and digests', () => {
  let app: App;
  let smtp: SMTPServer;
  const inbox: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    app = await startApp((smtp.server.address() as AddressInfo).port);
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const received = (email: string) => inbox.filter((m) => m.to.includes(email.toLowerCase()));
  const mailsTo = async (email: string): Promise<{ subject: string; text_body: string; status: string }[]> =>
    app.dataSource.query(`SELECT subject, text_body, status FROM outbound_mail WHERE to_address = $1 ORDER BY created_at`, [email.toLowerCase()]);
  async function waitForInbox(email: string, count: number): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (received(email).length < count && Date.now() < deadline) await sleep(50);
  }
  const states = async (userId: string): Promise<Record<string, number>> => {
    const rows: { email_state: string; n: number }[] = await app.dataSource.query(`SELECT email_state, count(*)::int AS n FROM notification WHERE user_id = $1 GROUP BY email_state`, [userId]);
    return Object.fromEntries(rows.map((r) => [r.email_state, r.n]));
  };
  const setPreference = (client: TestClient, communityId: string, email: string) =>
    client.gql<{ setNotificationPreference: { communityId: string; communityName: string; email: string } }>(
      `mutation($c: ID!, $e: EmailFrequency!) { setNotificationPreference(communityId: $c, email: $e) { communityId communityName email } }`,
      { c: communityId, e: email },
    );
  const join = async (user: BuiltUser, c: BuiltCommunity) => must(await user.client.gql(`mutation($id: ID!) { joinCommunity(id: $id) { id } }`, { id: c.id }));
  const threadOf = async (user: BuiltUser, c: BuiltCommunity) =>
    must(await user.client.gql<{ thread: { id: string } }>(`query($s: ID!) { thread(kind: COMMUNITY, subjectId: $s) { id } }`, { s: c.id })).thread.id;
  const post = async (user: BuiltUser, threadId: string, body: string, extra: { mentionIds?: string[]; replyToId?: string } = {}) =>
    must(await user.client.gql<{ postMessage: { id: string } }>(`mutation($i: PostMessageInput!) { postMessage(input: $i) { id } }`, { i: { threadId, body, ...extra } })).postMessage.id;
  // Moves a person's notifications to a fixed moment (keeping their order), so a test can run digests with a fixed clock.
  const shiftNotifications = (userId: string, to: string) =>
    app.dataSource.query(
      `UPDATE notification SET created_at = $2::timestamptz + (created_at - (SELECT min(created_at) FROM notification WHERE user_id = $1 AND email_state = 'PENDING'))
        WHERE user_id = $1 AND email_state = 'PENDING'`,
      [userId, to],
    );

  it('lists one preference per community you are a member of, by name, DAILY by default; only members may set one', async () => {
    const tag = tagOf();
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const ann = await buildUser(app.url, { displayName: 'Ann Lid' });
    const beta = await buildCommunity(owner.client, { name: `Beta ${tag}` });
    const alfa = await buildCommunity(owner.client, { name: `alfa ${tag}` });
    const notJoined = await buildCommunity(owner.client, { name: `Gamma ${tag}` });
    const secret = await buildCommunity(owner.client, { name: `Delta ${tag}`, visibility: 'PRIVATE', joinPolicy: 'INVITE' });
    await join(ann, beta);
    await join(ann, alfa);

    const list = async () => must(await ann.client.gql<{ notificationPreferences: { communityId: string; communityName: string; email: string }[] }>(`{ notificationPreferences { communityId communityName email } }`)).notificationPreferences;
    expect(await list()).toEqual([
      { communityId: alfa.id, communityName: alfa.name, email: 'DAILY' },
      { communityId: beta.id, communityName: beta.name, email: 'DAILY' },
    ]);

    expect(must(await setPreference(ann.client, beta.id, 'WEEKLY')).setNotificationPreference).toEqual({ communityId: beta.id, communityName: beta.name, email: 'WEEKLY' });
    expect(must(await setPreference(ann.client, beta.id, 'NEVER')).setNotificationPreference.email).toBe('NEVER');
    expect(must(await setPreference(ann.client, alfa.id, 'IMMEDIATE')).setNotificationPreference.email).toBe('IMMEDIATE');
    expect((await list()).map((p) => [p.communityName, p.email])).toEqual([
      [alfa.name, 'IMMEDIATE'],
      [beta.name, 'NEVER'],
    ]);
    // The owner's own list holds all four communities it belongs to.
    expect(must(await owner.client.gql<{ notificationPreferences: { communityName: string }[] }>(`{ notificationPreferences { communityName } }`)).notificationPreferences.map((p) => p.communityName)).toEqual([
      alfa.name,
      beta.name,
      secret.name,
      notJoined.name,
    ]);

    // Not a member (public or private), no such community, not an id: NOT_FOUND; nothing stored.
    expect(errorCode(await setPreference(ann.client, notJoined.id, 'NEVER'))).toBe('NOT_FOUND');
    expect(errorCode(await setPreference(ann.client, secret.id, 'NEVER'))).toBe('NOT_FOUND');
    expect(errorCode(await setPreference(ann.client, randomUUID(), 'NEVER'))).toBe('NOT_FOUND');
    expect(errorCode(await setPreference(ann.client, 'geen-id', 'NEVER'))).toBe('NOT_FOUND');
    expect(await app.dataSource.query(`SELECT 1 FROM notification_preference WHERE user_id = $1 AND community_id = ANY($2::uuid[])`, [ann.id, [notJoined.id, secret.id]])).toEqual([]);
    // A value that is no frequency, and no sign-in.
    expect(errorCode(await setPreference(ann.client, alfa.id, 'HOURLY'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await setPreference(new TestClient(app.url), alfa.id, 'NEVER'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new TestClient(app.url).gql(`{ notificationPreferences { communityId } }`))).toBe('UNAUTHENTICATED');
  });

  it('IMMEDIATE: one mail right after the commit, in Dutch, with the sentence, the excerpt and an absolute link; NEVER: no mail', async () => {
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const now = await buildUser(app.url, { displayName: 'Nina Direct' });
    const never = await buildUser(app.url, { displayName: 'Nico Nooit' });
    const c = await buildCommunity(owner.client, { name: `Gezinscoaches ${tagOf()}` });
    await join(now, c);
    await join(never, c);
    must(await setPreference(now.client, c.id, 'IMMEDIATE'));
    must(await setPreference(never.client, c.id, 'NEVER'));
    const thread = await threadOf(owner, c);
    const messageId = await post(owner, thread, 'Kunnen jullie meedenken over de **aanpak** voor vrijdag?', { mentionIds: [now.id, never.id] });

    await waitForInbox(now.email, 1);
    await sleep(300);
    expect(received(now.email)).toHaveLength(1);
    const [mail] = await mailsTo(now.email);
    expect(mail.subject).toBe(`Nieuw in ${c.name} op Kennislijn`);
    expect(mail.text_body).toContain(`Olga Eigenaar noemde je in ${c.name}.`);
    expect(mail.text_body).toContain('"Kunnen jullie meedenken over de aanpak voor vrijdag?"');
    // The link the notification holds (the thread's page and the message), made absolute with PUBLIC_URL.
    const [{ link }] = await app.dataSource.query(`SELECT data->>'link' AS link FROM notification WHERE user_id = $1`, [now.id]);
    expect(link).toMatch(new RegExp(`^/.*${c.slug}.*#bericht-${messageId}$`));
    expect(mail.text_body).toContain(`Bekijk het op Kennislijn: ${PUBLIC_URL}${link}\n`);
    expect(mail.text_body).toContain(`${PUBLIC_URL}/meldingen`);
    // No more personal data than the notification holds: not the recipient's name or address.
    expect(mail.text_body).not.toContain('Nina');
    expect(mail.text_body).not.toContain(now.email);
    const raw = received(now.email)[0].raw.replace(/=\r?\n/g, '');
    expect(raw).toContain(`bericht-${messageId}`);
    expect(await states(now.id)).toEqual({ SENT: 1 });
    // Sent over SMTP, marked so.
    const deadline = Date.now() + 5_000;
    while ((await mailsTo(now.email))[0].status !== 'SENT' && Date.now() < deadline) await sleep(50);
    expect((await mailsTo(now.email))[0].status).toBe('SENT');

    expect(await states(never.id)).toEqual({ SKIPPED: 1 });
    expect(await mailsTo(never.email)).toEqual([]);
    expect(received(never.email)).toEqual([]);
    // The author is not notified of their own message.
    expect(await states(owner.id)).toEqual({});
  });

  it('DAILY: one digest per day from 07:00 Amsterdam time, grouped by community and thread, read notifications skipped', async () => {
    const tag = tagOf();
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const dana = await buildUser(app.url, { displayName: 'Dana Dagelijks' });
    const oost = await buildCommunity(owner.client, { name: `Oost ${tag}` });
    const west = await buildCommunity(owner.client, { name: `West ${tag}` });
    await join(dana, oost);
    await join(dana, west);
    const oostThread = await threadOf(owner, oost);
    const westThread = await threadOf(owner, west);
    for (let i = 1; i <= 3; i++) await post(owner, oostThread, `Vraag ${i} over het plan.`, { mentionIds: [dana.id] });
    const own = await post(dana, oostThread, 'Mijn ervaring met dit gesprek.');
    await post(owner, oostThread, 'Dank, herkenbaar!', { replyToId: own });
    for (let i = 1; i <= 8; i++) await post(owner, westThread, `Punt ${i} voor de agenda.`, { mentionIds: [dana.id] });
    must(await owner.client.gql(`mutation($c: ID!, $u: ID!) { setMemberRole(communityId: $c, userId: $u, role: MODERATOR) { role } }`, { c: oost.id, u: dana.id }));
    expect(await states(dana.id)).toEqual({ PENDING: 13 });
    // Tuesday 13 January 2026, from 11:00 Amsterdam time (winter: UTC+1); one West mention was read in the app.
    await shiftNotifications(dana.id, '2026-01-13T10:00:00Z');
    await app.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE id = (SELECT id FROM notification WHERE user_id = $1 AND community_id = $2 ORDER BY created_at LIMIT 1)`,
      [dana.id, west.id],
    );

    // Wednesday 06:59 local: the notifications came after Tuesday's 07:00, so nothing is due yet.
    await app.digests.run(new Date('2026-01-14T05:59:00Z'));
    expect(await mailsTo(dana.email)).toEqual([]);
    // Wednesday 07:05 local: the digest. A second run that day sends nothing more.
    const first = await app.digests.run(new Date('2026-01-14T06:05:00Z'));
    expect(first.digests).toBeGreaterThanOrEqual(1);
    await app.digests.run(new Date('2026-01-14T06:10:00Z'));
    await app.digests.run(new Date('2026-01-14T15:00:00Z'));
    const mails = await mailsTo(dana.email);
    expect(mails).toHaveLength(1);
    await waitForInbox(dana.email, 1);
    expect(received(dana.email)).toHaveLength(1);

    const { subject, text_body: text } = mails[0];
    expect(subject).toBe('Je dagelijkse overzicht van Kennislijn: 12 nieuw');
    // Communities by name, each with its threads and then "Overig".
    expect(text.indexOf(oost.name)).toBeLessThan(text.indexOf(west.name));
    const oostPart = text.slice(text.indexOf(`${oost.name}\n===`), text.indexOf(`${west.name}\n===`));
    const westPart = text.slice(text.indexOf(`${west.name}\n===`));
    expect(oostPart).toContain("3 nieuwe vermeldingen en 1 nieuwe reactie op je bericht in 'Gesprek':");
    expect(oostPart).toContain(`- Olga Eigenaar noemde je in ${oost.name}: "Vraag 3 over het plan."`);
    expect(oostPart).toContain(`- Olga Eigenaar reageerde op je bericht in ${oost.name}: "Dank, herkenbaar!"`);
    const [{ link: threadLink }] = await app.dataSource.query(`SELECT data->>'link' AS link FROM notification WHERE user_id = $1 AND community_id = $2 AND type = 'MENTIONED' LIMIT 1`, [dana.id, oost.id]);
    expect(oostPart).toContain(`Open het gesprek: ${PUBLIC_URL}${String(threadLink).split('#')[0]}\n`);
    expect(oostPart).toContain('Overig: 1 nieuwe melding:');
    expect(oostPart).toContain(`- Je rol in ${oost.name} is nu moderator`);
    // 7 unread mentions in West: five lines and "en 2 meer"; the read one is not mailed.
    expect(westPart).toContain("7 nieuwe vermeldingen in 'Gesprek':");
    expect(westPart.match(/^- Olga Eigenaar noemde je/gm)).toHaveLength(5);
    expect(westPart).toContain('- en 2 meer');
    expect(westPart).not.toContain('Punt 1 voor de agenda');
    expect(westPart).toContain('"Punt 8 voor de agenda."');
    expect(text).toContain(`${PUBLIC_URL}/meldingen`);
    expect(text).not.toContain(dana.email);
    expect(await states(dana.id)).toEqual({ SENT: 12, SKIPPED: 1 });
    const [digest] = await app.dataSource.query(`SELECT frequency, last_sent_at FROM notification_digest WHERE user_id = $1`, [dana.id]);
    expect(digest.frequency).toBe('DAILY');
    expect(new Date(digest.last_sent_at).toISOString()).toBe('2026-01-14T06:05:00.000Z');

    // Something new on Wednesday waits for Thursday's digest.
    await post(owner, oostThread, 'Nog een vraag.', { mentionIds: [dana.id] });
    await shiftNotifications(dana.id, '2026-01-14T09:00:00Z');
    await app.digests.run(new Date('2026-01-14T20:00:00Z'));
    await app.digests.run(new Date('2026-01-15T05:59:00Z'));
    expect(await mailsTo(dana.email)).toHaveLength(1);
    await app.digests.run(new Date('2026-01-15T06:00:00Z'));
    const after = await mailsTo(dana.email);
    expect(after).toHaveLength(2);
    expect(after[1].subject).toBe('Je dagelijkse overzicht van Kennislijn: 1 nieuw');
    expect(after[1].text_body).toContain("1 nieuwe vermelding in 'Gesprek':");
  });

  it('WEEKLY: only on or after Monday 07:00 Amsterdam time, also the day after summer time began', async () => {
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const wim = await buildUser(app.url, { displayName: 'Wim Wekelijks' });
    const c = await buildCommunity(owner.client, { name: `Noord ${tagOf()}` });
    await join(wim, c);
    must(await setPreference(wim.client, c.id, 'WEEKLY'));
    const thread = await threadOf(owner, c);
    await post(owner, thread, 'Eerste vraag.', { mentionIds: [wim.id] });
    await post(owner, thread, 'Tweede vraag.', { mentionIds: [wim.id] });
    // Saturday 28 March 2026; summer time begins Sunday 29 March (07:00 CEST on Monday = 05:00 UTC).
    await shiftNotifications(wim.id, '2026-03-28T12:00:00Z');

    await app.digests.run(new Date('2026-03-29T12:00:00Z'));
    await app.digests.run(new Date('2026-03-30T04:59:00Z')); // Monday 06:59 CEST (05:59 if one forgot summer time)
    expect(await mailsTo(wim.email)).toEqual([]);
    await app.digests.run(new Date('2026-03-30T05:00:00Z')); // Monday 07:00 CEST
    await app.digests.run(new Date('2026-03-30T05:30:00Z'));
    await app.digests.run(new Date('2026-04-01T09:00:00Z'));
    const mails = await mailsTo(wim.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Je wekelijkse overzicht van Kennislijn: 2 nieuw');
    expect(mails[0].text_body).toContain("2 nieuwe vermeldingen in 'Gesprek':");
    expect(mails[0].text_body).toContain('elke maandagochtend');
    expect(await states(wim.id)).toEqual({ SENT: 2 });
    // No daily digest for a weekly community.
    expect(await app.dataSource.query(`SELECT frequency FROM notification_digest WHERE user_id = $1`, [wim.id])).toEqual([{ frequency: 'WEEKLY' }]);

    // A mention on Monday afternoon waits for the next Monday.
    await post(owner, thread, 'Derde vraag.', { mentionIds: [wim.id] });
    await shiftNotifications(wim.id, '2026-03-30T12:00:00Z');
    await app.digests.run(new Date('2026-03-31T06:00:00Z'));
    await app.digests.run(new Date('2026-04-06T04:59:00Z'));
    expect(await mailsTo(wim.email)).toHaveLength(1);
    await app.digests.run(new Date('2026-04-06T05:00:00Z'));
    expect(await mailsTo(wim.email)).toHaveLength(2);
  });

  it('two instances running digests at the same moment send each digest once', async () => {
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const people = await Promise.all([1, 2, 3].map((i) => buildUser(app.url, { displayName: `Kees Gelijktijdig ${i}` })));
    const c = await buildCommunity(owner.client, { name: `Zuid ${tagOf()}` });
    for (const p of people) await join(p, c);
    const thread = await threadOf(owner, c);
    await post(owner, thread, 'Iedereen even kijken?', { mentionIds: people.map((p) => p.id) });
    await post(owner, thread, 'En nog iets.', { mentionIds: people.map((p) => p.id) });
    for (const p of people) await shiftNotifications(p.id, '2026-02-10T10:00:00Z');

    const second = await startApp((smtp.server.address() as AddressInfo).port);
    try {
      const at = new Date('2026-02-11T06:30:00Z');
      const results = await Promise.all([app.digests.run(at), second.digests.run(at), app.digests.run(at), second.digests.run(at)]);
      expect(results.reduce((sum, r) => sum + r.digests, 0)).toBe(people.length);
    } finally {
      await second.close();
    }
    for (const p of people) {
      expect(await mailsTo(p.email)).toHaveLength(1);
      expect(await states(p.id)).toEqual({ SENT: 2 });
      await waitForInbox(p.email, 1);
    }
    await sleep(300);
    for (const p of people) expect(received(p.email)).toHaveLength(1);
  });

  it('export holds the choices and digest times; deleting the account removes them', async () => {
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const gina = await buildUser(app.url, { displayName: 'Gina Gegevens' });
    const c = await buildCommunity(owner.client, { name: `Avg ${tagOf()}` });
    await join(gina, c);
    must(await setPreference(gina.client, c.id, 'WEEKLY'));
    await app.dataSource.query(`INSERT INTO notification_digest (user_id, frequency, last_sent_at) VALUES ($1, 'WEEKLY', '2026-03-30T05:00:00Z')`, [gina.id]);

    const exported = JSON.parse(must(await gina.client.gql<{ myDataExport: string }>(`{ myDataExport }`)).myDataExport);
    expect(exported.notificationSettings.preferences).toEqual([expect.objectContaining({ community: c.name, email: 'WEEKLY' })]);
    expect(exported.notificationSettings.digests).toEqual([expect.objectContaining({ frequency: 'WEEKLY' })]);

    must(await gina.client.gql(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: gina.password }));
    expect(await app.dataSource.query(`SELECT 1 FROM notification_preference WHERE user_id = $1`, [gina.id])).toEqual([]);
    expect(await app.dataSource.query(`SELECT 1 FROM notification_digest WHERE user_id = $1`, [gina.id])).toEqual([]);
  });
});
