// Journey of communities: a moderator shares a request link for the private SWAG community, a professional
// who cannot see SWAG asks to join through it, the moderator approves, and the newcomer posts in the feed.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, BASE_URL, launch, newPerson, SHOTS, signIn } from './browser.mjs';

const PASSWORD = 'kennislijn-demo';
const SWAG = 'SWAG — Samen Werken aan Ambulante Gezinszorg';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

async function check(page, name) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  // The fixed header would otherwise land in the middle of a full-page shot of a scrolled page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// Both widths of one page state: the person's own width first, then the other one.
async function checkBothWidths(page, name, own) {
  await check(page, `${name}-${own === DESKTOP ? 'desktop' : 'phone'}`);
  const other = own === DESKTOP ? PHONE : DESKTOP;
  await page.setViewportSize(other);
  await check(page, `${name}-${other === DESKTOP ? 'desktop' : 'phone'}`);
  await page.setViewportSize(own);
}

test('request link for a private community: request, approve, post', async () => {
  const olaf = await newPerson(browser, DESKTOP);
  const gijs = await newPerson(browser, PHONE);

  // Olaf (moderator of SWAG) finds SWAG in the list and opens it.
  await signIn(olaf.page, 'onderzoeker@demo.kennislijn.nl');
  await olaf.page.waitForURL('**/gemeenschappen');
  await olaf.page.getByRole('link', { name: SWAG }).waitFor();
  await checkBothWidths(olaf.page, 'communities-list', DESKTOP);
  await olaf.page.getByRole('link', { name: SWAG }).click();
  await olaf.page.getByRole('heading', { name: SWAG, level: 1 }).waitFor();
  await olaf.page.getByRole('tab', { name: 'Activiteit' }).waitFor();
  await olaf.page.getByText('Besloten').first().waitFor();
  await checkBothWidths(olaf.page, 'community-activity', DESKTOP);

  // Moderation: create a request link (aanvraaglink); the link is shown once, with a copy button.
  await olaf.page.getByRole('tab', { name: 'Moderatie' }).click();
  await olaf.page.getByRole('heading', { name: 'Aanvragen', level: 2 }).waitFor();
  await olaf.page.getByText('Geen open aanvragen').waitFor();
  await olaf.page.getByRole('radio', { name: 'Aanvraaglink' }).check();
  await olaf.page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const linkBox = olaf.page.getByRole('textbox', { name: 'Link' });
  await linkBox.waitFor();
  const link = await linkBox.inputValue();
  assert.match(link, /\/uitnodiging\/[\w-]+$/);
  await olaf.page.getByText('We tonen hem niet nog een keer').waitFor();
  await olaf.page.getByRole('button', { name: 'Kopiëren' }).waitFor();
  await olaf.page.getByRole('list', { name: 'Actieve uitnodigingen' }).getByText('Aanvraaglink').waitFor();
  await checkBothWidths(olaf.page, 'community-moderation-link', DESKTOP);

  // Gijs (not a member) cannot see SWAG: not in the list, and its page says so calmly.
  await signIn(gijs.page, 'gast@demo.kennislijn.nl');
  await gijs.page.waitForURL('**/gemeenschappen');
  await gijs.page.getByRole('link', { name: 'Leerlijn Betekenisvol Samenwerken' }).waitFor();
  assert.equal(await gijs.page.getByText(SWAG).count(), 0);
  await gijs.page.goto(`${BASE_URL}/gemeenschappen/swag`);
  await gijs.page.getByText('Deze gemeenschap bestaat niet of je hebt er geen toegang toe').waitFor();
  await checkBothWidths(gijs.page, 'community-not-found', PHONE);

  // Through the request link Gijs sees the card and sends a request with a message.
  await gijs.page.goto(new URL(new URL(link).pathname, BASE_URL).href);
  await gijs.page.getByRole('heading', { name: SWAG, level: 2 }).waitFor();
  await checkBothWidths(gijs.page, 'invitation-request', PHONE);
  await gijs.page.getByLabel('Bericht aan de moderatoren').fill('Ik werk in een wijkteam en wil graag meedoen.');
  await gijs.page.getByRole('button', { name: 'Verzoek versturen' }).click();
  await gijs.page.getByText('Je verzoek is verstuurd; een moderator beoordeelt het').waitFor();
  await check(gijs.page, 'invitation-requested-phone');

  // Olaf gets a notification in the bell and sees the request in the moderation tab.
  await olaf.page.reload();
  const bell = olaf.page.getByRole('button', { name: 'Meldingen, 1 ongelezen' });
  await bell.waitFor();
  await bell.click();
  await olaf.page.getByRole('dialog', { name: 'Meldingen' }).getByText('Gijs Gastprofessional wil lid worden').waitFor();
  await check(olaf.page, 'notifications-popover-desktop');
  await olaf.page.keyboard.press('Escape');
  await olaf.page.getByRole('list', { name: 'Aanvragen' }).getByText('Ik werk in een wijkteam en wil graag meedoen.').waitFor();
  await olaf.page.getByRole('button', { name: 'Goedkeuren: Gijs Gastprofessional' }).click();
  const decision = olaf.page.getByRole('dialog', { name: 'Aanvraag van Gijs Gastprofessional goedkeuren' });
  // Messages pass the privacy guard too: a first name is flagged while typing, and cannot be overridden here.
  await decision.getByLabel('Bericht (niet verplicht)').fill('Welkom bij SWAG, Gijs!');
  await decision.getByRole('list', { name: 'Gevonden gegevens' }).getByText('Naam', { exact: true }).waitFor();
  assert.equal(await decision.getByRole('button', { name: 'Goedkeuren' }).isDisabled(), true);
  assert.equal(await decision.getByRole('button', { name: 'Geen persoonsgegeven' }).count(), 0);
  await check(olaf.page, 'approve-dialog-finding-desktop');
  await decision.getByLabel('Bericht (niet verplicht)').fill('Welkom bij SWAG! Fijn dat je meedoet.');
  await decision.getByRole('list', { name: 'Gevonden gegevens' }).waitFor({ state: 'detached' });
  await check(olaf.page, 'approve-dialog-desktop');
  await decision.getByRole('button', { name: 'Goedkeuren' }).click();
  await olaf.page.getByText('Geen open aanvragen').waitFor();

  // The audit log records the decision.
  await olaf.page.getByRole('tab', { name: 'Logboek' }).click();
  await olaf.page.getByRole('table', { name: 'Logboek' }).getByText('Gijs Gastprofessional').first().waitFor();
  await checkBothWidths(olaf.page, 'community-audit-log', DESKTOP);

  // Gijs is told he was approved; the notification leads to the SWAG feed, where he posts.
  await gijs.page.goto(`${BASE_URL}/gemeenschappen`);
  const gijsBell = gijs.page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });
  await gijsBell.click();
  const approved = gijs.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('button', { name: /toegelaten tot SWAG/ });
  await approved.waitFor();
  await gijs.page.getByText('Welkom bij SWAG! Fijn dat je meedoet.').waitFor();
  await check(gijs.page, 'notifications-popover-phone');
  await approved.click();
  await gijs.page.waitForURL('**/gemeenschappen/swag**');
  await gijs.page.getByRole('heading', { name: SWAG, level: 1 }).waitFor();
  await gijs.page.getByRole('button', { name: 'Meldingen, geen ongelezen' }).waitFor();
  await gijs.page.getByRole('tab', { name: 'Activiteit', selected: true }).waitFor();
  // His own first name is flagged as a possible client name; he says it is not, with a reason.
  await gijs.page.getByRole('textbox', { name: 'Nieuw bericht' }).fill('Hallo allemaal! Ik ben Gijs, professional in een wijkteam.');
  await gijs.page.getByRole('list', { name: 'Gevonden gegevens' }).getByRole('button', { name: 'Geen persoonsgegeven' }).click();
  const override = gijs.page.getByRole('dialog', { name: 'Is dit geen persoonsgegeven?' });
  await override.getByLabel('Waarom is dit geen persoonsgegeven?').fill('Dat is mijn eigen naam.');
  await override.getByRole('button', { name: 'Bevestigen' }).click();
  await gijs.page.getByRole('button', { name: 'Plaatsen' }).click();
  await gijs.page.getByRole('article').filter({ hasText: 'Hallo allemaal! Ik ben Gijs' }).waitFor();
  await gijs.page.getByText('Je bericht is geplaatst.').first().waitFor();
  await checkBothWidths(gijs.page, 'community-feed-posted', PHONE);

  // Olaf sees Gijs's post, pins it, then hides it with a reason; Gijs sees why.
  await olaf.page.getByRole('tab', { name: 'Activiteit' }).click();
  const post = olaf.page.getByRole('article').filter({ hasText: 'Hallo allemaal! Ik ben Gijs' });
  await post.waitFor();
  await post.getByRole('button', { name: 'Acties voor dit bericht' }).click();
  await olaf.page.getByRole('menuitem', { name: 'Vastzetten' }).click();
  await olaf.page.getByText('Het bericht staat nu bovenaan.').waitFor();
  const pinned = olaf.page.getByRole('region', { name: 'Vastgezet' }).getByRole('article').filter({ hasText: 'Hallo allemaal! Ik ben Gijs' });
  await pinned.waitFor();
  await pinned.getByRole('button', { name: 'Acties voor dit bericht' }).click();
  await olaf.page.getByRole('menuitem', { name: 'Verbergen' }).click();
  const hideDialog = olaf.page.getByRole('dialog', { name: 'Bericht verbergen' });
  await hideDialog.getByRole('button', { name: 'Verbergen' }).click();
  await hideDialog.getByText('Vul een reden in.').waitFor();
  await hideDialog.getByLabel('Reden').fill('Test van de moderatie');
  await hideDialog.getByRole('button', { name: 'Verbergen' }).click();
  await post.getByText('Verborgen door een moderator: Test van de moderatie').waitFor();
  await checkBothWidths(olaf.page, 'community-feed-moderated', DESKTOP);
  await gijs.page.reload();
  await gijs.page.getByText('Verborgen door een moderator: Test van de moderatie').waitFor();
  await olaf.page.getByRole('tab', { name: 'Leden' }).click();
  await olaf.page.getByRole('list', { name: 'Leden' }).getByText('Gijs Gastprofessional').waitFor();
  await checkBothWidths(olaf.page, 'community-members', DESKTOP);

  assert.deepEqual(olaf.errors, []);
  assert.deepEqual(gijs.errors, []);
  await olaf.context.close();
  await gijs.context.close();
});

test('create a community, an invalid invitation, the profile danger zone and the dev mailbox', async () => {
  const { context, page, errors } = await newPerson(browser, DESKTOP);
  await signIn(page, 'beleid@demo.kennislijn.nl');

  // Create: the address follows the name; a taken address is refused on its field; the draft stays.
  await page.goto(`${BASE_URL}/gemeenschappen`);
  await page.getByRole('link', { name: 'Nieuwe gemeenschap' }).click();
  await page.getByRole('heading', { name: 'Nieuwe gemeenschap', level: 1 }).waitFor();
  await page.getByLabel('Naam').fill('SWAG');
  assert.equal(await page.getByLabel('Adres').inputValue(), 'swag');
  await page.getByRole('button', { name: 'Gemeenschap maken' }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await checkBothWidths(page, 'community-create-error', DESKTOP);
  // Letters only: a suffix such as "9533ad" reads as a Dutch postcode and the privacy guard refuses the name.
  const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  await page.getByLabel('Naam').fill(`Beleid en praktijk ${suffix}`);
  assert.equal(await page.getByLabel('Adres').inputValue(), `beleid-en-praktijk-${suffix}`);
  await page.getByLabel('Omschrijving').fill('Waar **beleid** en praktijk elkaar ontmoeten.');
  await page.getByRole('button', { name: 'Gemeenschap maken' }).click();
  await page.waitForURL(`**/gemeenschappen/beleid-en-praktijk-${suffix}`);
  await page.getByRole('heading', { name: `Beleid en praktijk ${suffix}`, level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Over' }).click();
  await page.locator('.kl-rich-text strong', { hasText: 'beleid' }).waitFor();
  await page.getByRole('tab', { name: 'Instellingen' }).click();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).waitFor();
  await checkBothWidths(page, 'community-settings', DESKTOP);

  // A broken invitation link says so plainly.
  await page.goto(`${BASE_URL}/uitnodiging/bestaat-niet`);
  await page.getByText('Deze link werkt niet (meer)').waitFor();
  await check(page, 'invitation-invalid-desktop');

  // Profile: download my data, and the danger zone (not submitted here).
  await page.goto(`${BASE_URL}/profiel`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mijn gegevens downloaden' }).click();
  assert.equal((await download).suggestedFilename(), 'kennislijn-mijn-gegevens.json');
  await page.getByRole('heading', { name: 'Account verwijderen' }).waitFor();
  await checkBothWidths(page, 'profile', DESKTOP);

  // A JOIN link works signed out: the card, then sign in, back to the link, join.
  await page.goto(`${BASE_URL}/gemeenschappen/beleid-en-praktijk-${suffix}/moderatie`);
  await page.getByRole('radio', { name: 'Uitnodigingslink' }).check();
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const joinLink = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  const guest = await newPerson(browser, PHONE);
  await guest.page.goto(new URL(new URL(joinLink).pathname, BASE_URL).href);
  await guest.page.getByRole('heading', { name: `Beleid en praktijk ${suffix}`, level: 2 }).waitFor();
  await guest.page.getByText('Log in of maak een account om verder te gaan').waitFor();
  await check(guest.page, 'invitation-signed-out-phone');
  await guest.page.getByRole('link', { name: 'Inloggen' }).click();
  await guest.page.getByLabel('E-mailadres').fill('student@demo.kennislijn.nl');
  await guest.page.getByLabel('Wachtwoord').fill(PASSWORD);
  await guest.page.getByRole('button', { name: 'Inloggen' }).click();
  await guest.page.waitForURL('**/uitnodiging/**');
  await guest.page.getByRole('button', { name: 'Word lid' }).click();
  await guest.page.getByText(`Je bent lid van Beleid en praktijk ${suffix}.`).waitFor();
  await guest.page.getByRole('link', { name: 'Naar de gemeenschap' }).click();
  await guest.page.getByRole('heading', { name: `Beleid en praktijk ${suffix}`, level: 1 }).waitFor();
  assert.deepEqual(guest.errors, []);
  await guest.context.close();

  // An e-mail invitation lands in the development mailbox (the e2e server has no SMTP), with its link.
  await page.goto(`${BASE_URL}/gemeenschappen/beleid-en-praktijk-${suffix}/moderatie`);
  await page.getByRole('radio', { name: 'Uitnodiging per e-mail' }).check();
  await page.getByLabel('E-mailadres').fill(`uitgenodigd-${suffix}@test.kennislijn.nl`);
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await page.getByText(`We hebben een e-mail gestuurd naar uitgenodigd-${suffix}@test.kennislijn.nl.`).waitFor();
  await page.goto(`${BASE_URL}/dev/mailbox`);
  await page.getByRole('heading', { name: 'Ontwikkelmailbox', level: 1 }).waitFor();
  const mail = page.getByRole('listitem').filter({ hasText: `uitgenodigd-${suffix}@test.kennislijn.nl` });
  await mail.getByRole('link', { name: /\/uitnodiging\// }).waitFor();
  await check(page, 'dev-mailbox-desktop');

  assert.deepEqual(errors, []);
  await context.close();
});

test('account deletion: wrong password is refused on its field, then the account is gone', async () => {
  const { context, page, errors } = await newPerson(browser, PHONE);
  const email = `weg-${randomUUID().slice(0, 8)}@test.kennislijn.nl`;
  await page.goto(`${BASE_URL}/aanmelden`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('een-veilig-wachtwoord');
  await page.getByLabel('Naam').fill('Vera Vertrekker');
  await page.getByLabel('Rol').selectOption('PROFESSIONAL');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL('**/gemeenschappen');
  await page.goto(`${BASE_URL}/profiel`);
  await page.getByRole('button', { name: 'Account verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Weet je het zeker?' });
  await dialog.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await dialog.getByRole('button', { name: 'Account definitief verwijderen' }).click();
  await dialog.getByText('Je wachtwoord klopt niet.').waitFor();
  assert.equal(await dialog.getByLabel('Wachtwoord').getAttribute('aria-invalid'), 'true');
  await check(page, 'delete-account-wrong-password-phone');
  await dialog.getByLabel('Wachtwoord').fill('een-veilig-wachtwoord');
  await dialog.getByRole('button', { name: 'Account definitief verwijderen' }).click();
  await page.waitForURL('**/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('een-veilig-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('alert').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
