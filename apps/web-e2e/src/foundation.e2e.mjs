// Journey of the foundation: sign up, sign in, see the shell in Dutch, switch to English, sign out.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, BASE_URL, launch, SHOTS } from './browser.mjs';

let browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

const NAV_NL = ['Gemeenschappen', 'Casussen', 'Instrumenten', 'Kennisbank', 'Sessies', 'Leerlijn'];
const NAV_EN = ['Communities', 'Cases', 'Instruments', 'Knowledge base', 'Sessions', 'Learning path'];

test('sign up, sign in, Dutch shell, English, sign out', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const email = `e2e-${randomUUID().slice(0, 8)}@test.kennislijn.nl`;
  const password = 'een-veilig-wachtwoord';

  // Anonymous visitors land on sign-in; from there to sign-up.
  await page.goto(`${BASE_URL}/leerlijn`);
  await page.waitForURL('**/inloggen');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${BASE_URL}/aanmelden`);

  // Sign up: a too-short password is refused with a Dutch message and nothing typed is lost.
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('kort');
  await page.getByLabel('Naam').fill('Eva End-to-end');
  await page.getByLabel('Rol').selectOption('STUDENT');
  await page.getByLabel('Niveau').selectOption('3');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByText(/minstens 10 tekens/).first().waitFor();
  assert.equal(await page.getByLabel('E-mailadres').inputValue(), email);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL('**/gemeenschappen');

  // The shell in Dutch: every section in the main navigation.
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of NAV_NL) await nav.getByRole('link', { name }).waitFor();
  await page.getByRole('heading', { name: 'Gemeenschappen', level: 1 }).waitFor();
  // The public demo community is listed; the private SWAG community is not (not a member).
  await page.getByText('Leerlijn Betekenisvol Samenwerken').first().waitFor();
  assert.equal(await page.getByText('SWAG — Samen Werken aan Ambulante Gezinszorg').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(SHOTS, 'gemeenschappen-nl.png'), fullPage: true });

  // Reference data from the API: the learning line with B1-B9 and M1-M9.
  await nav.getByRole('link', { name: 'Leerlijn' }).click();
  await page.getByRole('heading', { name: 'Leerlijn', level: 1 }).waitFor();
  await page.getByText('monitort samenwerking met monitoringsinstrumenten.').waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // Sign out, then sign in again.
  await page.getByRole('button', { name: 'Gebruikersmenu' }).click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /E-mailadres of wachtwoord klopt niet/);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));

  // A reload keeps the session (silent refresh through the httpOnly cookie).
  await page.goto(`${BASE_URL}/profiel`);
  await page.getByText(email).waitFor();

  // Switch to English: navigation, headings and html lang follow.
  await page.getByLabel('Taal / Language').selectOption('en');
  const navEn = page.getByRole('navigation', { name: 'Main menu' });
  for (const name of NAV_EN) await navEn.getByRole('link', { name }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await navEn.getByRole('link', { name: 'Learning path' }).click();
  await page.getByText('monitors collaboration using monitoring instruments.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(SHOTS, 'leerlijn-en.png'), fullPage: true });

  // Sign out in English.
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/inloggen');
  await page.goto(`${BASE_URL}/profiel`);
  await page.waitForURL('**/inloggen');

  assert.deepEqual(errors, []);
  await context.close();
});

test('phone width: burger menu, silent refresh of an expired access token, skip link first', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/inloggen`);
  await page.getByLabel('E-mailadres').fill('student@demo.kennislijn.nl');
  await page.getByLabel('Wachtwoord').fill('kennislijn-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL('**/gemeenschappen');
  await page.getByRole('button', { name: 'Menu openen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sessies' }).click();
  await page.getByRole('heading', { name: 'Sessies', level: 1 }).waitFor();
  // The demo student is a member of SWAG.
  await page.goto(`${BASE_URL}/gemeenschappen`);
  await page.getByText('SWAG — Samen Werken aan Ambulante Gezinszorg').waitFor();
  // The e2e server issues 10-second access tokens: after they expire, a signed-in page still
  // works because the client refreshes silently with the httpOnly cookie and retries.
  await page.waitForTimeout(11_000);
  await page.getByRole('button', { name: 'Gebruikersmenu' }).click();
  await page.getByRole('menuitem', { name: 'Profiel' }).click();
  await page.getByText('student@demo.kennislijn.nl').waitFor();
  assert.equal(new URL(page.url()).pathname, '/profiel');
  await page.goto(`${BASE_URL}/gemeenschappen`);
  await page.getByText('SWAG — Samen Werken aan Ambulante Gezinszorg').waitFor();
  await page.keyboard.press('Tab');
  assert.equal((await page.evaluate(() => document.activeElement?.textContent))?.trim(), 'Naar de inhoud');
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(SHOTS, 'gemeenschappen-phone.png'), fullPage: true });
  await context.close();
});
