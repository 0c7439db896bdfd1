// Journey of monitoring with an instrument: Priya (desktop) starts a track with the Samenwerkingsthermometer
// in SWAG for a fresh case code, enters session 1 for "moeder" in the app (high scores) and makes a
// personal link for "jongere". The young person opens that link on a phone without an account, sees only
// the form, fills it in with low scores (slider by keyboard and typed numbers, with a reload in between:
// the draft stays) and sends it; the link then says "al ingevuld". Priya's open track page shows the new
// point live, the threshold signal and the split alliance. A revoked link says it has expired. The
// analysis tab counts the track and the CSV export holds a pseudonym and no case code.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { axeViolations, BASE_URL, launch, newPerson, SHOTS, signIn } from './browser.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
// Letters only after the prefix: nothing in it looks like a phone number or a name to the privacy guard.
const RUN = Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
const CASE_CODE = `E2E-${RUN}`;

let browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

/** Axe on the whole page, or only on `within` (a tab of a page whose header is another journey's concern). */
async function check(page, name, within) {
  const violations = within ? await axeWithin(page, within) : await axeViolations(page);
  assert.deepEqual(violations, [], `axe on ${name}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Nothing in `within` is wider than it (a tab whose page header is another journey's concern). */
async function fitsPanel(page, name, within) {
  const [scroll, client] = await page.locator(within).evaluate((el) => [el.scrollWidth, el.clientWidth]);
  assert.ok(scroll <= client, `${name}: content is ${scroll}px wide in a ${client}px panel`);
}

/** The page is no wider than the screen (nothing to scroll sideways). */
async function fitsWidth(page, name) {
  // Charts follow a new width a moment later (a ResizeObserver).
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 }).catch(() => undefined);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const viewport = page.viewportSize().width;
  const wide = await page.evaluate((max) =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > max + 1 && !e.closest('.kl-scroll-table'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`),
  viewport);
  assert.ok(width <= viewport, `${name}: page is ${width}px wide on a ${viewport}px screen: ${wide.join(', ')}`);
}

async function axeWithin(page, selector) {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const TAB_PANEL = '[role="tabpanel"]';

/** A field by its label, whether or not it is marked required (" *"). */
const field = (scope, label) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

const scoreCell = (page, role, session) => page.locator(`.kl-score-table tr[data-session="${session}"] td[data-respondent="${role}"]`);

test('monitoring: track, entry in the app, personal link on a phone, live chart and signals, analysis and export', async () => {
  const priya = await newPerson(browser, DESKTOP);
  await signIn(priya.page, 'professional@demo.kennislijn.nl');

  // The instrument in SWAG's library, its "Trajecten" tab.
  await priya.page.goto(`${BASE_URL}/instrumenten?gemeenschap=swag`);
  await priya.page.getByRole('link', { name: 'Samenwerkingsthermometer', exact: true }).click();
  await priya.page.getByRole('heading', { level: 1, name: 'Samenwerkingsthermometer' }).waitFor();
  await priya.page.getByRole('tab', { name: 'Trajecten' }).click();
  await priya.page.getByRole('list', { name: 'Trajecten met dit instrument' }).getByRole('link', { name: 'SWAG-2026-014' }).waitFor();

  // A new track: the case code (never a name) and two respondents as roles.
  await priya.page.getByRole('button', { name: 'Nieuw traject' }).click();
  const form = priya.page.getByRole('form', { name: 'Nieuw traject' });
  await form.getByText('Gebruik een casuscode, nooit een naam', { exact: false }).waitFor();
  // Anything but a code (here: with a space) is refused before it reaches the API.
  await field(form, 'Casuscode').fill('casus veertien');
  await form.getByRole('button', { name: 'Traject starten' }).click();
  await form.getByText('zonder spaties. Gebruik nooit een naam.', { exact: false }).waitFor();
  await field(form, 'Casuscode').fill(CASE_CODE);
  await field(form, 'Rol van invuller 1').fill('moeder');
  await field(form, 'Soort invuller 1').selectOption('PARENT');
  await form.getByRole('button', { name: 'Invuller toevoegen' }).click();
  await field(form, 'Rol van invuller 2').fill('jongere');
  await field(form, 'Soort invuller 2').selectOption('YOUTH');
  await check(priya.page, 'monitoring-new-track-desktop', TAB_PANEL);
  await form.getByRole('button', { name: 'Traject starten' }).click();
  await priya.page.waitForURL(/\/trajecten\/[0-9a-f-]{36}$/);
  await priya.page.getByRole('heading', { level: 1, name: CASE_CODE }).waitFor();
  const trackUrl = priya.page.url();
  // Subscribed to the track's room: a respondent's answers will arrive live.
  await priya.page.locator('.kl-track[data-live]').waitFor();
  await priya.page.getByText('Nog geen antwoorden.', { exact: false }).waitFor();

  // Session 1 for moeder, entered in the app: 8 on every question.
  const entry = priya.page.getByRole('form', { name: 'Antwoorden invoeren' });
  const chosen = async (select) => select.locator('option:checked').innerText();
  assert.equal(await chosen(field(entry, 'Invuller')), 'moeder');
  assert.equal(await field(entry, 'Sessie').inputValue(), '1');
  const entryScores = entry.getByLabel('Score (0 tot en met 10)', { exact: true });
  assert.equal(await entryScores.count(), 4);
  // Sending with nothing filled in says per question what is missing.
  await entry.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await entry.getByText('Beantwoord deze vraag.').first().waitFor();
  assert.equal(await entry.getByText('Beantwoord deze vraag.').count(), 4);
  for (let i = 0; i < 4; i++) await entryScores.nth(i).fill('8');
  await entry.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  await scoreCell(priya.page, 'moeder', 1).getByText('8,0').waitFor();
  // The form moves on to the next respondent of the same session.
  assert.equal(await chosen(field(entry, 'Invuller')), 'jongere');

  // A personal link for jongere, session 1: the whole address, shown once.
  const links = priya.page.getByRole('form', { name: 'Persoonlijke link maken' });
  await field(links, 'Invuller').selectOption({ label: 'jongere' });
  assert.equal(await field(links, 'Sessie').inputValue(), '1');
  await links.getByRole('button', { name: 'Link maken' }).click();
  const shown = priya.page.locator('[data-new-link]');
  await shown.getByText('Je ziet deze link maar één keer.', { exact: false }).waitFor();
  const url = await shown.getByLabel('Persoonlijke link').inputValue();
  assert.match(url, /^http:\/\/[^/]+\/invullen\/[A-Za-z0-9_-]{20,}$/);
  await priya.page.locator('tr[data-link="jongere:1"][data-status="OPEN"]').getByText('Open', { exact: true }).waitFor();
  await check(priya.page, 'monitoring-link-made-desktop');

  // The young person, on a phone, without an account: only the form.
  const youth = await newPerson(browser, PHONE);
  await youth.page.goto(url);
  await youth.page.getByRole('heading', { level: 1, name: 'Samenwerkingsthermometer' }).waitFor();
  await youth.page.getByText('Voor: jongere').waitFor();
  await youth.page.getByText('Sessie 1', { exact: true }).waitFor();
  assert.equal(await youth.page.getByRole('navigation').count(), 0, 'no app navigation');
  // No way into the app: the only link is the skip link to the form.
  const hrefs = await youth.page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['#inhoud']);
  assert.equal(await youth.page.getByText('SWAG', { exact: false }).count(), 0, 'no community or case code shown');
  await fitsWidth(youth.page, 'respondent form');
  await check(youth.page, 'monitoring-respond-phone');

  const items = youth.page.locator('fieldset[data-item]');
  assert.equal(await items.count(), 4);
  await youth.page.getByText('Vraag 2 van 4').waitFor();
  // Question 1 with the keyboard on the slider: Home (0), then 30 steps of 0.1 up.
  const slider1 = items.nth(0).getByRole('slider');
  await slider1.focus();
  await slider1.press('Home');
  for (let i = 0; i < 30; i++) await slider1.press('ArrowRight');
  assert.equal(await slider1.getAttribute('aria-valuenow'), '3');
  assert.equal(await items.nth(0).getByLabel('Je score (0 tot en met 10)').inputValue(), '3');
  // Question 2 typed, with a decimal comma.
  await items.nth(1).getByLabel('Je score (0 tot en met 10)').fill('3,0');
  await youth.page.getByText('2 van 4 vragen beantwoord').waitFor();
  // A reload keeps the answers (a draft in this tab).
  await youth.page.reload();
  await youth.page.getByText('2 van 4 vragen beantwoord').waitFor();
  assert.equal(await items.nth(0).getByRole('slider').getAttribute('aria-valuenow'), '3');
  // Question 3 typed; question 4 with the slider: End (10), then 70 steps down.
  await items.nth(2).getByLabel('Je score (0 tot en met 10)').fill('3');
  const slider4 = items.nth(3).getByRole('slider');
  await slider4.focus();
  await slider4.press('End');
  for (let i = 0; i < 70; i++) await slider4.press('ArrowLeft');
  assert.equal(await slider4.getAttribute('aria-valuenow'), '3');
  await youth.page.getByText('4 van 4 vragen beantwoord').waitFor();
  await check(youth.page, 'monitoring-respond-filled-phone');
  await youth.page.getByRole('button', { name: 'Versturen' }).click();
  await youth.page.getByRole('heading', { level: 1, name: 'Dank je wel!' }).waitFor();
  await youth.page.getByText('Je antwoorden zijn verstuurd naar je begeleider.').waitFor();
  await check(youth.page, 'monitoring-respond-thanks-phone');
  // The link works once.
  await youth.page.goto(url);
  await youth.page.getByRole('heading', { level: 1, name: 'Al ingevuld' }).waitFor();
  await youth.page.getByText('Deze vragenlijst is al ingevuld, dank je wel.').waitFor();
  // A made-up link does not work.
  await youth.page.goto(`${BASE_URL}/invullen/dezelinkbestaatniet`);
  await youth.page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
  assert.deepEqual(youth.errors, []);

  // Priya's page shows it without a reload: the point, the threshold signal and the split alliance.
  assert.equal(priya.page.url(), trackUrl);
  await scoreCell(priya.page, 'jongere', 1).getByText('3,0').waitFor();
  assert.equal(await priya.page.locator('.kl-chart-dot[data-respondent="jongere"][data-session="1"]').count(), 1);
  assert.equal(await priya.page.locator('.kl-chart-dot[data-respondent="moeder"][data-session="1"]').count(), 1);
  assert.equal(await priya.page.locator('.kl-chart-dot[data-respondent="jongere"][data-session="1"]').getAttribute('data-value'), '3');
  const signals = priya.page.getByRole('list', { name: 'Signalen, nieuwste sessie eerst' });
  await signals.locator('li[data-kind="BELOW"][data-respondent="jongere"]').getByText('Sessie 1 · jongere · Samenwerking onder de 6 (3,0)').waitFor();
  await signals.locator('li[data-kind="SPLIT"]').getByText('Sessie 1 · Gespleten alliantie: verschil 5,0').waitFor();
  assert.equal(await signals.locator('li[data-respondent="moeder"]').count(), 0, 'no signal for moeder at 8');
  await priya.page.locator('[data-split-flag]').getByText('Sessie 1: moeder (8,0) en jongere (3,0) liggen 5,0 uit elkaar.', { exact: false }).waitFor();
  await priya.page.locator('tr[data-link="jongere:1"][data-status="USED"]').getByText('Gebruikt', { exact: true }).waitFor();
  await priya.page.locator('tr[data-response="jongere:1"]').getByText('Persoonlijke link').waitFor();
  await check(priya.page, 'monitoring-track-desktop');
  // A tooltip left open by the desktop pointer keeps its desktop position after the resize: move the
  // pointer off the chart first, as on a real phone nothing hovers.
  await priya.page.mouse.move(0, 0);
  await priya.page.setViewportSize(PHONE);
  await fitsWidth(priya.page, 'track page');
  await check(priya.page, 'monitoring-track-phone');
  await priya.page.setViewportSize(DESKTOP);

  // A revoked link no longer works: the respondent is told to ask for a new one.
  await field(links, 'Invuller').selectOption({ label: 'jongere' });
  await links.getByRole('button', { name: 'Link maken' }).click();
  const second = await shown.getByLabel('Persoonlijke link').inputValue();
  assert.notEqual(second, url);
  await priya.page.locator('tr[data-link="jongere:2"][data-status="OPEN"]').getByRole('button', { name: 'Link voor jongere, sessie 2 intrekken' }).click();
  await priya.page.getByRole('dialog', { name: 'Link intrekken?' }).getByRole('button', { name: 'Intrekken' }).click();
  await priya.page.locator('tr[data-link="jongere:2"][data-status="EXPIRED"]').getByText('Verlopen', { exact: true }).waitFor();
  await youth.page.goto(second);
  await youth.page.getByRole('heading', { level: 1, name: 'Deze link is verlopen' }).waitFor();
  await youth.page.getByText('Vraag je begeleider om een nieuwe link.').waitFor();

  // The analysis tab: counts per session, and the pseudonymised CSV.
  await priya.page.getByRole('link', { name: 'Terug naar Samenwerkingsthermometer' }).click();
  await priya.page.getByRole('tab', { name: 'Trajecten', selected: true }).waitFor();
  await priya.page.getByRole('list', { name: 'Trajecten met dit instrument' }).getByRole('link', { name: CASE_CODE }).waitFor();
  await priya.page.getByRole('tab', { name: 'Analyse' }).click();
  const table = priya.page.locator('.kl-aggregate-table');
  await table.waitFor();
  // The demo track and this one both have a session 1; 4 + 2 answers.
  assert.ok(Number(await table.locator('tr[data-session="1"] td[data-col="tracks"]').innerText()) >= 2);
  assert.ok(Number(await table.locator('tr[data-session="1"] td[data-col="responses"]').innerText()) >= 6);
  await priya.page.getByText('Niet in het bestand').waitFor();
  await check(priya.page, 'monitoring-analysis-desktop', TAB_PANEL);
  const [download] = await Promise.all([priya.page.waitForEvent('download'), priya.page.getByRole('button', { name: 'Download CSV (gepseudonimiseerd)' }).click()]);
  assert.match(download.suggestedFilename(), /gepseudonimiseerd\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trim().split('\n');
  assert.equal(header.split(',')[0], 'track');
  assert.ok(rows.length >= 22, `rows: ${rows.length}`);
  assert.ok(rows.every((r) => /^T-[0-9a-f]{10},/.test(r)), 'every row starts with a pseudonym');
  // Respondents appear by number and kind, never by the role someone typed.
  assert.ok(rows.some((r) => /,R2,YOUTH,1,3,/.test(r)), 'the young person’s session 1 is in');
  assert.ok(!/jongere|moeder/.test(csv), 'no role texts');
  assert.ok(!csv.includes(CASE_CODE) && !csv.includes('SWAG-2026-014'), 'no case code');
  assert.ok(!/\d{4}-\d{2}-\d{2}/.test(csv), 'no dates');
  // A tooltip left open by the desktop pointer keeps its desktop position after the resize: move the
  // pointer off the chart first, as on a real phone nothing hovers.
  await priya.page.mouse.move(0, 0);
  await priya.page.setViewportSize(PHONE);
  await fitsPanel(priya.page, 'analysis tab', '.kl-analysis');
  await check(priya.page, 'monitoring-analysis-phone', TAB_PANEL);

  assert.deepEqual(priya.errors, []);
  await priya.context.close();
  await youth.context.close();
});
