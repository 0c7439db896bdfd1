// Launches Debian's Chromium (playwright gives each launch a fresh, empty profile) through playwright-core (no browser downloads here) and checks pages with axe.
import AxeBuilder from '@axe-core/playwright';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
export const SHOTS = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), 'kennislijn-e2e');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** WCAG 2.1 A/AA violations on the current page (empty when the page passes). */
export async function axeViolations(page) {
  // Check the settled page, not a frame of a fade: a toast fading in has the contrast of its opacity
  // at that instant. Endless animations (spinners) are not waited for.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), null, { timeout: 3000 })
    .catch(() => undefined);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The demo accounts' password (see the README). */
export const DEMO_PASSWORD = 'kennislijn-demo';

/** A person in their own browser context (own cookies and storage), collecting page errors. */
export async function newPerson(browser, viewport) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Signs in through the sign-in page and waits until it is left. */
export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto(`${BASE_URL}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}
