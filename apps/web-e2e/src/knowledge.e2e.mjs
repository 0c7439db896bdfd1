// Journey of the knowledge base and the living learning line: Olaf (researcher) shares a research finding in
// SWAG linked to B2 and level 3, with a citation (DOI) and what it means for practice; the API's DOI check shows
// at the field; the item page shows it all and Sam asks a question in its thread; the B2 × 3 cell of the map
// counts one more and links to the filtered list; the CSV says the same. Dana (curator) edits B2's text and the
// history shows it. Sam (student, level 2) sees the reading path of level 2 first, on a phone. Olaf edits the
// item (version 2) and the diff shows the change; a stale edit gets a conflict and a way on.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, BASE_URL, DEMO_PASSWORD, launch, newPerson, SHOTS, signIn } from './browser.mjs';

const SWAG = 'SWAG — Samen Werken aan Ambulante Gezinszorg';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const B2_TEXT = 'kent recente onderzoeksresultaten over werkzame factoren van professionele samenwerking.';

let browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
after(() => browser?.close());

// Lower-case letters only: digits could look like a postcode or phone number to the privacy guard.
const randomWord = (length) => Array.from(randomBytes(length), (b) => 'abcdefghjkmnpqrstuvwxyz'[b % 23]).join('');

async function check(page, name) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** GraphQL straight to the API as a demo person. */
async function apiAs(email) {
  const post = async (query, variables, token) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const login = await post('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } });
  const token = login.data.login.accessToken;
  return (query, variables) => post(query, variables, token);
}

/** Waits until a form control shows this value. */
async function hasValue(locator, value) {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction(([el, v]) => el.value === v, [handle, value], { timeout: 10_000 });
}

/** The B2 × level 3 cell of the map: its link, and the knowledge count it shows. */
const b2l3 = (page) => page.getByRole('link', { name: /^B2, niveau 3:/ });
async function b2l3Count(page) {
  const text = await b2l3(page).innerText();
  const match = /(\d+) kennisitem/.exec(text);
  assert.ok(match, `a count in "${text}"`);
  return Number(match[1]);
}

test('knowledge base and learning line: a finding on the map, a curator edit with history, reading path, revisions and diff', async () => {
  const run = randomWord(6);
  const title = `Gedeelde doelen houden gezinnen in de hulp ${run}`;
  const practice = 'Bespreek in het eerste gesprek met alle gezinsleden samen welke doelen jullie delen, en kom daar elke maand op terug.';
  const doi = `10.5555/kennislijn.${run}`;
  const olaf = await newPerson(browser, DESKTOP);
  const dana = await newPerson(browser, DESKTOP);
  const sam = await newPerson(browser, PHONE);

  // Olaf opens the map: the B2 × 3 cell before his finding.
  await signIn(olaf.page, 'onderzoeker@demo.kennislijn.nl');
  await olaf.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlijn' }).click();
  await olaf.page.getByRole('heading', { name: 'Leerlijn', level: 1 }).waitFor();
  const before = await b2l3Count(olaf.page);
  assert.ok(before > 0, 'the demo knowledge base covers B2 at level 3');
  // Gaps say so in words, not only in colour.
  assert.ok((await olaf.page.locator('td[data-gap="true"]').count()) > 0);
  await olaf.page.locator('td[data-gap="true"]').first().getByText('Lacune').waitFor();

  // The knowledge base: cards with kind, evidence, short citation and chips.
  await olaf.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).click();
  await olaf.page.getByRole('heading', { name: 'Kennisbank', level: 1 }).waitFor();
  const bordin = olaf.page.getByRole('listitem').filter({ has: olaf.page.getByRole('link', { name: 'De werkalliantie: band, doelen en taken' }) });
  await bordin.getByText('Bordin (1979)').waitFor();
  await bordin.getByText('Artikel', { exact: true }).waitFor();
  await bordin.getByText('Bewijskracht: Theorie').waitFor();
  await bordin.getByRole('list', { name: 'Plek in de leerlijn' }).getByText('B1', { exact: true }).waitFor();
  await check(olaf.page, 'knowledge-list-desktop');
  // Filters live in the address.
  await olaf.page.getByLabel('Soort', { exact: true }).selectOption('METHOD');
  await olaf.page.waitForURL(/type=METHOD/);
  await bordin.waitFor({ state: 'detached' });
  await olaf.page.getByRole('button', { name: 'Filters wissen' }).first().click();
  await bordin.waitFor();

  // A new research finding in SWAG.
  await olaf.page.getByRole('link', { name: 'Nieuw kennisitem' }).click();
  await olaf.page.getByRole('heading', { name: 'Nieuw kennisitem', level: 1 }).waitFor();
  await olaf.page.getByRole('combobox', { name: 'Waar deel je dit?' }).selectOption({ label: SWAG });
  await olaf.page.getByRole('radio', { name: 'Onderzoeksbevinding' }).check();
  await olaf.page.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
  await olaf.page
    .getByRole('textbox', { name: 'Samenvatting' })
    .fill('Gezinnen blijven langer in de hulp als **alle gezinsleden** en de hulpverlener het eens zijn over de doelen van de hulp. Zo groeit de samenwerkingsrelatie.');
  await olaf.page.getByRole('radio', { name: 'Veelbelovend' }).check();
  await olaf.page.getByRole('textbox', { name: 'Auteur 1' }).fill('Friedlander, M. L.');
  await olaf.page.getByRole('button', { name: 'Auteur toevoegen' }).click();
  await olaf.page.getByRole('textbox', { name: 'Auteur 2' }).fill('Escudero, V.');
  await olaf.page.getByRole('textbox', { name: 'Titel van de bron' }).fill('Alliance in couple and family therapy');
  await olaf.page.getByRole('textbox', { name: 'Tijdschrift, boek of uitgever' }).fill('Psychotherapy');
  await olaf.page.getByRole('textbox', { name: 'Jaar', exact: true }).fill('2011');
  await olaf.page.getByRole('textbox', { name: 'Jaargang' }).fill('48');
  await olaf.page.getByRole('textbox', { name: 'Nummer' }).fill('1');
  await olaf.page.getByRole('textbox', { name: "Pagina's" }).fill('25-33');
  // A DOI without its number: the API's check, shown at the field.
  await olaf.page.getByRole('textbox', { name: 'DOI' }).fill('10.5555');
  await olaf.page.getByRole('textbox', { name: 'Onderzoeksopzet' }).fill('Meta-analyse van studies naar de alliantie in gezinstherapie.');
  await olaf.page.getByRole('textbox', { name: 'Steekproef' }).fill('Ruim vierhonderd gezinnen uit negen studies.');
  await olaf.page.getByRole('textbox', { name: 'Wat betekent dit voor de praktijk?' }).fill(practice);
  await olaf.page.getByRole('combobox', { name: 'Eindkwalificaties' }).click();
  await olaf.page.getByRole('option', { name: /^B2 · / }).click();
  await olaf.page.keyboard.press('Escape');
  await olaf.page.getByRole('checkbox', { name: 'Niveau 3 — bachelor, afstudeerfase' }).check();
  await olaf.page.getByRole('checkbox', { name: 'Meervoudige samenwerkingsrelatie met meerdere hulpvragers' }).check();
  await olaf.page.getByRole('checkbox', { name: 'Systeemtheorie' }).check();
  await olaf.page.getByRole('combobox', { name: 'Trefwoorden' }).fill('gezinsdoelen');
  await olaf.page.keyboard.press('Enter');

  // The draft survives a reload.
  await olaf.page.reload();
  await olaf.page.getByRole('heading', { name: 'Nieuw kennisitem', level: 1 }).waitFor();
  assert.equal(await olaf.page.getByRole('textbox', { name: 'Titel', exact: true }).inputValue(), title);
  assert.equal(await olaf.page.getByRole('textbox', { name: 'Auteur 2' }).inputValue(), 'Escudero, V.');
  assert.equal(await olaf.page.getByRole('checkbox', { name: 'Niveau 3 — bachelor, afstudeerfase' }).isChecked(), true);

  const submit = olaf.page.getByRole('button', { name: 'Kennisitem delen' });
  await submit.click();
  const doiField = olaf.page.getByRole('textbox', { name: 'DOI' });
  await olaf.page.getByText('Een DOI begint met 10. en een schuine streep').waitFor();
  assert.equal(await doiField.getAttribute('aria-invalid'), 'true');
  await check(olaf.page, 'knowledge-form-doi-error-desktop');
  await doiField.fill(`https://doi.org/${doi}`);
  await submit.click();

  // The item page: summary, the finding, the citation with a working DOI link, links, thread, version 1.
  await olaf.page.waitForURL(/\/kennisbank\/[0-9a-f-]{36}$/);
  const itemUrl = olaf.page.url();
  const itemId = itemUrl.split('/').pop();
  await olaf.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await olaf.page.getByRole('region', { name: 'Samenvatting' }).getByText('alle gezinsleden').waitFor();
  await olaf.page.getByRole('region', { name: 'Het onderzoek' }).getByText('Ruim vierhonderd gezinnen').waitFor();
  await olaf.page.getByRole('region', { name: 'Wat betekent dit voor de praktijk?' }).getByText(practice).waitFor();
  const source = olaf.page.getByRole('region', { name: 'Bron' });
  assert.match(await source.locator('[data-reference]').innerText(), /^Friedlander, M\. L\., & Escudero, V\. \(2011\)\. Alliance in couple and family therapy\. Psychotherapy, 48\(1\), 25-33\./);
  await source.getByText('Verwijs ernaar als Friedlander & Escudero (2011).').waitFor();
  assert.equal(await source.getByRole('link', { name: new RegExp(`doi\\.org/${doi.replace('.', '\\.')}`) }).getAttribute('href'), `https://doi.org/${doi}`);
  const links = olaf.page.getByRole('region', { name: 'Plek in de leerlijn' });
  await links.getByRole('link', { name: 'B2' }).waitFor();
  await links.getByText('Systeemtheorie').waitFor();
  await olaf.page.getByText('Bewijskracht: Veelbelovend').waitFor();
  await olaf.page.getByRole('region', { name: 'Vragen en gesprek' }).waitFor();
  const versions = olaf.page.getByRole('list', { name: 'Versies van dit item' });
  await versions.getByText('Eerste versie').waitFor();
  await check(olaf.page, 'knowledge-item-desktop');

  // Sam (SWAG member) asks a question in the item's thread.
  await signIn(sam.page, 'student@demo.kennislijn.nl');
  await sam.page.goto(itemUrl);
  await sam.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const question = `Werkt dit ook als een van de ouders niet meedoet? ${run}`;
  const thread = sam.page.getByRole('region', { name: 'Vragen en gesprek' });
  await thread.getByRole('combobox', { name: 'Je bericht' }).fill(question);
  await thread.getByRole('combobox', { name: 'Je bericht' }).press('Enter');
  await thread.locator('.kl-message [data-message-body]').filter({ hasText: question }).waitFor();
  await check(sam.page, 'knowledge-item-phone');

  // Sam finds the finding by searching another form of a Dutch compound (the plural "samenwerkingsrelaties"
  // where the item says "samenwerkingsrelatie"), together with this run's word.
  await sam.page.getByRole('link', { name: 'Zoeken', exact: true }).click();
  await sam.page.getByRole('heading', { name: 'Zoeken', level: 1 }).waitFor();
  await sam.page.getByRole('searchbox', { name: 'Zoekterm' }).fill(`samenwerkingsrelaties ${run}`);
  await sam.page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await sam.page.waitForURL(/\/zoeken\?q=samenwerkingsrelaties/);
  const results = sam.page.getByRole('list', { name: 'Zoekresultaten' });
  const found = results.getByRole('link', { name: title, exact: true });
  await found.waitFor();
  await sam.page.getByText(new RegExp(`^1 resultaat voor ‘samenwerkingsrelaties ${run}’\\. Ook gezocht op de delen: samenwerking, relatie\\.$`)).waitFor();
  // The matched words are marked in the title and in the snippet.
  await results.locator('mark', { hasText: run }).first().waitFor();
  await results.locator('mark', { hasText: 'samenwerkingsrelatie' }).first().waitFor();
  await check(sam.page, 'search-phone');
  await found.click();
  await sam.page.waitForURL(itemUrl);
  await sam.page.getByRole('heading', { name: title, level: 1 }).waitFor();

  // The map counts the finding in B2 × 3, and the cell leads to the filtered list with it.
  await olaf.page.goto(`${BASE_URL}/leerlijn`);
  await b2l3(olaf.page).waitFor();
  assert.equal(await b2l3Count(olaf.page), before + 1);
  await check(olaf.page, 'knowledge-map-desktop');
  const downloadPromise = olaf.page.waitForEvent('download');
  await olaf.page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloadPromise;
  assert.match(download.suggestedFilename(), /^leerlijn-kaart-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').split('\n');
  assert.equal(csv[0], 'eindkwalificatie,niveau,kennisitems,casussen,instrumenten,sessies,lacune');
  assert.ok(csv.some((line) => line.startsWith(`B2,3,${before + 1},`)), 'the CSV counts the finding too');
  await b2l3(olaf.page).click();
  await olaf.page.waitForURL(`${BASE_URL}/kennisbank?qualification=B2&level=3`);
  await olaf.page.getByRole('heading', { name: 'Kennisbank', level: 1 }).waitFor();
  // The filters show the cell (once their options have loaded).
  await hasValue(olaf.page.getByLabel('Eindkwalificatie', { exact: true }), 'B2');
  await hasValue(olaf.page.getByLabel('Niveau', { exact: true }), '3');
  await olaf.page.getByRole('list', { name: 'Kennisitems' }).getByRole('link', { name: title }).waitFor();
  assert.equal(await olaf.page.locator('.kl-knowledge-card').count(), before + 1);

  // Dana (curator) edits B2's text with a change note; the history shows it, and the map the new text.
  await signIn(dana.page, 'docent@demo.kennislijn.nl');
  await dana.page.goto(`${BASE_URL}/leerlijn`);
  await dana.page.getByRole('button', { name: 'Bewerk B2' }).click();
  const dialog = dana.page.getByRole('dialog', { name: 'B2 bewerken' });
  const textNl = dialog.getByRole('textbox', { name: 'Tekst in het Nederlands' });
  await textNl.waitFor();
  assert.equal(await textNl.inputValue(), B2_TEXT);
  assert.match(await dialog.getByRole('textbox', { name: 'Tekst in het Engels' }).inputValue(), /^knows recent research/);
  const newB2 = 'kent recente onderzoeksresultaten over werkzame factoren van professionele samenwerking en past ze toe in de eigen praktijk.';
  await textNl.fill(newB2);
  await dialog.getByRole('textbox', { name: 'Tekst in het Engels' }).fill('knows recent research on effective factors of professional collaboration and applies it in practice.');
  await dialog.getByRole('textbox', { name: 'Waarom verandert dit?' }).fill('Toepassen in de praktijk hoort bij deze kwalificatie.');
  await check(dana.page, 'knowledge-line-edit-dialog-desktop');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'detached' });
  const history = dana.page.getByRole('list', { name: 'Wijzigingen van B2' });
  const change = history.getByRole('listitem').filter({ hasText: 'Toepassen in de praktijk hoort bij deze kwalificatie.' });
  await change.getByText('Dana Docent').waitFor();
  await change.getByText(B2_TEXT, { exact: true }).waitFor();
  await change.getByText(newB2, { exact: true }).waitFor();
  await dana.page.locator('tr[data-qualification="B2"]').getByText(newB2).waitFor();
  await check(dana.page, 'knowledge-line-history-desktop');

  // Sam (level 2) opens the learning line on her phone: the reading path of level 2 is shown first.
  await sam.page.goto(`${BASE_URL}/leerlijn`);
  await sam.page.getByRole('heading', { name: 'Leerlijn', level: 1 }).waitFor();
  await sam.page.getByRole('tab', { name: 'Niveau 2 (jouw niveau)', selected: true }).waitFor();
  const path = sam.page.getByRole('list', { name: 'Leesroute niveau 2' });
  await path.getByRole('listitem').first().waitFor();
  assert.ok((await path.getByRole('listitem').count()) >= 5);
  // On a phone the map scrolls sideways, with the qualification column kept in view.
  const scroller = sam.page.getByRole('region', { name: 'Kaart van de leerlijn' }).locator('.kl-map-scroll');
  assert.ok(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth), 'the map scrolls sideways');
  assert.equal(await sam.page.locator('th.kl-map-row').first().evaluate((el) => getComputedStyle(el).position), 'sticky');
  await check(sam.page, 'knowledge-map-phone');
  await sam.page.getByRole('tab', { name: 'Niveau 3' }).click();
  await sam.page.getByRole('list', { name: 'Leesroute niveau 3' }).getByRole('link', { name: title }).waitFor();

  // Olaf edits his finding: version 2, and the diff says what changed.
  await olaf.page.goto(itemUrl);
  await olaf.page.getByRole('link', { name: 'Bewerken' }).click();
  await olaf.page.getByRole('heading', { name: 'Kennisitem bewerken', level: 1 }).waitFor();
  const title2 = `${title} (bijgewerkt)`;
  await olaf.page.getByRole('textbox', { name: 'Titel', exact: true }).fill(title2);
  await olaf.page.getByRole('checkbox', { name: 'Niveau 4 — professionele master' }).check();
  await olaf.page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  // The change note is required for an edit.
  await olaf.page.getByText('Beschrijf kort wat je hebt veranderd').first().waitFor();
  await olaf.page.getByRole('textbox', { name: 'Wat heb je veranderd?' }).fill('Titel verduidelijkt en niveau 4 toegevoegd.');
  await check(olaf.page, 'knowledge-form-edit-desktop');
  await olaf.page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await olaf.page.waitForURL(itemUrl);
  await olaf.page.getByRole('heading', { name: title2, level: 1 }).waitFor();
  await olaf.page.getByText('Versie 2', { exact: true }).first().waitFor();
  await versions.getByText('Titel verduidelijkt en niveau 4 toegevoegd.').waitFor();
  const diff = olaf.page.getByRole('list', { name: 'Verschillen tussen versie 1 en versie 2' });
  const titleChange = diff.locator('[data-field="title"]');
  await titleChange.getByText(title, { exact: true }).waitFor();
  await titleChange.getByText(title2, { exact: true }).waitFor();
  const levelChange = diff.locator('[data-field="levels"]');
  await levelChange.getByText('Niveau 3', { exact: true }).waitFor();
  await levelChange.getByText('Niveau 3, Niveau 4', { exact: true }).waitFor();
  await check(olaf.page, 'knowledge-item-diff-desktop');

  // A stale edit: someone saves version 3 while Olaf edits; he gets a clear conflict and a way on.
  await olaf.page.getByRole('link', { name: 'Bewerken' }).click();
  await olaf.page.getByRole('heading', { name: 'Kennisitem bewerken', level: 1 }).waitFor();
  await olaf.page.getByRole('textbox', { name: 'Samenvatting' }).fill('Gezinnen blijven langer in de hulp als iedereen het eens is over de doelen. Dat geldt ook voor jongeren.');
  await olaf.page.getByRole('textbox', { name: 'Wat heb je veranderd?' }).fill('Jongeren genoemd.');
  const api = await apiAs('onderzoeker@demo.kennislijn.nl');
  const stored = await api('query($id: ID!) { knowledgeItem(id: $id) { revision type title summary evidenceLevel } }', { id: itemId });
  const k = stored.data.knowledgeItem;
  const other = await api(
    'mutation($id: ID!, $rev: Int!, $input: KnowledgeContentInput!) { updateKnowledgeItem(id: $id, expectedRevision: $rev, changeNote: "Tegelijk gewijzigd", input: $input) { revision } }',
    { id: itemId, rev: k.revision, input: { type: k.type, title: `${title2} en meer`, summary: k.summary, evidenceLevel: k.evidenceLevel, qualificationCodes: ['B2'], levels: [3, 4] } },
  );
  assert.equal(other.data?.updateKnowledgeItem.revision, 3, JSON.stringify(other.errors));
  await olaf.page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  const conflict = olaf.page.getByRole('alert').filter({ hasText: 'Iemand anders was je voor' });
  await conflict.waitFor();
  await check(olaf.page, 'knowledge-form-conflict-desktop');
  await conflict.getByRole('button', { name: 'Nieuwe versie laden' }).click();
  const reloaded = olaf.page.getByRole('alert').filter({ hasText: 'Je bewerkt nu versie 3' });
  await reloaded.getByText('Dat geldt ook voor jongeren.').waitFor();
  assert.equal(await olaf.page.getByRole('textbox', { name: 'Titel', exact: true }).inputValue(), `${title2} en meer`);
  await olaf.page.getByRole('textbox', { name: 'Samenvatting' }).fill('Gezinnen blijven langer in de hulp als iedereen het eens is over de doelen. Dat geldt ook voor jongeren.');
  await olaf.page.getByRole('textbox', { name: 'Wat heb je veranderd?' }).fill('Jongeren genoemd.');
  await olaf.page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await olaf.page.waitForURL(itemUrl);
  await olaf.page.getByText('Versie 4', { exact: true }).first().waitFor();
  await olaf.page.getByRole('region', { name: 'Samenvatting' }).getByText('Dat geldt ook voor jongeren.').waitFor();

  assert.deepEqual(olaf.errors, []);
  assert.deepEqual(dana.errors, []);
  assert.deepEqual(sam.errors, []);
  await olaf.context.close();
  await dana.context.close();
  await sam.context.close();
});

test('a site-wide item: APA citation with DOI, no thread but a calm note; the map on a phone', async () => {
  const { context, page, errors } = await newPerson(browser, PHONE);
  await signIn(page, 'student@demo.kennislijn.nl');
  await page.goto(`${BASE_URL}/kennisbank?type=ARTICLE`);
  await page.getByRole('list', { name: 'Kennisitems' }).getByRole('link', { name: 'De werkalliantie: band, doelen en taken' }).click();
  await page.getByRole('heading', { name: 'De werkalliantie: band, doelen en taken', level: 1 }).waitFor();
  const source = page.getByRole('region', { name: 'Bron' });
  assert.equal(await source.getByRole('link', { name: /doi\.org\/10\.1037\/h0085885/ }).getAttribute('href'), 'https://doi.org/10.1037/h0085885');
  await page.getByText('Bij items uit de algemene kennisbank hoort geen gesprek.').waitFor();
  await page.getByText('Algemene kennisbank, bijgehouden door de curatoren').waitFor();
  // A student may not edit a site-wide item.
  assert.equal(await page.getByRole('link', { name: 'Bewerken' }).count(), 0);
  await check(page, 'knowledge-item-sitewide-phone');
  await page.goto(`${BASE_URL}/kennisbank`);
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByLabel('Eindkwalificatie', { exact: true }).selectOption('M6');
  await page.getByText('Niets gevonden met deze filters').waitFor();
  await check(page, 'knowledge-list-empty-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('search on a desktop: the header box, a typo, facets that filter and count, and back', async () => {
  const { context, page, errors } = await newPerson(browser, DESKTOP);
  await signIn(page, 'student@demo.kennislijn.nl');
  const box = page.getByRole('search', { name: 'Zoeken in Kennislijn' }).getByRole('searchbox', { name: 'Zoeken in Kennislijn' });
  await box.fill('allianite');
  await box.press('Enter');
  await page.waitForURL(`${BASE_URL}/zoeken?q=allianite`);
  await page.getByRole('heading', { name: 'Zoeken', level: 1 }).waitFor();
  const results = page.getByRole('list', { name: 'Zoekresultaten' });
  // A typo still finds the alliance, with the word as written in the text marked.
  await results.getByRole('link', { name: 'De werkalliantie: band, doelen en taken', exact: true }).waitFor();
  await results.locator('mark', { hasText: /^alliantie$/i }).first().waitFor();
  const status = page.getByText(/^\d+ resultaten voor ‘allianite’\.$/);
  const total = Number(/^(\d+)/.exec(await status.innerText())[1]);
  assert.ok(total >= 3, `several results for the typo (${total})`);
  await check(page, 'search-desktop');

  // The kind facet filters (in the address) and its count is the new total.
  const facets = page.getByRole('complementary', { name: 'Filters' });
  const kind = facets.getByRole('checkbox', { name: /^Kennisitem \(\d+\)$/ });
  const count = Number(/\((\d+)\)$/.exec(await facets.getByText(/^Kennisitem \(\d+\)$/).innerText())[1]);
  await kind.click();
  await page.waitForURL(/type=KNOWLEDGE_ITEM/);
  await facets.getByRole('checkbox', { name: /^Kennisitem \(\d+\)$/, checked: true }).waitFor();
  await page.getByText(`${count} resultaten voor ‘allianite’.`, { exact: true }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.kl-search-hit .mantine-Badge-label')].every((b) => b.textContent === 'Kennisitem'));
  await facets.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByText(`${total} resultaten voor ‘allianite’.`, { exact: true }).waitFor();

  // Nothing found: says so, and how to go on.
  await box.fill('xyzzyplugh');
  await box.press('Enter');
  await page.getByText('Niets gevonden voor ‘xyzzyplugh’').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
