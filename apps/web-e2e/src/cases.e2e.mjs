// Journey of a case: a professional brings in a case in the private SWAG community, the live privacy check
// flags a BSN and a phone number, she fixes both and posts; a student responds from the SWAG feed; she marks
// the response that helped most and resolves the case with lessons learned. The BSN never reaches the server.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, BASE_URL, launch, newPerson, SHOTS, signIn } from './browser.mjs';

const PASSWORD = 'kennislijn-demo';
const SWAG = 'SWAG — Samen Werken aan Ambulante Gezinszorg';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const BSN = '111222333';
const PHONE_NUMBER = '06-12345678';

let browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

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

// Lower-case letters only: digits could look like a postcode or phone number to the privacy guard.
const randomWord = (length) => Array.from(randomBytes(length), (b) => 'abcdefghjkmnpqrstuvwxyz'[b % 23]).join('');

/** GraphQL straight to the API as a demo person (what the server stored, not what the browser shows). */
async function apiAs(email) {
  const post = async (query, variables, token) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const login = await post('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: PASSWORD } });
  const token = login.data.login.accessToken;
  return (query, variables) => post(query, variables, token);
}

test('a case: live privacy check, respond from the feed, most helpful response, resolve', async () => {
  const suffix = randomWord(6);
  const title = `Vader haakt af bij de gezinsgesprekken ${suffix}`;
  const contextStart = 'Ambulante gezinszorg bij een gezin met een moeder, een vader en twee kinderen.';
  const priya = await newPerson(browser, DESKTOP);
  const sam = await newPerson(browser, PHONE);

  // Priya finds the Casussen page in the menu; the demo case is listed with its status and community.
  await signIn(priya.page, 'professional@demo.kennislijn.nl');
  await priya.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
  await priya.page.getByRole('heading', { name: 'Casussen', level: 1 }).waitFor();
  const demoCase = priya.page.getByRole('listitem').filter({ hasText: 'Moeder en jongere willen elk iets anders van de hulp' });
  await demoCase.getByText('Open', { exact: true }).waitFor();
  await demoCase.getByText(SWAG).waitFor();
  await checkBothWidths(priya.page, 'cases-list', DESKTOP);
  await priya.page.getByLabel('Status').selectOption('RESOLVED');
  await demoCase.waitFor({ state: 'detached' });
  assert.match(priya.page.url(), /status=RESOLVED/);
  await priya.page.getByRole('searchbox', { name: 'Zoeken', exact: true }).fill(`niets ${randomWord(8)}`);
  await priya.page.getByText('Geen casussen gevonden').waitFor();
  await check(priya.page, 'cases-list-filtered-empty-desktop');
  await priya.page.getByRole('button', { name: 'Filters wissen' }).first().click();
  await demoCase.waitFor();

  // "Casus inbrengen": the template, with the live privacy check on every text.
  await priya.page.getByRole('link', { name: 'Casus inbrengen' }).click();
  await priya.page.getByRole('heading', { name: 'Casus inbrengen', level: 1 }).waitFor();
  await priya.page.getByRole('combobox', { name: 'Gemeenschap' }).selectOption({ label: SWAG });
  await priya.page.getByLabel('Titel').fill(title);
  const context = priya.page.getByRole('textbox', { name: 'Context' });
  await context.fill(`${contextStart} Moeder (BSN ${BSN}) belt me vaak op ${PHONE_NUMBER} als het thuis misgaat.`);
  const findings = priya.page.getByRole('list', { name: 'Gevonden gegevens' });
  const bsnFinding = findings.getByRole('listitem').filter({ has: priya.page.locator('mark', { hasText: BSN }) });
  const phoneFinding = findings.getByRole('listitem').filter({ has: priya.page.locator('mark', { hasText: PHONE_NUMBER }) });
  await bsnFinding.getByText('BSN', { exact: true }).waitFor();
  await phoneFinding.getByText('Telefoonnummer', { exact: true }).waitFor();
  await bsnFinding.getByText("Dit kun je niet als 'geen persoonsgegeven' markeren.").waitFor();
  assert.equal(await bsnFinding.getByRole('button', { name: 'Geen persoonsgegeven' }).count(), 0, 'a BSN cannot be overridden');
  await phoneFinding.getByRole('button', { name: 'Geen persoonsgegeven' }).waitFor();
  const submit = priya.page.getByRole('button', { name: 'Casus plaatsen' });
  assert.equal(await submit.isDisabled(), true, 'submit is disabled while findings are open');
  const blockedNote = await submit.getAttribute('aria-describedby');
  assert.match(await priya.page.locator(`#${blockedNote}`).innerText(), /Haal eerst de 2 gemarkeerde gegevens weg/);
  assert.equal(await context.getAttribute('aria-invalid'), 'true');
  await checkBothWidths(priya.page, 'case-form-findings', DESKTOP);

  // The phone number is replaced with one click; the BSN is deleted by hand.
  await phoneFinding.getByRole('button', { name: 'Vervang door [telefoonnummer]' }).click();
  assert.match(await context.inputValue(), /belt me vaak op \[telefoonnummer\] als/);
  await phoneFinding.waitFor({ state: 'detached' });
  await context.fill(`${contextStart} Moeder belt me vaak op [telefoonnummer] als het thuis misgaat.`);
  await findings.waitFor({ state: 'detached' });
  assert.equal(await submit.isDisabled(), false);

  await priya.page.getByRole('textbox', { name: 'Het dilemma / de vraag' }).fill(
    'Vader komt steeds minder naar de gezinsgesprekken. Hoe houd ik hem betrokken zonder dat moeder zich gepasseerd voelt?',
  );
  await priya.page.getByRole('textbox', { name: 'Wat is al geprobeerd' }).fill('Gesprekken op een ander tijdstip en een keer bij vader thuis.');
  await priya.page.getByRole('radio', { name: 'Meervoudige samenwerkingsrelatie met meerdere hulpvragers' }).check();
  await priya.page.getByRole('checkbox', { name: 'Doelen' }).check();
  await priya.page.getByRole('checkbox', { name: 'Partnerschap' }).check();
  await priya.page.getByRole('checkbox', { name: 'Niveau 2 — bachelor', exact: true }).check();
  await priya.page.getByRole('combobox', { name: 'Eindkwalificaties' }).click();
  await priya.page.getByRole('option', { name: /^B3 · / }).click();
  await priya.page.keyboard.press('Escape');
  await priya.page.getByRole('combobox', { name: 'Trefwoorden' }).fill('vaders');
  await priya.page.keyboard.press('Enter');

  // The draft survives a reload.
  await priya.page.reload();
  await priya.page.getByRole('heading', { name: 'Casus inbrengen', level: 1 }).waitFor();
  assert.equal(await priya.page.getByLabel('Titel').inputValue(), title);
  assert.equal(await priya.page.getByRole('checkbox', { name: 'Doelen' }).isChecked(), true);
  await check(priya.page, 'case-form-ready-desktop');
  await submit.click();

  // The case page shows the template, the classification and the replacement text; no BSN anywhere.
  await priya.page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
  const caseUrl = priya.page.url();
  await priya.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await priya.page.getByRole('region', { name: 'Context' }).getByText('[telefoonnummer]').waitFor();
  await priya.page.getByRole('region', { name: 'Kenmerken' }).getByText('Partnerschap').waitFor();
  await priya.page.getByText('Nog geen reacties').waitFor();
  assert.equal((await priya.page.content()).includes(BSN), false);
  await checkBothWidths(priya.page, 'case-page', DESKTOP);

  // Sam sees the case in the SWAG feed, opens it and responds from the perspective of education.
  await signIn(sam.page, 'student@demo.kennislijn.nl');
  await sam.page.goto(`${BASE_URL}/gemeenschappen/swag`);
  const feedLine = sam.page.getByRole('article').filter({ hasText: 'Priya Professional bracht een casus in' }).filter({ hasText: title });
  await feedLine.waitFor();
  await check(sam.page, 'community-feed-case-phone');
  await feedLine.getByRole('link', { name: title }).click();
  await sam.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const response = 'Vanuit school zie ik dit vaker. Een vaste gespreksleider en een kort eigen gesprek met vader hielpen ons.';
  await sam.page.getByLabel('Vanuit welk perspectief reageer je?').selectOption({ label: 'Onderwijs' });
  await sam.page.getByRole('textbox', { name: 'Je reactie' }).fill(response);
  await sam.page.getByRole('button', { name: 'Reactie plaatsen' }).click();
  const samResponse = sam.page.getByRole('list', { name: 'Reacties' }).getByRole('listitem').filter({ hasText: response });
  await samResponse.getByText('Perspectief: Onderwijs').waitFor();
  await sam.page.getByText('Je reactie is geplaatst.').waitFor();
  await checkBothWidths(sam.page, 'case-responded', PHONE);

  // Priya sees the response, marks it as the one that helped most, and resolves the case.
  await priya.page.goto(caseUrl);
  const seen = priya.page.getByRole('list', { name: 'Reacties' }).getByRole('listitem').filter({ hasText: response });
  await seen.getByText('Sam Student').waitFor();
  await seen.getByRole('button', { name: /^Nuttig/ }).click();
  await seen.getByRole('button', { name: 'Nuttig · 1', pressed: true }).waitFor();
  await seen.getByRole('button', { name: 'Dit hielp het meest' }).click();
  await seen.getByText('Hielp het meest', { exact: true }).waitFor();
  await priya.page.getByRole('button', { name: 'Markeer als opgelost' }).click();
  const dialog = priya.page.getByRole('dialog', { name: 'Casus afronden' });
  await dialog.getByLabel('Geleerde lessen').fill('Te kort');
  await dialog.getByRole('button', { name: 'Markeer als opgelost' }).click();
  await dialog.getByText('Schrijf minstens 10 tekens').waitFor();
  await dialog.getByLabel('Geleerde lessen').fill('Plan met vader een eigen moment en bespreek daarna samen met moeder één gedeeld doel.');
  await check(priya.page, 'case-resolve-dialog-desktop');
  await dialog.getByRole('button', { name: 'Markeer als opgelost' }).click();
  await dialog.waitFor({ state: 'detached' });
  await priya.page.getByRole('region', { name: 'Geleerde lessen' }).getByText('een eigen moment').waitFor();
  await priya.page.getByText('Opgelost', { exact: true }).first().waitFor();
  await checkBothWidths(priya.page, 'case-resolved', DESKTOP);

  // What the server stored: the case as Priya reads it through the API has no BSN, and no case matches it.
  const api = await apiAs('professional@demo.kennislijn.nl');
  const byBsn = await api('query($s: String) { cases(search: $s) { totalCount } }', { s: BSN });
  assert.equal(byBsn.data.cases.totalCount, 0);
  const id = caseUrl.split('/').pop();
  const stored = await api('query($id: ID!) { case(id: $id) { title context dilemma tried lessonsLearned status bestResponseId } }', { id });
  assert.deepEqual(stored.errors, undefined);
  assert.equal(stored.data.case.status, 'RESOLVED');
  assert.ok(stored.data.case.bestResponseId);
  assert.equal(JSON.stringify(stored.data.case).includes(BSN), false);
  // Not in an earlier version either (moderators read those).
  const moderator = await apiAs('onderzoeker@demo.kennislijn.nl');
  const revisions = await moderator('query($id: ID!) { case(id: $id) { revisions { title context dilemma tried lessonsLearned } } }', { id });
  assert.deepEqual(revisions.errors, undefined);
  assert.equal(JSON.stringify(revisions.data).includes(BSN), false);
  assert.equal((await priya.page.content()).includes(BSN), false);

  assert.deepEqual(priya.errors, []);
  assert.deepEqual(sam.errors, []);
  await priya.context.close();
  await sam.context.close();
});

test('feed post: a false positive is overridden with a reason; the community lists its cases', async () => {
  const { context, page, errors } = await newPerson(browser, PHONE);
  await signIn(page, 'student@demo.kennislijn.nl');
  await page.goto(`${BASE_URL}/gemeenschappen/swag`);
  const body = page.getByRole('textbox', { name: 'Nieuw bericht' });
  const text = `Vanmorgen sprak ik met Marieke over de planning van de themasessie (${randomWord(4)}).`;
  await body.fill(text);
  const finding = page.getByRole('list', { name: 'Gevonden gegevens' }).getByRole('listitem');
  await finding.getByText('Naam', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Plaatsen' }).isDisabled(), true);
  await check(page, 'feed-composer-finding-phone');
  await finding.getByRole('button', { name: 'Geen persoonsgegeven' }).click();
  const dialog = page.getByRole('dialog', { name: 'Is dit geen persoonsgegeven?' });
  await dialog.getByRole('button', { name: 'Bevestigen' }).click();
  await dialog.getByText('Schrijf een reden van minstens 3 tekens.').waitFor();
  await dialog.getByLabel('Waarom is dit geen persoonsgegeven?').fill('Marieke is een collega, geen cliënt.');
  await check(page, 'override-dialog-phone');
  await dialog.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('list', { name: 'Door jou goedgekeurd' }).getByText('Marieke is een collega').waitFor();
  await page.getByRole('button', { name: 'Plaatsen' }).click();
  await page.getByRole('article').filter({ hasText: text }).waitFor();

  // The community's Casussen tab lists its cases.
  await page.getByRole('tab', { name: 'Casussen' }).click();
  await page.getByRole('tabpanel', { name: 'Casussen' }).getByRole('link', { name: 'Moeder en jongere willen elk iets anders van de hulp' }).waitFor();
  await checkBothWidths(page, 'community-cases-tab', PHONE);
  assert.deepEqual(errors, []);
  await context.close();
});
