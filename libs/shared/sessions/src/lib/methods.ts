// Discussion methods (gespreksmethoden) as data: the steps a facilitator walks a group through when a
// case (casus) is discussed in a themed session. The shipped methods are described in our own words;
// moderators can also build their own, checked by validateMethod.

/** A text in Dutch (the users' language) and English. */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** Who acts in a step: the person who brings the case (inbrenger), the group, the facilitator, or all. */
export const STEP_ACTORS = ['PRESENTER', 'GROUP', 'FACILITATOR', 'EVERYONE'] as const;
export type StepActor = (typeof STEP_ACTORS)[number];

/** What a step leaves behind on the session's board. ROUND: everybody speaks in turn, one contribution each. */
export const STEP_OUTPUTS = ['NONE', 'NOTES', 'QUESTIONS', 'ADVICE', 'DECISION', 'LESSONS', 'ROUND'] as const;
export type StepOutput = (typeof STEP_OUTPUTS)[number];

export const STEP_ACTOR_LABELS: Record<StepActor, LocalizedText> = {
  PRESENTER: { nl: 'Inbrenger', en: 'Presenter' },
  GROUP: { nl: 'Groep', en: 'Group' },
  FACILITATOR: { nl: 'Gespreksleider', en: 'Facilitator' },
  EVERYONE: { nl: 'Iedereen', en: 'Everyone' },
};

export const STEP_OUTPUT_LABELS: Record<StepOutput, LocalizedText> = {
  NONE: { nl: 'Geen', en: 'None' },
  NOTES: { nl: 'Aantekeningen', en: 'Notes' },
  QUESTIONS: { nl: 'Vragen', en: 'Questions' },
  ADVICE: { nl: 'Adviezen', en: 'Advice' },
  DECISION: { nl: 'Besluit', en: 'Decision' },
  LESSONS: { nl: 'Lessen', en: 'Lessons' },
  ROUND: { nl: 'Rondje', en: 'Round' },
};

export interface MethodStep {
  /** Unique within the method: letters, digits, - and _. */
  key: string;
  title: LocalizedText;
  actor: StepActor;
  /** The timebox, whole minutes 1..120. */
  minutes: number;
  /** What the facilitator says or shows to start the step. */
  prompt: LocalizedText;
  output: StepOutput;
}

export interface DiscussionMethod {
  code: string;
  name: LocalizedText;
  summary: LocalizedText;
  steps: MethodStep[];
}

/** A text as a moderator may send it: English may be missing or empty (it then falls back to Dutch). */
export interface LocalizedDraft {
  nl: string;
  en?: string | null;
}

export interface MethodStepDraft {
  key: string;
  title: LocalizedDraft;
  actor: string;
  minutes: number;
  prompt: LocalizedDraft;
  output: string;
}

export interface DiscussionMethodDraft {
  code: string;
  name: LocalizedDraft;
  summary?: LocalizedDraft | null;
  steps: MethodStepDraft[];
}

/** The text in the wanted language, or the Dutch one when that is missing or blank. */
export function localize(text: LocalizedDraft | null | undefined, language: 'nl' | 'en'): string {
  if (!text) return '';
  const wanted = language === 'en' ? text.en : text.nl;
  if (typeof wanted === 'string' && wanted.trim() !== '') return wanted.trim();
  return typeof text.nl === 'string' ? text.nl.trim() : '';
}

function s(nl: string, en: string): LocalizedText {
  return { nl, en };
}

function step(key: string, title: LocalizedText, actor: StepActor, minutes: number, output: StepOutput, prompt: LocalizedText): MethodStep {
  return { key, title, actor, minutes, prompt, output };
}

/** Incidentmethode: learn from one short, concrete moment where someone had to act. Exactly ten steps. */
const INCIDENT: DiscussionMethod = {
  code: 'INCIDENT',
  name: s('Incidentmethode', 'Incident method'),
  summary: s(
    'Eén kort, concreet moment uit de praktijk waarop iemand moest handelen. De groep bedenkt eerst zelf wat zij zou doen, hoort daarna hoe het echt ging en haalt er samen lessen uit.',
    'One short, concrete moment from practice where someone had to act. The group first decides what it would do, then hears what really happened and draws lessons together.',
  ),
  steps: [
    step('choose', s('Incident kiezen', 'Choose an incident'), 'GROUP', 5, 'DECISION',
      s('Wie heeft een recent moment meegemaakt waarop je in de samenwerking snel moest kiezen? Kies samen één incident.',
        'Who recently had a moment in a collaboration where a quick choice was needed? Choose one incident together.')),
    step('tell', s('Incident vertellen', 'Tell the incident'), 'PRESENTER', 5, 'NONE',
      s('Vertel kort wat er gebeurde, tot het moment waarop je moest handelen. Stop daar: wat je deed, komt later.',
        'Tell briefly what happened, up to the moment you had to act. Stop there: what you did comes later.')),
    step('facts', s('Feitelijke vragen', 'Factual questions'), 'GROUP', 10, 'QUESTIONS',
      s('Stel alleen vragen naar feiten: wie waren erbij, wat wist je op dat moment, wat was de opdracht? Nog geen meningen of tips.',
        'Ask only about facts: who was there, what did you know at that moment, what was the assignment? No opinions or tips yet.')),
    step('core', s('Kern benoemen', 'Name the core'), 'PRESENTER', 5, 'NOTES',
      s('Zeg in één zin voor welke keuze je stond op het beslismoment.',
        'Say in one sentence which choice you faced at the moment of decision.')),
    step('own', s('Zelf beslissen', 'Decide for yourself'), 'EVERYONE', 5, 'NOTES',
      s('Schrijf voor jezelf op wat jij op dat moment zou doen en waarom. Nog niet overleggen.',
        'Write down for yourself what you would do at that moment and why. Do not confer yet.')),
    step('round', s('Rondje aanpakken', 'Round of approaches'), 'EVERYONE', 10, 'ROUND',
      s('Iedereen vertelt om de beurt zijn of haar aanpak. Luister, vergelijk nog niet.',
        'Everyone in turn tells their approach. Listen; do not compare yet.')),
    step('outcome', s('Wat er echt gebeurde', 'What really happened'), 'PRESENTER', 5, 'NOTES',
      s('Vertel nu wat je werkelijk deed en hoe het afliep.',
        'Now tell what you actually did and how it turned out.')),
    step('compare', s('Aanpakken vergelijken', 'Compare approaches'), 'GROUP', 15, 'NOTES',
      s('Wat zijn de verschillen tussen de aanpakken? Welke uitgangspunten over samenwerken zitten erachter?',
        'What are the differences between the approaches? Which assumptions about collaboration lie behind them?')),
    step('lessons', s('Lessen trekken', 'Draw lessons'), 'EVERYONE', 10, 'LESSONS',
      s('Wat neem je mee naar vergelijkbare situaties? Maak het algemener dan dit ene incident.',
        'What do you take along to similar situations? Make it more general than this one incident.')),
    step('reflect', s('Terugblik', 'Look back'), 'FACILITATOR', 5, 'ROUND',
      s('Hoe verliep het gesprek? Wat hielp, wat kan de volgende keer anders?',
        'How did the conversation go? What helped, what could be different next time?')),
  ],
};

/** A short intervision in five steps: question, clarify, analyse, advise, respond. */
const FIVE_STEP: DiscussionMethod = {
  code: 'FIVE_STEP',
  name: s('Intervisie in vijf stappen', 'Five-step peer consultation'),
  summary: s(
    'Een korte intervisie: de inbrenger legt een vraag voor, de groep verheldert, denkt mee en geeft adviezen, en de inbrenger kiest wat hij of zij ermee doet.',
    'A short peer consultation: the presenter brings a question, the group clarifies, thinks along and advises, and the presenter chooses what to do with it.',
  ),
  steps: [
    step('question', s('Vraag inbrengen', 'Bring the question'), 'PRESENTER', 5, 'NOTES',
      s('Schets de situatie en eindig met een vraag die over jezelf gaat: wat wil je leren of besluiten?',
        'Sketch the situation and end with a question about yourself: what do you want to learn or decide?')),
    step('clarify', s('Verhelderen', 'Clarify'), 'GROUP', 10, 'QUESTIONS',
      s('Stel open vragen zodat je de situatie en de vraag goed begrijpt. Nog geen oplossingen.',
        'Ask open questions until you understand the situation and the question. No solutions yet.')),
    step('analyse', s('Analyseren', 'Analyse'), 'GROUP', 15, 'NOTES',
      s('Wat speelt er volgens jullie? Kijk naar de band, de doelen en de taakverdeling tussen de betrokkenen.',
        'What do you think is going on? Look at the bond, the goals and the division of tasks between those involved.')),
    step('advise', s('Adviseren', 'Advise'), 'GROUP', 10, 'ADVICE',
      s('Geef elk één concreet advies, kort geformuleerd. De inbrenger luistert en schrijft mee.',
        'Each give one concrete piece of advice, briefly put. The presenter listens and takes notes.')),
    step('respond', s('Reageren en afspreken', 'Respond and agree'), 'PRESENTER', 5, 'DECISION',
      s('Welk advies spreekt je aan en wat ga je als eerste doen?',
        'Which advice appeals to you and what will you do first?')),
  ],
};

/** Balint: the relationship between professional and client, explored through what the case evokes. */
const BALINT: DiscussionMethod = {
  code: 'BALINT',
  name: s('Balintgesprek', 'Balint group'),
  summary: s(
    'De inbrenger vertelt uit het hoofd over een cliënt of gezin. De groep verkent daarna vooral wat het verhaal oproept en wat dat zegt over de relatie, terwijl de inbrenger even alleen luistert.',
    'The presenter talks from memory about a client or family. The group then explores mainly what the story evokes and what that says about the relationship, while the presenter only listens for a while.',
  ),
  steps: [
    step('tell', s('Vrij vertellen', 'Tell freely'), 'PRESENTER', 10, 'NONE',
      s('Vertel uit je hoofd, zonder aantekeningen, over een contact dat je bezighoudt. Wat er in je opkomt, mag er zijn.',
        'Tell from memory, without notes, about a contact that keeps you busy. Whatever comes up is welcome.')),
    step('facts', s('Korte feitelijke vragen', 'Brief factual questions'), 'GROUP', 5, 'QUESTIONS',
      s('Alleen vragen die nodig zijn om het verhaal te kunnen volgen.',
        'Only questions needed to follow the story.')),
    step('explore', s('Verkennen zonder inbrenger', 'Explore without the presenter'), 'GROUP', 25, 'NOTES',
      s('De inbrenger schuift even achteruit en luistert. Welke gevoelens en beelden roept het verhaal op? Wat gebeurt er tussen hulpverlener en cliënt?',
        'The presenter steps back and listens. Which feelings and images does the story evoke? What happens between professional and client?')),
    step('return', s('Inbrenger komt terug', 'Presenter returns'), 'PRESENTER', 5, 'NOTES',
      s('Wat heb je gehoord dat je raakte of verraste?',
        'What did you hear that touched or surprised you?')),
    step('open', s('Open gesprek', 'Open conversation'), 'EVERYONE', 10, 'LESSONS',
      s('Praat samen verder over de relatie. Het doel is begrip, geen oplossing.',
        'Continue together about the relationship. The aim is understanding, not a solution.')),
  ],
};

/** Socratic dialogue: one general question, answered by carefully examining one lived example. */
const SOCRATIC: DiscussionMethod = {
  code: 'SOCRATIC',
  name: s('Socratisch gesprek', 'Socratic dialogue'),
  summary: s(
    'Een onderzoekend gesprek over een algemene vraag, zoals "Wanneer is samenwerken betekenisvol?". De groep zoekt het antwoord in één echt meegemaakt voorbeeld en toetst dat aan andere ervaringen.',
    'An inquiring conversation about a general question, such as "When is collaboration meaningful?". The group looks for the answer in one lived example and tests it against other experiences.',
  ),
  steps: [
    step('question', s('Vraag vaststellen', 'Set the question'), 'FACILITATOR', 5, 'NONE',
      s('Zet de centrale vraag op het bord. Spreek af dat we traag denken en elkaars woorden precies nemen.',
        'Put the central question on the board. Agree to think slowly and take each other\'s words precisely.')),
    step('examples', s('Voorbeelden verzamelen', 'Collect examples'), 'EVERYONE', 10, 'ROUND',
      s('Noem om de beurt kort een eigen ervaring waarin de vraag speelde.',
        'In turn, briefly name an experience of your own in which the question played a part.')),
    step('choose', s('Voorbeeld kiezen', 'Choose an example'), 'GROUP', 5, 'DECISION',
      s('Kies één voorbeeld dat afgerond is en waarin de inbrenger zelf een rol had.',
        'Choose one example that is finished and in which the presenter played a part.')),
    step('retell', s('Voorbeeld uitdiepen', 'Deepen the example'), 'PRESENTER', 10, 'QUESTIONS',
      s('Vertel het voorbeeld stap voor stap. De groep vraagt door tot het moment waar het om draait helder is.',
        'Tell the example step by step. The group asks further until the moment that matters is clear.')),
    step('core', s('Kernuitspraak zoeken', 'Find the core statement'), 'GROUP', 20, 'NOTES',
      s('Formuleer in één zin wat het voorbeeld zegt over de vraag. Herschrijf tot iedereen kan instemmen of precies weet waarom niet.',
        'Put in one sentence what the example says about the question. Rewrite until everyone can agree or knows exactly why not.')),
    step('test', s('Toetsen', 'Test'), 'GROUP', 15, 'NOTES',
      s('Houdt de uitspraak stand bij de andere voorbeelden uit de ronde? Pas hem zo nodig aan.',
        'Does the statement hold for the other examples from the round? Adjust it where needed.')),
    step('harvest', s('Oogsten', 'Harvest'), 'EVERYONE', 10, 'LESSONS',
      s('Wat weten we nu beter dan aan het begin? En hoe was het om zo te praten?',
        'What do we know better now than at the start? And what was it like to talk this way?')),
  ],
};

/** Moral deliberation with a dilemma: two actions that cannot both be done, each with a cost. */
const MORAL_DELIBERATION: DiscussionMethod = {
  code: 'MORAL_DELIBERATION',
  name: s('Moreel beraad (dilemmamethode)', 'Moral case deliberation (dilemma method)'),
  summary: s(
    'Een gesprek over een situatie waarin je moet kiezen tussen twee dingen die allebei goed zijn of allebei iets kosten. Niet het juiste antwoord staat centraal, maar het samen afwegen van waarden en belangen.',
    'A conversation about a situation in which one has to choose between two things that are both good or both carry a cost. The focus is not the right answer but weighing values and interests together.',
  ),
  steps: [
    step('open', s('Opening', 'Opening'), 'FACILITATOR', 5, 'NONE',
      s('Leg uit hoe het gesprek verloopt en spreek af dat alles wat gezegd wordt binnen de groep blijft.',
        'Explain how the conversation runs and agree that everything said stays within the group.')),
    step('case', s('Casus vertellen', 'Tell the case'), 'PRESENTER', 10, 'NONE',
      s('Beschrijf de situatie vanuit je eigen positie, tot het moment waarop je moest kiezen.',
        'Describe the situation from your own position, up to the moment you had to choose.')),
    step('dilemma', s('Dilemma formuleren', 'State the dilemma'), 'GROUP', 10, 'DECISION',
      s('Maak er een keuze tussen A en B van. Wat gaat er mis of verloren als je A kiest, en als je B kiest?',
        'Make it a choice between A and B. What goes wrong or is lost if you choose A, and if you choose B?')),
    step('facts', s('Feiten verhelderen', 'Clarify the facts'), 'GROUP', 10, 'QUESTIONS',
      s('Welke informatie ontbreekt nog om je in de inbrenger te kunnen verplaatsen?',
        'Which information is still missing to put yourself in the presenter\'s place?')),
    step('perspectives', s('Betrokkenen, waarden en normen', 'Stakeholders, values and norms'), 'GROUP', 15, 'NOTES',
      s('Wie zijn betrokken? Welke waarden staan voor ieder op het spel, en welke plichten of regels gelden?',
        'Who is involved? Which values are at stake for each of them, and which duties or rules apply?')),
    step('alternatives', s('Alternatieven zoeken', 'Look for alternatives'), 'GROUP', 10, 'NOTES',
      s('Is er een weg die het dilemma kleiner maakt of de schade van een keuze beperkt?',
        'Is there a way that makes the dilemma smaller or limits the harm of a choice?')),
    step('weigh', s('Persoonlijke afweging', 'Personal weighing'), 'EVERYONE', 10, 'ROUND',
      s('Ieder zegt wat hij of zij in de positie van de inbrenger zou kiezen, welke waarde de doorslag geeft en wat je doet om de schade te beperken.',
        'Everyone says what they would choose in the presenter\'s position, which value tips the balance and what they would do to limit the harm.')),
    step('dialogue', s('Verschillen bespreken', 'Discuss differences'), 'GROUP', 10, 'NOTES',
      s('Waar lopen de afwegingen uiteen en waar komen ze samen? Probeer elkaar te begrijpen, niet te overtuigen.',
        'Where do the weighings differ and where do they meet? Try to understand each other, not to convince.')),
    step('conclude', s('Conclusie en acties', 'Conclusion and actions'), 'PRESENTER', 5, 'DECISION',
      s('Wat neem je mee in je keuze en wat ga je concreet doen?',
        'What do you take into your choice and what will you actually do?')),
    step('reflect', s('Terugblik', 'Look back'), 'FACILITATOR', 5, 'LESSONS',
      s('Wat heeft dit gesprek ons geleerd over goed samenwerken in lastige situaties?',
        'What has this conversation taught us about collaborating well in difficult situations?')),
  ],
};

/** The methods every community can choose from, in the order the session form lists them. */
export const DISCUSSION_METHODS: readonly DiscussionMethod[] = [INCIDENT, FIVE_STEP, BALINT, SOCRATIC, MORAL_DELIBERATION];

export const DISCUSSION_METHOD_CODES = DISCUSSION_METHODS.map((m) => m.code);

/** A shipped method by its code, or null. */
export function methodByCode(code: string): DiscussionMethod | null {
  return DISCUSSION_METHODS.find((m) => m.code === code) ?? null;
}

/** The total of the steps' timeboxes, in minutes. Non-numeric or negative timeboxes count as 0. */
export function methodDuration(method: { steps: { minutes: number }[] }): number {
  const steps = Array.isArray(method.steps) ? method.steps : [];
  return steps.reduce((sum, st) => sum + (typeof st.minutes === 'number' && Number.isFinite(st.minutes) && st.minutes > 0 ? st.minutes : 0), 0);
}

/** Each step's start and end, in minutes from the start of the discussion, for the live timer. */
export function methodTimeline(method: DiscussionMethod): { key: string; startMinute: number; endMinute: number }[] {
  let at = 0;
  return method.steps.map((st) => {
    const startMinute = at;
    at += st.minutes;
    return { key: st.key, startMinute, endMinute: at };
  });
}

// ---- Checking a moderator's own method ----

export const METHOD_STEPS_MIN = 1;
export const METHOD_STEPS_MAX = 20;
export const STEP_MINUTES_MIN = 1;
export const STEP_MINUTES_MAX = 120;
export const METHOD_CODE_MAX = 40;
export const STEP_KEY_MAX = 40;
export const METHOD_KEY_PATTERN = /^[A-Za-z0-9_-]+$/;
export const METHOD_NAME_MAX = 120;
export const METHOD_SUMMARY_MAX = 1000;
export const STEP_TITLE_MAX = 120;
export const STEP_PROMPT_MAX = 1000;

/** An error in a method: where (a field path such as "steps.facts.minutes") and what, in both languages. */
export interface MethodError {
  field: string;
  key: string;
  params?: Record<string, string | number>;
  message: LocalizedText;
}

/** Dutch and English texts for every key validateMethod returns. `{name}` is filled from params. */
export const METHOD_MESSAGES: Record<string, LocalizedText> = {
  'method.required': { nl: 'Vul dit in (in het Nederlands).', en: 'Fill this in (in Dutch).' },
  'method.tooLong': { nl: 'Dit mag hooguit {max} tekens zijn.', en: 'This may be at most {max} characters.' },
  'method.invalid': { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' },
  'method.invalidCode': { nl: 'Een code bestaat alleen uit letters, cijfers, - en _.', en: 'A code consists only of letters, digits, - and _.' },
  'method.invalidKey': { nl: 'Een stapsleutel bestaat alleen uit letters, cijfers, - en _.', en: 'A step key consists only of letters, digits, - and _.' },
  'method.duplicateKey': {
    nl: 'De stapsleutel {key} komt twee keer voor. Elke stap heeft een eigen sleutel.',
    en: 'The step key {key} occurs twice. Every step needs its own key.',
  },
  'method.stepCount': { nl: 'Een methode heeft {min} tot en met {max} stappen.', en: 'A method has {min} to {max} steps.' },
  'method.minutes': {
    nl: 'Geef deze stap {min} tot en met {max} minuten, in hele minuten.',
    en: 'Give this step {min} to {max} minutes, in whole minutes.',
  },
  'method.actor': {
    nl: 'Kies wie deze stap doet: de inbrenger, de groep, de gespreksleider of iedereen.',
    en: 'Choose who does this step: the presenter, the group, the facilitator or everyone.',
  },
  'method.output': { nl: 'Kies wat deze stap oplevert.', en: 'Choose what this step produces.' },
};

function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

function err(field: string, key: string, params?: Record<string, string | number>): MethodError {
  const texts = METHOD_MESSAGES[key];
  const message = { nl: fill(texts.nl, params), en: fill(texts.en, params) };
  return params ? { field, key, params, message } : { field, key, message };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A step's segment in a field path: its key when usable, else `#<position>` (1-based). */
function segment(key: unknown, index: number): string {
  return typeof key === 'string' && key !== '' ? key : `#${index + 1}`;
}

/**
 * Checks a localized text: Dutch required (when `required`), both languages at most `max` characters
 * (trimmed). English may be missing, null or empty. Reports at `<field>.nl` / `<field>.en`.
 */
function checkText(value: unknown, field: string, max: number, required: boolean, errors: MethodError[]): void {
  if (value === undefined || value === null) {
    if (required) errors.push(err(`${field}.nl`, 'method.required'));
    return;
  }
  if (!isObject(value)) {
    errors.push(err(field, 'method.invalid'));
    return;
  }
  const nl = value['nl'];
  if (nl !== undefined && nl !== null && typeof nl !== 'string') errors.push(err(`${field}.nl`, 'method.invalid'));
  else if (typeof nl !== 'string' || nl.trim() === '') {
    if (required) errors.push(err(`${field}.nl`, 'method.required'));
  } else if (nl.trim().length > max) errors.push(err(`${field}.nl`, 'method.tooLong', { max }));
  const en = value['en'];
  if (en !== undefined && en !== null && typeof en !== 'string') errors.push(err(`${field}.en`, 'method.invalid'));
  else if (typeof en === 'string' && en.trim().length > max) errors.push(err(`${field}.en`, 'method.tooLong', { max }));
}

/**
 * All errors in a method a moderator made, in reading order (code, name, summary, steps). Limits:
 * 1..20 steps; each step a unique key (letters, digits, -, _; at most 40), a Dutch title (≤ 120) and
 * prompt (≤ 1000), a known actor and output, and a timebox of 1..120 whole minutes. English texts
 * are optional (they fall back to Dutch, see normalizeMethod). An empty list means valid.
 */
export function validateMethod(method: DiscussionMethodDraft): MethodError[] {
  const errors: MethodError[] = [];
  if (!isObject(method)) return [err('', 'method.invalid')];
  const m = method as unknown as Record<string, unknown>;

  const code = m['code'];
  if (typeof code !== 'string' || code === '') errors.push(err('code', 'method.required'));
  else if (code.length > METHOD_CODE_MAX) errors.push(err('code', 'method.tooLong', { max: METHOD_CODE_MAX }));
  else if (!METHOD_KEY_PATTERN.test(code)) errors.push(err('code', 'method.invalidCode'));

  checkText(m['name'], 'name', METHOD_NAME_MAX, true, errors);
  checkText(m['summary'], 'summary', METHOD_SUMMARY_MAX, false, errors);

  const steps = m['steps'];
  if (!Array.isArray(steps)) {
    errors.push(err('steps', 'method.stepCount', { min: METHOD_STEPS_MIN, max: METHOD_STEPS_MAX }));
    return errors;
  }
  if (steps.length < METHOD_STEPS_MIN || steps.length > METHOD_STEPS_MAX) {
    errors.push(err('steps', 'method.stepCount', { min: METHOD_STEPS_MIN, max: METHOD_STEPS_MAX }));
  }

  const seen = new Set<string>();
  steps.forEach((raw: unknown, i: number) => {
    if (!isObject(raw)) {
      errors.push(err(`steps.#${i + 1}`, 'method.invalid'));
      return;
    }
    const key = raw['key'];
    const base = `steps.${segment(key, i)}`;
    if (typeof key !== 'string' || key === '') errors.push(err(`${base}.key`, 'method.required'));
    else {
      if (key.length > STEP_KEY_MAX) errors.push(err(`${base}.key`, 'method.tooLong', { max: STEP_KEY_MAX }));
      else if (!METHOD_KEY_PATTERN.test(key)) errors.push(err(`${base}.key`, 'method.invalidKey'));
      if (seen.has(key)) errors.push(err(`${base}.key`, 'method.duplicateKey', { key }));
      seen.add(key);
    }
    checkText(raw['title'], `${base}.title`, STEP_TITLE_MAX, true, errors);
    if (!(STEP_ACTORS as readonly unknown[]).includes(raw['actor'])) errors.push(err(`${base}.actor`, 'method.actor'));
    const minutes = raw['minutes'];
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < STEP_MINUTES_MIN || minutes > STEP_MINUTES_MAX) {
      errors.push(err(`${base}.minutes`, 'method.minutes', { min: STEP_MINUTES_MIN, max: STEP_MINUTES_MAX }));
    }
    checkText(raw['prompt'], `${base}.prompt`, STEP_PROMPT_MAX, true, errors);
    if (!(STEP_OUTPUTS as readonly unknown[]).includes(raw['output'])) errors.push(err(`${base}.output`, 'method.output'));
  });

  return errors;
}

function normalizeText(text: LocalizedDraft | null | undefined): LocalizedText {
  return { nl: localize(text, 'nl'), en: localize(text, 'en') };
}

/**
 * A valid draft as it is stored: texts trimmed, every missing or empty English text filled with the
 * Dutch one, a missing summary empty. Call validateMethod first.
 */
export function normalizeMethod(draft: DiscussionMethodDraft): DiscussionMethod {
  return {
    code: draft.code,
    name: normalizeText(draft.name),
    summary: normalizeText(draft.summary),
    steps: draft.steps.map((st) => ({
      key: st.key,
      title: normalizeText(st.title),
      actor: st.actor as StepActor,
      minutes: st.minutes,
      prompt: normalizeText(st.prompt),
      output: st.output as StepOutput,
    })),
  };
}

/** A method error's message in one language (the same words the API sends). */
export function methodErrorMessage(error: Pick<MethodError, 'key' | 'params'>, language: 'nl' | 'en'): string {
  const texts = METHOD_MESSAGES[error.key] ?? METHOD_MESSAGES['method.invalid'];
  return fill(texts[language], error.params);
}
