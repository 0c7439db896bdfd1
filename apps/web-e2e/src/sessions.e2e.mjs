// Journey of a themed session in SWAG: Dana (owner, moderator) plans a session with the Incidentmethode on a
// demo case, one place. Priya says "Ik kom" and gets the place; Sam lands on the waiting list (place 1). Priya
// cancels and Sam moves up, live on Sam's page. Dana starts the session and moves two steps on: Priya and Sam
// (each in their own browser) follow live; notes typed by one appear for the other, and a reload lands on the
// current step with the notes. Dana closes with outcomes and turns them into a lesson learned. Sam's attendance
// statement lists the session; the calendar, the feed line and the method editor (with the API's message at
// the code field) are checked too. axe on every page, desktop (1280 px) and phone (390 px).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, BASE_URL, launch, newPerson, SHOTS, signIn } from './browser.mjs';

const SWAG = 'SWAG — Samen Werken aan Ambulante Gezinszorg';
const DEMO_CASE = 'Moeder en jongere willen elk iets anders van de hulp';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

// Lower-case letters only: digits could look like a postcode or phone number to the privacy guard.
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

/** Waits until a field shows `value` (it arrives live), then checks it. */
async function showsValue(field, value, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && (await field.inputValue().catch(() => '')) !== value) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await field.inputValue(), value);
}

/** A date some days from now, as YYYY-MM-DD. */
function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const rsvpResult = (page) => page.locator('[data-rsvp-result]');
const currentStep = (page) => page.locator('[data-current-step]');
const notesField = (page, step) => page.getByRole('textbox', { name: `Gedeelde aantekeningen bij ‘${step}’` });

test('themed session: plan, RSVP with a waiting list, the live room with steps and shared notes, closing and a lesson', async () => {
  const dana = await newPerson(browser, DESKTOP);
  const priya = await newPerson(browser, DESKTOP);
  const sam = await newPerson(browser, PHONE);
  await Promise.all([
    signIn(dana.page, 'docent@demo.kennislijn.nl'),
    signIn(priya.page, 'professional@demo.kennislijn.nl'),
    signIn(sam.page, 'student@demo.kennislijn.nl'),
  ]);
  try {
    await journey(dana, priya, sam);
  } catch (error) {
    for (const [name, p] of [['dana', dana], ['priya', priya], ['sam', sam]]) {
      await p.page.screenshot({ path: join(SHOTS, `sessions-failed-${name}.png`), fullPage: true }).catch(() => undefined);
    }
    throw error;
  }
  for (const p of [dana, priya, sam]) assert.deepEqual(p.errors, [], 'no page errors');
});

async function journey(dana, priya, sam) {
  const title = `Intervisie over gedeelde doelen ${RUN}`;
  const date = inDays(9);

  // Dana opens Sessies from the navigation and plans a session.
  await dana.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sessies' }).click();
  await dana.page.getByRole('heading', { name: 'Sessies', level: 1 }).waitFor();
  await dana.page.getByRole('heading', { name: 'Komende sessies' }).waitFor();
  await dana.page.getByRole('button', { name: 'Agenda-abonnement' }).waitFor();
  await check(dana.page, 'sessions-list-desktop');

  // The calendar subscription: a secret address, shown once, with a copy button.
  await dana.page.getByRole('button', { name: 'Agenda-abonnement' }).click();
  const feedDialog = dana.page.getByRole('dialog', { name: 'Je sessies in je eigen agenda' });
  await feedDialog.getByRole('button', { name: 'Adres maken' }).click();
  const feedUrl = await feedDialog.getByRole('textbox', { name: 'Je persoonlijke agenda-adres' }).inputValue();
  assert.match(feedUrl, /\/api\/agenda\/[A-Za-z0-9_-]+\.ics$/);
  await feedDialog.getByRole('button', { name: 'Adres kopiëren' }).waitFor();
  await check(dana.page, 'sessions-calendar-feed-dialog');
  await feedDialog.getByRole('button', { name: 'Sluiten' }).last().click();
  await feedDialog.waitFor({ state: 'detached' });

  await dana.page.getByRole('link', { name: 'Sessie plannen' }).first().click();
  await dana.page.getByRole('heading', { name: 'Sessie plannen', level: 1 }).waitFor();
  const community = dana.page.getByRole('combobox', { name: 'Gemeenschap' });
  await community.selectOption({ label: SWAG });
  await dana.page.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
  await dana.page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Eigen thema…' });
  await dana.page.getByRole('textbox', { name: 'Eigen thema' }).fill('Gedeelde doelen met ouders en jongere');
  await dana.page.getByRole('textbox', { name: 'Beschrijving' }).fill('We bespreken een casus met de **incidentmethode**. Neem een eigen ervaring mee.');
  await dana.page.getByLabel('Begindatum').fill(date);
  await dana.page.getByLabel('Begintijd').fill('19:30');
  await dana.page.getByLabel('Einddatum').fill(date);
  // An end before the start is said at the field.
  await dana.page.getByLabel('Eindtijd').fill('18:00');
  await dana.page.getByRole('textbox', { name: 'Locatie' }).fill('Hogeschool, lokaal aan de tuin');
  await dana.page.getByRole('textbox', { name: 'Aantal plaatsen' }).fill('1');
  await dana.page.getByRole('combobox', { name: 'Methode' }).selectOption({ label: 'Incidentmethode' });
  const preview = dana.page.getByRole('region', { name: 'Stappen van Incidentmethode' });
  await preview.getByText('Samen 75 minuten', { exact: true }).waitFor();
  await preview.getByText('Feitelijke vragen', { exact: true }).waitFor();
  await dana.page.getByRole('combobox', { name: 'Casussen' }).click();
  await dana.page.getByRole('option', { name: DEMO_CASE }).click();
  await dana.page.keyboard.press('Escape');
  await dana.page.getByText('Vul de tijden in als Nederlandse tijd (Europe/Amsterdam).', { exact: true }).waitFor();
  await dana.page.getByRole('button', { name: 'Sessie plannen', exact: true }).click();
  await dana.page.getByText('Het einde ligt na het begin.', { exact: true }).waitFor();
  assert.equal(await dana.page.getByLabel('Eindtijd').getAttribute('aria-invalid'), 'true');
  await check(dana.page, 'sessions-form-desktop');
  await dana.page.getByLabel('Eindtijd').fill('21:00');
  await dana.page.getByRole('button', { name: 'Sessie plannen', exact: true }).click();

  // The session page: when, where, method, the linked case, RSVP and the discussion.
  await dana.page.waitForURL(/\/sessies\/[0-9a-f-]{36}$/);
  const sessionUrl = dana.page.url();
  await dana.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await dana.page.getByText('Gepland', { exact: true }).first().waitFor();
  // The browser runs in UTC here: the page shows that time, and the Dutch time below it.
  assert.match(await dana.page.locator('[data-when]').innerText(), /18:30 – 20:00 UTC$/);
  await dana.page.getByText(/^In Nederlandse tijd: .* 19:30 – 21:00 CET$/).waitFor();
  await dana.page.getByText('Hogeschool, lokaal aan de tuin', { exact: true }).waitFor();
  await dana.page.getByRole('heading', { name: 'Methode: Incidentmethode' }).waitFor();
  await dana.page.getByRole('link', { name: DEMO_CASE }).waitFor();
  await dana.page.getByText('0 van 1 plaatsen bezet · 0 misschien · 0 op de wachtlijst', { exact: true }).waitFor();
  await dana.page.getByRole('region', { name: 'Gesprek over de sessie' }).waitFor();
  // The .ics file downloads as sessie-<date>.ics.
  const [download] = await Promise.all([dana.page.waitForEvent('download'), dana.page.getByRole('button', { name: 'Zet in mijn agenda (.ics)' }).click()]);
  assert.equal(download.suggestedFilename(), `sessie-${date}.ics`);
  await check(dana.page, 'session-planned-desktop');

  // Priya takes the only place; Sam lands on the waiting list.
  await priya.page.goto(sessionUrl);
  await priya.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await priya.page.getByRole('button', { name: 'Ik kom', exact: true }).click();
  await rsvpResult(priya.page).getByText('Je komt. Je hebt een plaats.', { exact: true }).waitFor();

  await sam.page.goto(sessionUrl);
  await sam.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await sam.page.getByRole('button', { name: 'Ik kom', exact: true }).click();
  await rsvpResult(sam.page).getByText('Je staat op de wachtlijst, plaats 1.', { exact: true }).waitFor();
  await sam.page.getByText('1 van 1 plaatsen bezet · 0 misschien · 1 op de wachtlijst', { exact: true }).waitFor();
  await check(sam.page, 'session-waitlist-phone');

  // Priya cancels: Sam gets the place, live on Sam's open page.
  await priya.page.getByRole('button', { name: 'Ik kom niet', exact: true }).click();
  await rsvpResult(priya.page).getByText('Je komt niet.', { exact: true }).waitFor();
  await rsvpResult(sam.page).getByText('Je komt. Je hebt een plaats.', { exact: true }).waitFor({ timeout: 15_000 });

  // Dana's list shows the session; the calendar shows it on its day.
  await dana.page.goto(`${BASE_URL}/sessies`);
  await dana.page.getByRole('list', { name: 'Komende sessies' }).getByRole('link', { name: title }).waitFor();
  await dana.page.goto(`${BASE_URL}/sessies?weergave=kalender&maand=${date.slice(0, 7)}`);
  await dana.page.locator('table.kl-calendar').getByRole('link', { name: new RegExp(title) }).waitFor();
  await check(dana.page, 'sessions-calendar-desktop');
  await sam.page.goto(`${BASE_URL}/sessies?weergave=kalender&maand=${date.slice(0, 7)}`);
  await sam.page.getByRole('list', { name: /^Sessies in .*, per dag$/ }).getByRole('link', { name: new RegExp(title) }).waitFor();
  await check(sam.page, 'sessions-calendar-phone');

  // The feed of SWAG has a line for the planned session.
  await dana.page.goto(`${BASE_URL}/gemeenschappen/swag`);
  await dana.page.getByRole('article').filter({ hasText: 'Dana Docent plande een sessie:' }).getByRole('link', { name: title }).first().waitFor();

  // Everyone opens the session; Dana starts it.
  await dana.page.goto(sessionUrl);
  await sam.page.goto(sessionUrl);
  await priya.page.reload();
  for (const p of [dana, priya, sam]) await p.page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await dana.page.getByRole('button', { name: 'Sessie starten' }).click();
  for (const p of [dana, priya, sam]) {
    await p.page.getByRole('heading', { name: 'Live sessie' }).waitFor({ timeout: 15_000 });
    await currentStep(p.page).getByText('Incident kiezen', { exact: true }).waitFor();
    await p.page.getByText('Stap 1 van 10', { exact: true }).waitFor();
  }
  // Who is here.
  await dana.page.locator('.kl-live-room .kl-presence').getByText('Sam Student').waitFor({ state: 'attached' });

  // Two steps on: both participants follow live.
  await dana.page.getByRole('button', { name: 'Volgende stap' }).click();
  await dana.page.getByText('Stap 2 van 10', { exact: true }).waitFor();
  await dana.page.getByRole('button', { name: 'Volgende stap' }).click();
  for (const p of [dana, priya, sam]) {
    await p.page.getByText('Stap 3 van 10', { exact: true }).waitFor({ timeout: 15_000 });
    await currentStep(p.page).getByText('Feitelijke vragen', { exact: true }).waitFor();
  }
  await sam.page.getByText('Aan de beurt: Groep', { exact: true }).waitFor();
  await sam.page.locator('.kl-live-steps [aria-current="step"]').getByText('3. Feitelijke vragen', { exact: true }).waitFor();

  // Notes typed by Sam appear for Priya, and the other way round.
  const samNote = `Wie was er bij het gesprek met de jongere ${RUN}?`;
  await notesField(sam.page, 'Feitelijke vragen').fill(samNote);
  await sam.page.locator('[data-save-status="saved"]').waitFor();
  await showsValue(notesField(priya.page, 'Feitelijke vragen'), samNote);
  const both = `${samNote}\nWat was de opdracht van de gezinswerker?`;
  await notesField(priya.page, 'Feitelijke vragen').fill(both);
  await priya.page.locator('[data-save-status="saved"]').waitFor();
  await showsValue(notesField(sam.page, 'Feitelijke vragen'), both);

  // A quick round: Dana asks, Priya and Sam answer, the counts show live for everyone.
  const round = dana.page.getByRole('form', { name: 'Nieuwe snelle ronde' });
  await round.getByRole('textbox', { name: 'Vraag' }).fill('Wie heeft nu de regie?');
  await round.getByRole('textbox', { name: 'Antwoorden' }).fill('De moeder\nDe gezinswerker\nNiemand');
  await round.getByRole('button', { name: 'Ronde starten' }).click();
  const results = (page) => page.getByRole('list', { name: 'Uitslag' });
  await priya.page.getByRole('radio', { name: 'De gezinswerker' }).check();
  await sam.page.getByRole('radio', { name: 'De gezinswerker' }).check();
  for (const page of [dana.page, priya.page, sam.page]) {
    await results(page).getByRole('listitem').filter({ hasText: 'De gezinswerker' }).getByText('2 stemmen (100%)', { exact: true }).waitFor();
  }
  await check(dana.page, 'session-live-desktop');
  await check(sam.page, 'session-live-phone');
  await dana.page.getByRole('button', { name: 'Ronde sluiten' }).click();
  await sam.page.getByText('Gesloten: 2 antwoorden.', { exact: true }).waitFor();

  // A reload lands on the current step with the notes.
  await sam.page.reload();
  await currentStep(sam.page).getByText('Feitelijke vragen', { exact: true }).waitFor();
  await showsValue(notesField(sam.page, 'Feitelijke vragen'), both);

  // Dana closes the session with outcomes; Sam sees it closed.
  await dana.page.getByRole('button', { name: 'Afsluiten' }).click();
  const closeDialog = dana.page.getByRole('dialog', { name: 'Sessie afsluiten' });
  const outcomes = 'We spreken eerst samen met het hele gezin een gedeeld doel af, pas daarna verdelen we de taken.';
  await closeDialog.getByRole('textbox', { name: 'Uitkomsten' }).fill(outcomes);
  await closeDialog.getByRole('button', { name: 'Sessie afsluiten' }).click();
  await dana.page.getByRole('heading', { name: 'De sessie is afgesloten' }).waitFor();
  await dana.page.getByText(outcomes, { exact: true }).waitFor();
  await sam.page.getByRole('heading', { name: 'De sessie is afgesloten' }).waitFor({ timeout: 15_000 });
  await dana.page.getByText(both.split('\n')[1]).waitFor();
  await dana.page.getByRole('heading', { name: /^Aanwezig \(\d+\)$/ }).waitFor();
  await check(dana.page, 'session-closed-desktop');

  // The outcomes become a lesson learned in the knowledge base, linked to the session.
  await dana.page.getByRole('button', { name: 'Maak er een geleerde les van' }).click();
  const lessonDialog = dana.page.getByRole('dialog', { name: 'Geleerde les maken' });
  assert.equal(await lessonDialog.getByRole('textbox', { name: 'Titel' }).inputValue(), `Geleerde les: ${title}`);
  await lessonDialog.getByRole('button', { name: 'Les opslaan' }).click();
  await dana.page.getByRole('link', { name: 'Bekijk de geleerde les van deze sessie' }).click();
  await dana.page.waitForURL(/\/kennisbank\/[0-9a-f-]{36}$/);
  await dana.page.getByRole('heading', { name: `Geleerde les: ${title}`, level: 1 }).waitFor();

  // Sam's attendance statement lists the session.
  await sam.page.goto(`${BASE_URL}/sessies/aanwezigheid`);
  await sam.page.getByRole('heading', { name: 'Aanwezigheidsverklaring', level: 1 }).waitFor();
  await sam.page.getByRole('cell', { name: title, exact: true }).waitFor();
  await sam.page.getByText('Naam: Sam Student', { exact: true }).waitFor();
  await sam.page.getByRole('button', { name: 'Afdrukken' }).waitFor();
  await check(sam.page, 'sessions-attendance-phone');

  // The method editor: the shared rules at the fields, then the API's message for a code already taken.
  await dana.page.goto(`${BASE_URL}/sessies`);
  await dana.page.getByRole('link', { name: 'Gespreksmethoden' }).click();
  await dana.page.getByRole('heading', { name: 'Gespreksmethoden', level: 1 }).waitFor();
  await dana.page.getByRole('heading', { name: 'Methoden van Kennislijn' }).waitFor();
  const code = `TERUGBLIK${RUN.toUpperCase()}`;
  const methodName = `Korte terugblik ${RUN}`;
  const addMethod = async (minutes) => {
    await dana.page.getByRole('textbox', { name: 'Code' }).fill(code);
    await dana.page.getByRole('textbox', { name: 'Naam' }).fill(methodName);
    const step1 = dana.page.getByRole('listitem', { name: 'Stap 1' });
    await step1.getByRole('textbox', { name: 'Titel van de stap' }).fill('Terugkijken');
    await step1.getByRole('textbox', { name: 'Minuten' }).fill(minutes);
    await step1.getByRole('textbox', { name: 'Vraag of opdracht' }).fill('Wat neem je mee uit deze sessie?');
    await dana.page.getByRole('button', { name: 'Methode opslaan' }).click();
  };
  await addMethod('0');
  await dana.page.getByText('Geef deze stap 1 tot en met 120 minuten, in hele minuten.', { exact: true }).waitFor();
  await dana.page.getByRole('button', { name: 'Stap toevoegen' }).click();
  await dana.page.getByRole('listitem', { name: 'Stap 2' }).waitFor();
  await dana.page.getByRole('button', { name: 'Stap 2 verwijderen' }).click();
  await dana.page.getByRole('listitem', { name: 'Stap 2' }).waitFor({ state: 'detached' });
  await addMethod('10');
  await dana.page.getByRole('region', { name: 'Methoden van de gemeenschap' }).getByText(methodName, { exact: true }).waitFor();
  await addMethod('10');
  await dana.page.getByText('Deze gemeenschap heeft al een methode met deze code.', { exact: true }).waitFor();
  assert.equal(await dana.page.getByRole('textbox', { name: 'Code' }).getAttribute('aria-invalid'), 'true');
  await check(dana.page, 'sessions-methods-desktop');
}
