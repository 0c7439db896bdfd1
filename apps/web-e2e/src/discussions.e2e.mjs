// Journey of the live discussion in SWAG's "Gesprek" tab: Priya (desktop) writes and Sam (phone) reads
// it live; Sam goes offline while Priya writes three messages and gets exactly those, in order, when back;
// Priya writes while offline and her message goes out once on reconnect; unread markers; a mention
// chosen from the autocomplete reaches Sam's bell live. Access tokens live 10 s here, so the socket
// renews its token many times along the way.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { io } from 'socket.io-client';
import { axeViolations, BASE_URL, launch, newPerson, SHOTS, signIn } from './browser.mjs';

const PASSWORD = 'kennislijn-demo';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
// Lower-case letters only: the privacy guard has nothing to flag in it.
const RUN = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

let browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

const panel = (page) => page.getByRole('region', { name: 'Gesprek', exact: true });
const composer = (page) => page.getByRole('combobox', { name: 'Je bericht' });
// Subscribed and caught up over the socket.
const live = (page) => page.locator('section.kl-discussion[data-live]').waitFor();

/** The texts of this run's messages in the list, top to bottom (synced and still pending alike). */
async function runTexts(page) {
  const all = await page.locator('.kl-message [data-message-body]').allInnerTexts();
  return all.map((t) => t.trim()).filter((t) => t.includes(RUN));
}

async function send(page, text) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

async function check(page, name) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function checkBothWidths(page, name, own) {
  await check(page, `${name}-${own === DESKTOP ? 'desktop' : 'phone'}`);
  const other = own === DESKTOP ? PHONE : DESKTOP;
  await page.setViewportSize(other);
  await check(page, `${name}-${other === DESKTOP ? 'desktop' : 'phone'}`);
  await page.setViewportSize(own);
}

test('live discussion: delivery, offline replay without gaps or doubles, outbox, unread, mention', async () => {
  const priya = await newPerson(browser, DESKTOP);
  const sam = await newPerson(browser, PHONE);
  await signIn(priya.page, 'professional@demo.kennislijn.nl');
  await signIn(sam.page, 'student@demo.kennislijn.nl');

  // Both open SWAG's Gesprek tab (Sam through the link form notifications use).
  await priya.page.goto(`${BASE_URL}/gemeenschappen/swag/gesprek`);
  await sam.page.goto(`${BASE_URL}/gemeenschappen/swag?tab=gesprek`);
  await live(priya.page);
  await live(sam.page);
  await sam.page.getByRole('tab', { name: 'Gesprek', selected: true }).waitFor();

  // Priya writes; Sam sees it without reloading. Presence shows who is watching.
  const first = `Goedemorgen, wie denkt mee over de taakalliantie? ${RUN}`;
  await send(priya.page, first);
  await sam.page.locator('.kl-message').filter({ hasText: first }).waitFor();
  await priya.page.locator('.kl-message').filter({ hasText: first }).locator('[data-state="sent"]').waitFor();
  await priya.page.getByText('Kijken mee:').waitFor();

  // The privacy guard checks while typing, as in the post composer: a phone number blocks sending
  // (Enter does nothing) until it is replaced.
  await composer(priya.page).fill(`Bel me gerust op 06-12345678 ${RUN}`);
  const findings = panel(priya.page).getByRole('list', { name: 'Gevonden gegevens' });
  await findings.getByText('Telefoonnummer', { exact: true }).waitFor();
  assert.equal(await panel(priya.page).getByRole('button', { name: 'Versturen' }).isDisabled(), true);
  await check(priya.page, 'discussion-privacy-desktop');
  await composer(priya.page).press('Enter');
  await findings.getByRole('button', { name: 'Vervang door [telefoonnummer]' }).click();
  await findings.waitFor({ state: 'detached' });
  const phone = `Bel me gerust op [telefoonnummer] ${RUN}`;
  assert.equal(await composer(priya.page).inputValue(), phone);
  await composer(priya.page).press('Enter');
  await sam.page.locator('.kl-message').filter({ hasText: phone }).waitFor();

  // Sam types; Priya sees "Sam Student typt…".
  await composer(sam.page).pressSequentially('Ik denk ', { delay: 30 });
  await priya.page.getByText('Sam Student typt…').waitFor();
  await composer(sam.page).fill('');
  await checkBothWidths(priya.page, 'discussion-live', DESKTOP);
  await checkBothWidths(sam.page, 'discussion-live', PHONE);

  // Sam goes offline. Priya writes three messages meanwhile.
  await sam.context.setOffline(true);
  await sam.page.getByText('Je bent offline').waitFor();
  const three = [`Punt een: doelen samen formuleren ${RUN}`, `Punt twee: vader telefonisch betrekken ${RUN}`, `Punt drie: evaluatie na zes weken ${RUN}`];
  for (const text of three) await send(priya.page, text);
  for (const text of three) await priya.page.locator('.kl-message').filter({ hasText: text }).locator('[data-state="sent"]').waitFor();
  // Long enough for Sam's access token to expire while offline.
  await sam.page.waitForTimeout(11_000);
  assert.deepEqual(await runTexts(sam.page), [first, phone]);
  await check(sam.page, 'discussion-offline-phone');

  // Back online: the socket reconnects with a fresh token and replays; all three, in order, once.
  await sam.context.setOffline(false);
  await live(sam.page);
  await sam.page.locator('.kl-message').filter({ hasText: three[2] }).waitFor();
  assert.deepEqual(await runTexts(sam.page), [first, phone, ...three]);
  assert.deepEqual(await runTexts(priya.page), [first, phone, ...three]);
  await sam.page.getByText('Je bent offline').waitFor({ state: 'detached' });

  // Priya writes while offline: the message waits as "Verzenden…" and goes out once she is back.
  await priya.context.setOffline(true);
  await priya.page.getByText('Je bent offline').waitFor();
  const queued = `Dit schreef ik zonder verbinding ${RUN}`;
  await send(priya.page, queued);
  const pending = priya.page.locator('.kl-message').filter({ hasText: queued });
  await pending.getByText('Verzenden…').waitFor();
  await check(priya.page, 'discussion-queued-desktop');
  // The outbox survives a reload while offline is not needed here: it is in localStorage.
  assert.equal(await priya.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kennislijn.outbox.')).length), 1);
  await priya.context.setOffline(false);
  await pending.locator('[data-state="sent"]').waitFor();
  assert.equal(await priya.page.locator('.kl-message').filter({ hasText: queued }).count(), 1);
  assert.equal(await priya.page.getByText('Verzenden…').count(), 0);
  await sam.page.locator('.kl-message').filter({ hasText: queued }).waitFor();
  assert.deepEqual(await runTexts(sam.page), [first, phone, ...three, queued]);
  assert.deepEqual(await runTexts(priya.page), [first, phone, ...three, queued]);

  // Unread: Sam has read up to the end (it is in view), looks at the activity tab; Priya writes; the
  // Gesprek tab shows 1, and the "Nieuwe berichten" line marks it.
  await sam.page.locator('.kl-chat-end').scrollIntoViewIfNeeded();
  await sam.page.waitForTimeout(1500);
  await sam.page.getByRole('tab', { name: 'Activiteit' }).click();
  const later = `Nog een vraag voor later ${RUN}`;
  await send(priya.page, later);
  await sam.page.getByRole('tab', { name: /Gesprek.*1 ongelezen bericht/ }).waitFor();
  await sam.page.getByRole('tab', { name: /Gesprek/ }).click();
  await live(sam.page);
  await panel(sam.page).getByText('Nieuwe berichten').waitFor();
  await sam.page.locator('.kl-message').filter({ hasText: later }).waitFor();
  await check(sam.page, 'discussion-unread-phone');

  // Scrolled up, a new message brings the "Naar nieuwe berichten" button.
  await sam.page.locator('.kl-chat-scroll').evaluate((el) => el.scrollTo(0, 0));
  const scrolled = `Kijk ook even naar de richtlijnen ${RUN}`;
  await send(priya.page, scrolled);
  const jump = sam.page.getByRole('button', { name: /Naar nieuwe berichten/ });
  await jump.waitFor();
  await jump.click();
  await jump.waitFor({ state: 'detached' });

  // A mention chosen from the list (keyboard only) reaches Sam's bell live.
  const bellBefore = await sam.page.getByRole('button', { name: /^Meldingen, / }).getAttribute('aria-label');
  await composer(priya.page).fill('');
  await composer(priya.page).pressSequentially('@Sa', { delay: 40 });
  const listbox = priya.page.getByRole('listbox', { name: 'Leden om te noemen' });
  await listbox.getByRole('option', { name: 'Sam Student' }).waitFor();
  assert.equal(await composer(priya.page).getAttribute('aria-expanded'), 'true');
  await check(priya.page, 'discussion-mention-desktop');
  await composer(priya.page).press('Enter');
  await listbox.waitFor({ state: 'detached' });
  assert.equal(await composer(priya.page).inputValue(), '@Sam Student ');
  const mentionText = `@Sam Student kun jij hier naar kijken? ${RUN}`;
  await composer(priya.page).pressSequentially(mentionText.slice('@Sam Student '.length), { delay: 5 });
  // The chosen member's name is not flagged by the privacy guard.
  assert.equal(await priya.page.getByRole('list', { name: 'Gevonden gegevens' }).count(), 0);
  await composer(priya.page).press('Enter');
  await priya.page.locator('.kl-message').filter({ hasText: mentionText }).locator('[data-state="sent"]').waitFor();
  const bell = sam.page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });
  await sam.page.waitForFunction(
    (before) => {
      const label = document.querySelector('button[aria-label^="Meldingen, "]')?.getAttribute('aria-label');
      return label && label !== before && /\d+ ongelezen/.test(label);
    },
    bellBefore,
    { timeout: 10_000 },
  );
  await sam.page.locator('.kl-message').filter({ hasText: mentionText }).getByText('Noemt jou').waitFor();
  await bell.click();
  const mention = sam.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('button', { name: new RegExp(`Priya Professional noemde je.*${RUN}`) });
  await mention.waitFor();
  await mention.click();
  await sam.page.waitForURL(/\/gemeenschappen\/swag.*#bericht-/);
  await sam.page.locator('.kl-message[data-highlighted]').filter({ hasText: mentionText }).waitFor();

  // Sam answers Priya's question; the answer quotes it, and Priya is told (REPLIED, with a link).
  await sam.page.locator('.kl-message').filter({ hasText: first }).getByRole('button', { name: /^Beantwoorden/ }).click();
  await panel(sam.page).getByText('Je antwoordt op Priya Professional').waitFor();
  const answer = `Ik denk mee, goede vraag ${RUN}`;
  await send(sam.page, answer);
  const answered = priya.page.locator('.kl-message').filter({ hasText: answer });
  await answered.getByText('Antwoord op Priya Professional').waitFor();
  const priyaBell = priya.page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });
  await priyaBell.click();
  const replied = priya.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('button', { name: new RegExp(`Sam Student reageerde op je bericht.*${RUN}`) });
  await replied.waitFor();
  await replied.click();
  await priya.page.waitForURL(/#bericht-/);
  await priya.page.locator('.kl-message[data-highlighted]').filter({ hasText: answer }).waitFor();

  // Nothing doubled anywhere, and the same list on both sides.
  const expected = [first, phone, ...three, queued, later, scrolled, mentionText, answer];
  await live(sam.page);
  await live(priya.page);
  assert.deepEqual(await runTexts(sam.page), expected);
  assert.deepEqual(await runTexts(priya.page), expected);
  await check(priya.page, 'discussion-replied-desktop');

  // Priya edits one of her messages and deletes another; Sam sees both changes live, in place.
  const actions = (text) => priya.page.locator('.kl-message').filter({ hasText: text }).getByRole('button', { name: 'Acties voor het bericht van Priya Professional' });
  await actions(later).click();
  await priya.page.getByRole('menuitem', { name: 'Bewerken' }).click();
  const editDialog = priya.page.getByRole('dialog', { name: 'Bericht bewerken' });
  const edited = `Nog een vraag voor straks ${RUN}`;
  await editDialog.getByLabel('Je bericht').fill(edited);
  await editDialog.getByRole('button', { name: 'Opslaan' }).click();
  await editDialog.waitFor({ state: 'detached' });
  await sam.page.locator('.kl-message').filter({ hasText: edited }).getByText('(bewerkt)').waitFor();
  await actions(scrolled).click();
  await priya.page.getByRole('menuitem', { name: 'Verwijderen' }).click();
  await priya.page.getByRole('dialog', { name: 'Bericht verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
  await sam.page.locator('.kl-message').filter({ hasText: scrolled }).waitFor({ state: 'detached' });
  await priya.page.locator('.kl-message').filter({ hasText: scrolled }).waitFor({ state: 'detached' });
  await sam.page.locator('.kl-message').filter({ hasText: 'Dit bericht is verwijderd.' }).first().waitFor();
  const afterChanges = [first, phone, ...three, queued, edited, mentionText, answer];
  assert.deepEqual(await runTexts(sam.page), afterChanges);
  assert.deepEqual(await runTexts(priya.page), afterChanges);

  assert.deepEqual(priya.errors, []);
  assert.deepEqual(sam.errors, []);
  await priya.context.close();
  await sam.context.close();
});

async function graphql(query, variables, token) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

test('history: a newcomer reads the last page, loads earlier messages in order, and cannot write', async () => {
  // Dana (owner of the open Leerlijn community) writes 55 numbered messages over her own socket.
  const { login } = await graphql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'docent@demo.kennislijn.nl', password: PASSWORD } });
  const token = login.accessToken;
  const { community } = await graphql('query { community(slug: "leerlijn-betekenisvol-samenwerken") { id } }', {}, token);
  const { thread } = await graphql('query ($id: ID!) { thread(kind: COMMUNITY, subjectId: $id) { id } }', { id: community.id }, token);
  const socket = io(BASE_URL, { path: '/socket.io', transports: ['websocket'], auth: { token } });
  const texts = Array.from({ length: 55 }, (_, i) => `Leesroute ${RUN} deel ${i + 1}`);
  try {
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    for (const body of texts) {
      const result = await socket.timeout(5000).emitWithAck('message:send', { threadId: thread.id, clientId: randomUUID(), body });
      assert.equal(result.ok, true, JSON.stringify(result));
    }
  } finally {
    socket.disconnect();
  }

  // Someone who is not a member (the community is open) reads along.
  const { context, page, errors } = await newPerson(browser, PHONE);
  await page.goto(`${BASE_URL}/aanmelden`);
  await page.getByLabel('E-mailadres').fill(`lezer-${RUN}@test.kennislijn.nl`);
  await page.getByLabel('Wachtwoord').fill('een-veilig-wachtwoord');
  await page.getByLabel('Naam').fill('Lotte Lezer');
  await page.getByLabel('Rol').selectOption('PROFESSIONAL');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL('**/gemeenschappen');
  await page.goto(`${BASE_URL}/gemeenschappen/leerlijn-betekenisvol-samenwerken/gesprek`);
  await live(page);
  await page.getByText('Alleen leden kunnen in dit gesprek schrijven.').waitFor();
  assert.equal(await composer(page).count(), 0);
  assert.deepEqual(await runTexts(page), texts.slice(5));
  const earlier = page.getByRole('button', { name: 'Eerdere berichten laden' });
  await earlier.waitFor();
  await check(page, 'discussion-history-phone');
  await earlier.click();
  // Exact text: "deel 1" is also part of "deel 10" to "deel 19", which are already on the page.
  await page.locator('.kl-message').getByText(texts[0], { exact: true }).first().waitFor();
  assert.deepEqual(await runTexts(page), texts);
  assert.deepEqual(errors, []);
  await context.close();
});

test('e-mail per community: choose a weekly digest on the profile page', async () => {
  const { context, page, errors } = await newPerson(browser, PHONE);
  await signIn(page, 'student@demo.kennislijn.nl');
  await page.goto(`${BASE_URL}/profiel`);
  await page.getByRole('heading', { name: 'Meldingen per e-mail' }).waitFor();
  const swag = page.getByRole('combobox', { name: /^SWAG/ });
  await swag.selectOption({ label: 'Wekelijkse samenvatting' });
  await page.getByRole('region', { name: 'Meldingen per e-mail' }).getByText('Opgeslagen.').waitFor();
  await checkBothWidths(page, 'profile-email-preferences', PHONE);
  await page.reload();
  await page.getByRole('combobox', { name: /^SWAG/ }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: /^SWAG/ }).inputValue(), 'WEEKLY');
  await page.getByRole('combobox', { name: /^SWAG/ }).selectOption('DAILY');
  await page.getByRole('region', { name: 'Meldingen per e-mail' }).getByText('Opgeslagen.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
