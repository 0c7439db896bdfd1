// Journey of co-editing a monitoring instrument in SWAG: Olaf (moderator) starts an instrument and makes
// Dana (owner) co-author; both have the draft open at once. Each edits a different question and sees the
// other's change and "… bewerkt dit item" live; then both change the same question: the second save is
// refused with the API's conflict message, Dana sees Olaf's version and keeps hers, and nothing is lost
// silently. A live change to a question Olaf is still typing in is offered, not forced. A comment on a
// question reaches the other live. Olaf publishes version 1 with a changelog; the Versies tab shows it
// with its differences. axe on the library, the editor (1280 px and 390 px) and the versions tab.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, BASE_URL, launch, newPerson, SHOTS, signIn } from './browser.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const OLAF = 'Olaf Onderzoeker';
const DANA = 'Dana Docent';

// Lower-case letters only: the privacy guard has nothing to flag in it.
const RUN = Array.from(randomBytes(6), (b) => 'abcdefghjkmnpqrstuvwxyz'[b % 23]).join('');

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

/** The card of "Vraag n" in the editor. */
const card = (page, n) => page.locator('li.kl-item-card').filter({ has: page.getByRole('heading', { name: `Vraag ${n}`, exact: true }) });
const questionText = (page, n) => card(page, n).getByLabel('Vraagtekst', { exact: true });
const saveStatus = (page, n) => card(page, n).locator('[data-save-status]');
// Subscribed to the draft's room over the socket.
const live = (page) => page.locator('.kl-draft-editor[data-live]').waitFor();

/** Waits until a field shows `value` (it arrives live), then checks it. */
async function showsValue(field, value, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && (await field.inputValue()) !== value) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await field.inputValue(), value);
}

async function saved(page, n) {
  await card(page, n).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await saveStatus(page, n).and(page.locator('[data-save-status="saved"]')).waitFor();
}

/** Holds the page's reads of the instrument (not its writes) until released: it cannot learn of others' changes meanwhile. */
async function holdReads(page) {
  const held = [];
  const handler = (route) => {
    if (route.request().postDataJSON()?.operationName === 'InstrumentDetail') held.push(route);
    else void route.continue();
  };
  await page.route('**/graphql', handler);
  return async () => {
    for (const route of held.splice(0)) await route.continue();
    await page.unroute('**/graphql', handler);
  };
}

test('co-editing an instrument: live changes and presence, conflicts, comments, publishing a version', async () => {
  const olaf = await newPerson(browser, DESKTOP);
  const dana = await newPerson(browser, DESKTOP);
  await signIn(olaf.page, 'onderzoeker@demo.kennislijn.nl');
  await signIn(dana.page, 'docent@demo.kennislijn.nl');
  try {
    await journey(olaf, dana);
  } catch (error) {
    // What each person saw when it went wrong.
    await olaf.page.screenshot({ path: join(SHOTS, 'instruments-failed-olaf.png'), fullPage: true }).catch(() => undefined);
    await dana.page.screenshot({ path: join(SHOTS, 'instruments-failed-dana.png'), fullPage: true }).catch(() => undefined);
    throw error;
  }
  assert.deepEqual(olaf.errors, []);
  assert.deepEqual(dana.errors, []);
  await olaf.context.close();
  await dana.context.close();
});

async function journey(olaf, dana) {

  // The library of SWAG, with the demo instruments.
  await olaf.page.goto(`${BASE_URL}/instrumenten?gemeenschap=swag`);
  const library = olaf.page.getByRole('list', { name: /^Instrumenten van SWAG/ });
  await library.getByRole('heading', { name: 'Samenwerkingsthermometer' }).first().waitFor();
  await library.getByText('Versie 1').first().waitFor();
  await check(olaf.page, 'instruments-library-desktop');

  // Olaf starts a new instrument.
  const title = `Gespreksmeter ${RUN}`;
  await olaf.page.getByRole('button', { name: 'Nieuw instrument' }).first().click();
  const create = olaf.page.getByRole('dialog', { name: 'Nieuw instrument' });
  await create.getByLabel('Titel').fill(title);
  await create.getByLabel('Doel en gebruik').fill('Een korte vragenlijst na elk gesprek over hoe de samenwerking ging.');
  await create.getByRole('button', { name: 'Instrument maken' }).click();
  await olaf.page.waitForURL(/\/instrumenten\/[0-9a-f-]{36}\/concept$/);
  const url = olaf.page.url();
  await olaf.page.getByRole('heading', { level: 1, name: title }).waitFor();

  // Dana becomes co-author.
  await olaf.page.getByRole('button', { name: 'Mede-auteur toevoegen' }).click();
  const authors = olaf.page.getByRole('dialog', { name: 'Mede-auteur toevoegen' });
  await authors.getByRole('combobox', { name: 'Lid' }).locator('option', { hasText: DANA }).waitFor({ state: 'attached' });
  await authors.getByRole('combobox', { name: 'Lid' }).selectOption({ label: DANA });
  await authors.getByRole('button', { name: 'Toevoegen' }).click();
  await authors.waitFor({ state: 'detached' });
  await olaf.page.getByText(`Mede-auteurs: ${OLAF}, ${DANA}`).waitFor();

  // Two questions: a scale and a slider.
  for (const type of ['Schaal (Likert)', 'Schuifschaal 0-10']) {
    await olaf.page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await olaf.page.getByRole('menuitem', { name: type }).click();
  }
  await card(olaf.page, 2).waitFor();
  // The new question's text field has the focus.
  await questionText(olaf.page, 2).and(olaf.page.locator(':focus')).waitFor();

  // Dana opens the same draft; both see who is there.
  await dana.page.goto(url);
  await live(olaf.page);
  await live(dana.page);
  await olaf.page.locator('.kl-presence').getByText(DANA).waitFor({ state: 'attached' });
  await dana.page.locator('.kl-presence').getByText(OLAF).waitFor({ state: 'attached' });

  // Olaf edits question 1 while Dana edits question 2: each sees the other at work, then the other's text.
  const textA = `Ik voelde me gehoord ${RUN}`;
  const textB = `We werkten aan wat voor mij belangrijk is ${RUN}`;
  await questionText(olaf.page, 1).fill(textA);
  await questionText(dana.page, 2).fill(textB);
  await card(dana.page, 1).getByText(`${OLAF} bewerkt dit item`).waitFor();
  await card(olaf.page, 2).getByText(`${DANA} bewerkt dit item`).waitFor();
  await saved(olaf.page, 1);
  await saved(dana.page, 2);
  await showsValue(questionText(olaf.page, 2), textB);
  await showsValue(questionText(dana.page, 1), textA);

  // Both change question 1. Dana cannot hear of Olaf's save (her reads are held), so her save is the
  // second one and the API refuses it with its conflict message. Her text stays in the field.
  const olafsVersion = `Ik voelde me gehoord en serieus genomen ${RUN}`;
  const danasVersion = `Ik voelde me gehoord en met respect behandeld ${RUN}`;
  await questionText(olaf.page, 1).fill(olafsVersion);
  await questionText(dana.page, 1).fill(danasVersion);
  const release = await holdReads(dana.page);
  await saved(olaf.page, 1);
  await card(dana.page, 1).getByRole('button', { name: 'Opslaan', exact: true }).click();
  const conflict = card(dana.page, 1).getByRole('alert');
  await conflict.getByText(`${OLAF} heeft dit onderdeel net gewijzigd`, { exact: false }).waitFor();
  assert.equal(await questionText(dana.page, 1).inputValue(), danasVersion);
  // Once the draft is read again, Olaf's version is shown next to hers.
  await release();
  await conflict.locator('.kl-conflict-theirs').getByText(olafsVersion).waitFor();
  await check(dana.page, 'instruments-conflict-desktop');
  // Dana keeps hers: sent again on top of Olaf's; Olaf sees it replace his, live.
  await conflict.getByRole('button', { name: 'Mijn versie houden' }).click();
  await saveStatus(dana.page, 1).and(dana.page.locator('[data-save-status="saved"]')).waitFor();
  await conflict.waitFor({ state: 'detached' });
  await showsValue(questionText(olaf.page, 1), danasVersion);
  assert.equal(await questionText(dana.page, 1).inputValue(), danasVersion);

  // Olaf is typing in question 2 when Dana saves her change to it: his typing is not overwritten; he
  // is told, sees hers, and takes it.
  const olafTyping = `Wij werkten aan mijn doelen ${RUN}`;
  const danaSaves = `We werkten samen aan mijn doelen ${RUN}`;
  await questionText(olaf.page, 2).fill(olafTyping);
  await questionText(dana.page, 2).fill(danaSaves);
  await saved(dana.page, 2);
  const offered = card(olaf.page, 2).getByRole('alert');
  await offered.getByText(`${DANA} heeft dit item intussen gewijzigd`).waitFor();
  await offered.locator('.kl-conflict-theirs').getByText(danaSaves).waitFor();
  assert.equal(await questionText(olaf.page, 2).inputValue(), olafTyping);
  await offered.getByRole('button', { name: 'Hun versie overnemen' }).click();
  await offered.waitFor({ state: 'detached' });
  assert.equal(await questionText(olaf.page, 2).inputValue(), danaSaves);

  // A comment on question 1 reaches Olaf live.
  const note = `Misschien beter in de jij-vorm ${RUN}`;
  await card(dana.page, 1).getByRole('button', { name: /^Opmerkingen/ }).click();
  await card(dana.page, 1).getByLabel('Je opmerking bij vraag 1').fill(note);
  await card(dana.page, 1).getByRole('button', { name: 'Plaatsen' }).click();
  await card(dana.page, 1).getByText('Geplaatst.').waitFor();
  const olafComments = card(olaf.page, 1).getByRole('button', { name: /^Opmerkingen.*1 open opmerking/ });
  await olafComments.waitFor();
  await olafComments.click();
  await card(olaf.page, 1).locator('.kl-instrument-comment').getByText(note).waitFor();

  // Who fills it in (needed to publish), then the editor is checked at both widths.
  await olaf.page.getByRole('checkbox', { name: 'Ouder' }).check();
  await olaf.page.getByRole('region', { name: 'Over het instrument' }).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await olaf.page.getByRole('region', { name: 'Over het instrument' }).locator('[data-save-status="saved"]').waitFor();
  await check(olaf.page, 'instruments-editor-desktop');
  await dana.page.setViewportSize(PHONE);
  await card(dana.page, 1).scrollIntoViewIfNeeded();
  await check(dana.page, 'instruments-editor-phone');
  await dana.page.setViewportSize(DESKTOP);

  // Olaf publishes version 1: the dialog lists what goes in, and asks what changed. While it is open,
  // Dana changes question 2 and Olaf's page does not hear of it (its reads are held): publishing what he
  // reviewed is refused, he is told, and the overview is renewed with Dana's change.
  await olaf.page.getByRole('button', { name: 'Publiceren', exact: true }).click();
  const publish = olaf.page.getByRole('dialog', { name: 'Versie 1 publiceren' });
  await publish.getByText(`Item toegevoegd: ${danasVersion}`).waitFor();
  await publish.getByText(`Item toegevoegd: ${danaSaves}`).waitFor();
  await check(olaf.page, 'instruments-publish-desktop');
  const releaseOlaf = await holdReads(olaf.page);
  const lastWord = `We werkten samen aan mijn eigen doelen ${RUN}`;
  await questionText(dana.page, 2).fill(lastWord);
  await saved(dana.page, 2);
  await publish.getByLabel('Wat is er veranderd?').fill(`Eerste versie, samen met Dana gemaakt ${RUN}`);
  await publish.getByRole('button', { name: 'Versie 1 publiceren' }).click();
  await publish.getByRole('alert').getByText('Het concept is gewijzigd sinds je het bekeek', { exact: false }).waitFor();
  await publish.getByText(`Item toegevoegd: ${lastWord}`).waitFor();
  assert.equal(await publish.getByText(`Item toegevoegd: ${danaSaves}`).count(), 0);
  await releaseOlaf();
  await publish.getByRole('button', { name: 'Versie 1 publiceren' }).click();
  await publish.waitFor({ state: 'detached' });
  await olaf.page.waitForURL(/\/versies$/);

  // The Versies tab: version 1 with its changelog and publisher, and the differences from empty.
  const versions = olaf.page.getByRole('list', { name: 'Versies, nieuwste eerst' });
  await versions.getByRole('heading', { name: 'Versie 1' }).waitFor();
  await versions.getByText(`Eerste versie, samen met Dana gemaakt ${RUN}`).waitFor();
  await versions.getByText(OLAF).waitFor();
  const diff = olaf.page.getByRole('list', { name: 'Verschillen van Leeg instrument naar Versie 1' });
  await diff.getByText(`Titel gewijzigd: (leeg) → “${title}”`).waitFor();
  await diff.getByText(`Item toegevoegd: ${danasVersion}`).waitFor();
  // Version 1 read-only.
  await versions.getByRole('button', { name: 'Bekijken Versie 1' }).click();
  await olaf.page.getByRole('region', { name: 'Versie 1, alleen lezen' }).getByText(lastWord).waitFor();
  await check(olaf.page, 'instruments-versions-desktop');

  // Dana sees the published version live, and the draft now against version 1 has no differences.
  await dana.page.getByText('Versie 1', { exact: true }).first().waitFor();
  await dana.page.getByRole('tab', { name: 'Versies' }).click();
  await dana.page.getByRole('combobox', { name: 'Naar' }).selectOption({ label: 'Concept (nu)' });
  await dana.page.getByRole('combobox', { name: 'Van' }).selectOption({ label: 'Versie 1' });
  await dana.page.getByText('Geen verschillen.').waitFor();
}
