import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { buildCommunity, buildUser, errorCode, must, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../../test/test-app';

interface Received {
  to: string[];
  raw: string;
}

// E-mail over real SMTP (an in-process smtp-server), as with SMTP_URL in production.
describe('outgoing mail over SMTP', () => {
  let app: TestApp;
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
    const { port } = smtp.server.address() as AddressInfo;
    app = await startTestApp({}, { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Kennislijn Test <noreply@test.kennislijn.nl>' });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends an e-mail invitation after the commit, with the link, and marks it sent', async () => {
    const owner = await buildUser(app.url, { displayName: 'Olga Eigenaar' });
    const c = await buildCommunity(owner.client, { visibility: 'PRIVATE', joinPolicy: 'INVITE', name: 'Gezinscoaches Oost' });
    const invitee = 'nieuw.lid@test.kennislijn.nl';
    const created = must(await owner.client.gql<{ createInvitation: { url: string } }>(`mutation($c: ID!, $e: String) { createInvitation(communityId: $c, email: $e) { url } }`, { c: c.id, e: invitee }));
    const deadline = Date.now() + 10_000;
    while (!inbox.some((m) => m.to.includes(invitee)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const mail = inbox.find((m) => m.to.includes(invitee));
    expect(mail).toBeDefined();
    const unfolded = (mail as Received).raw.replace(/=\r?\n/g, '').replace(/\r?\n\s/g, ' ');
    expect(unfolded).toMatch(/From: Kennislijn Test <noreply@test\.kennislijn\.nl>/);
    expect(unfolded).toContain(created.createInvitation.url.split('/uitnodiging/')[1]);
    // The row is marked sent right after the SMTP server accepted it.
    const sentRow = async () => (await app.dataSource.query(`SELECT status, attempts, sent_at FROM outbound_mail WHERE to_address = $1`, [invitee]))[0];
    while ((await sentRow()).status !== 'SENT' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const row = await sentRow();
    expect(row.status).toBe('SENT');
    expect(row.sent_at).not.toBeNull();
    // With SMTP configured there is no development mailbox.
    expect(errorCode(await new TestClient(app.url).gql(`{ devMailbox { to } }`))).toBe('NOT_FOUND');
  });
});
