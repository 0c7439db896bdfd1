import {
  DISCUSSION_METHODS,
  DISCUSSION_METHOD_CODES,
  METHOD_MESSAGES,
  STEP_ACTORS,
  STEP_ACTOR_LABELS,
  STEP_OUTPUTS,
  STEP_OUTPUT_LABELS,
  localize,
  methodByCode,
  methodDuration,
  methodErrorMessage,
  methodTimeline,
  normalizeMethod,
  validateMethod,
} from './methods';
import type { DiscussionMethod, DiscussionMethodDraft, MethodError, MethodStepDraft } from './methods';

/** A moderator's own method, valid, with English left out on purpose. */
function draft(): DiscussionMethodDraft {
  return {
    code: 'eigen-ronde',
    name: { nl: '  Korte ronde  ' },
    summary: null,
    steps: [
      { key: 'open', title: { nl: 'Opening', en: 'Opening' }, actor: 'FACILITATOR', minutes: 5, prompt: { nl: 'Waar gaat het vandaag over?', en: '' }, output: 'NONE' },
      { key: 'ronde', title: { nl: 'Rondje' }, actor: 'EVERYONE', minutes: 10, prompt: { nl: 'Wat neem je mee?', en: null }, output: 'ROUND' },
    ],
  };
}

function step(key: string, patch: Partial<MethodStepDraft> = {}): MethodStepDraft {
  return { key, title: { nl: `Stap ${key}` }, actor: 'GROUP', minutes: 5, prompt: { nl: 'Wat zie je?' }, output: 'NOTES', ...patch };
}

function errorsAfter(change: (d: DiscussionMethodDraft) => void): Pick<MethodError, 'field' | 'key' | 'params'>[] {
  const d = draft();
  change(d);
  return validateMethod(d).map(({ field, key, params }) => (params ? { field, key, params } : { field, key }));
}

describe('shipped discussion methods', () => {
  it('are the five methods, with unique codes, in order', () => {
    expect(DISCUSSION_METHOD_CODES).toEqual(['INCIDENT', 'FIVE_STEP', 'BALINT', 'SOCRATIC', 'MORAL_DELIBERATION']);
    expect(DISCUSSION_METHODS.map((m) => m.name.nl)).toEqual([
      'Incidentmethode',
      'Intervisie in vijf stappen',
      'Balintgesprek',
      'Socratisch gesprek',
      'Moreel beraad (dilemmamethode)',
    ]);
  });

  it.each(DISCUSSION_METHODS.map((m) => [m.code, m] as const))('%s passes the same check as a moderator’s own method', (_code, method) => {
    expect(validateMethod(method)).toEqual([]);
  });

  it.each(DISCUSSION_METHODS.map((m) => [m.code, m] as const))('%s has every text in Dutch and English', (_code, method) => {
    const texts = [method.name, method.summary, ...method.steps.flatMap((s) => [s.title, s.prompt])];
    for (const t of texts) {
      expect(t.nl.trim()).not.toBe('');
      expect(t.en.trim()).not.toBe('');
      expect(t.nl).toBe(t.nl.trim());
      expect(t.en).toBe(t.en.trim());
    }
    // The prompts are real sentences in two languages, not copies.
    for (const s of method.steps) expect(s.prompt.en).not.toBe(s.prompt.nl);
  });

  it('gives the incident method exactly ten steps, in this order', () => {
    const incident = methodByCode('INCIDENT') as DiscussionMethod;
    expect(incident.steps.map((s) => s.key)).toEqual(['choose', 'tell', 'facts', 'core', 'own', 'round', 'outcome', 'compare', 'lessons', 'reflect']);
    expect(incident.steps.map((s) => s.actor)).toEqual([
      'GROUP', 'PRESENTER', 'GROUP', 'PRESENTER', 'EVERYONE', 'EVERYONE', 'PRESENTER', 'GROUP', 'EVERYONE', 'FACILITATOR',
    ]);
    // The group decides for itself before hearing what really happened.
    const keys = incident.steps.map((s) => s.key);
    expect(keys.indexOf('own')).toBeLessThan(keys.indexOf('outcome'));
  });

  it('gives the short intervision five steps ending in the presenter’s decision', () => {
    const five = methodByCode('FIVE_STEP') as DiscussionMethod;
    expect(five.steps).toHaveLength(5);
    expect(five.steps.map((s) => s.output)).toEqual(['NOTES', 'QUESTIONS', 'NOTES', 'ADVICE', 'DECISION']);
    expect(five.steps[4].actor).toBe('PRESENTER');
  });

  it('adds up the timeboxes (hand-counted)', () => {
    // 5+5+10+5+5+10+5+15+10+5, 5+10+15+10+5, 10+5+25+5+10, 5+10+5+10+20+15+10, 5+10+10+10+15+10+10+10+5+5
    expect(DISCUSSION_METHODS.map((m) => [m.code, methodDuration(m)])).toEqual([
      ['INCIDENT', 75],
      ['FIVE_STEP', 45],
      ['BALINT', 55],
      ['SOCRATIC', 75],
      ['MORAL_DELIBERATION', 90],
    ]);
    expect(DISCUSSION_METHODS.map((m) => m.steps.length)).toEqual([10, 5, 5, 7, 10]);
  });

  it('finds a method by code, or null', () => {
    expect(methodByCode('BALINT')?.name.en).toBe('Balint group');
    expect(methodByCode('balint')).toBeNull();
    expect(methodByCode('')).toBeNull();
  });

  it('labels every actor and output in both languages', () => {
    for (const a of STEP_ACTORS) expect(STEP_ACTOR_LABELS[a].nl && STEP_ACTOR_LABELS[a].en).toBeTruthy();
    for (const o of STEP_OUTPUTS) expect(STEP_OUTPUT_LABELS[o].nl && STEP_OUTPUT_LABELS[o].en).toBeTruthy();
    expect(STEP_ACTOR_LABELS.PRESENTER.nl).toBe('Inbrenger');
  });
});

describe('methodDuration and methodTimeline', () => {
  it('lays the steps end to end', () => {
    expect(methodTimeline(methodByCode('FIVE_STEP') as DiscussionMethod)).toEqual([
      { key: 'question', startMinute: 0, endMinute: 5 },
      { key: 'clarify', startMinute: 5, endMinute: 15 },
      { key: 'analyse', startMinute: 15, endMinute: 30 },
      { key: 'advise', startMinute: 30, endMinute: 40 },
      { key: 'respond', startMinute: 40, endMinute: 45 },
    ]);
  });

  it('counts a broken timebox as 0 and an empty method as 0 minutes', () => {
    expect(methodDuration({ steps: [] })).toBe(0);
    expect(methodDuration({ steps: [{ minutes: 10 }, { minutes: Number.NaN }, { minutes: -5 }, { minutes: '7' as never }, { minutes: 3 }] })).toBe(13);
  });
});

describe('validateMethod', () => {
  it('accepts a moderator’s method without English texts', () => {
    expect(validateMethod(draft())).toEqual([]);
  });

  it('allows 1 to 20 steps', () => {
    expect(errorsAfter((d) => (d.steps = []))).toEqual([{ field: 'steps', key: 'method.stepCount', params: { min: 1, max: 20 } }]);
    expect(errorsAfter((d) => (d.steps = [step('a')]))).toEqual([]);
    const twenty = Array.from({ length: 20 }, (_, i) => step(`s${i + 1}`));
    expect(errorsAfter((d) => (d.steps = twenty))).toEqual([]);
    expect(errorsAfter((d) => (d.steps = [...twenty, step('s21')]))).toEqual([{ field: 'steps', key: 'method.stepCount', params: { min: 1, max: 20 } }]);
    expect(errorsAfter((d) => (d.steps = null as never))).toEqual([{ field: 'steps', key: 'method.stepCount', params: { min: 1, max: 20 } }]);
  });

  it('allows 1 to 120 whole minutes per step', () => {
    const minutesError = { field: 'steps.open.minutes', key: 'method.minutes', params: { min: 1, max: 120 } };
    expect(errorsAfter((d) => (d.steps[0].minutes = 1))).toEqual([]);
    expect(errorsAfter((d) => (d.steps[0].minutes = 120))).toEqual([]);
    expect(errorsAfter((d) => (d.steps[0].minutes = 0))).toEqual([minutesError]);
    expect(errorsAfter((d) => (d.steps[0].minutes = 121))).toEqual([minutesError]);
    expect(errorsAfter((d) => (d.steps[0].minutes = 2.5))).toEqual([minutesError]);
    expect(errorsAfter((d) => (d.steps[0].minutes = -5))).toEqual([minutesError]);
    expect(errorsAfter((d) => (d.steps[0].minutes = Number.NaN))).toEqual([minutesError]);
    expect(errorsAfter((d) => (d.steps[0].minutes = '10' as never))).toEqual([minutesError]);
  });

  it('requires the Dutch title and prompt of every step; English is optional', () => {
    expect(errorsAfter((d) => (d.steps[1].title = { nl: '   ', en: 'Round' }))).toEqual([{ field: 'steps.ronde.title.nl', key: 'method.required' }]);
    expect(errorsAfter((d) => (d.steps[1].prompt = { nl: '' }))).toEqual([{ field: 'steps.ronde.prompt.nl', key: 'method.required' }]);
    expect(errorsAfter((d) => (d.steps[1].prompt = undefined as never))).toEqual([{ field: 'steps.ronde.prompt.nl', key: 'method.required' }]);
    expect(errorsAfter((d) => (d.steps[1].title = { nl: 'Rondje', en: '' }))).toEqual([]);
    expect(errorsAfter((d) => (d.steps[1].title = 'Rondje' as never))).toEqual([{ field: 'steps.ronde.title', key: 'method.invalid' }]);
    expect(errorsAfter((d) => (d.steps[1].title = { nl: 'Rondje', en: 7 as never }))).toEqual([{ field: 'steps.ronde.title.en', key: 'method.invalid' }]);
  });

  it('limits text lengths (trimmed): name 120, summary 1000, title 120, prompt 1000, in both languages', () => {
    expect(errorsAfter((d) => (d.name = { nl: 'x'.repeat(120) }))).toEqual([]);
    expect(errorsAfter((d) => (d.name = { nl: ` ${'x'.repeat(120)} ` }))).toEqual([]);
    expect(errorsAfter((d) => (d.name = { nl: 'x'.repeat(121) }))).toEqual([{ field: 'name.nl', key: 'method.tooLong', params: { max: 120 } }]);
    expect(errorsAfter((d) => (d.name = { nl: 'Ronde', en: 'x'.repeat(121) }))).toEqual([{ field: 'name.en', key: 'method.tooLong', params: { max: 120 } }]);
    expect(errorsAfter((d) => (d.summary = { nl: 'x'.repeat(1001) }))).toEqual([{ field: 'summary.nl', key: 'method.tooLong', params: { max: 1000 } }]);
    expect(errorsAfter((d) => (d.steps[0].title = { nl: 'x'.repeat(121) }))).toEqual([{ field: 'steps.open.title.nl', key: 'method.tooLong', params: { max: 120 } }]);
    expect(errorsAfter((d) => (d.steps[0].prompt = { nl: 'x'.repeat(1000), en: 'x'.repeat(1001) }))).toEqual([
      { field: 'steps.open.prompt.en', key: 'method.tooLong', params: { max: 1000 } },
    ]);
  });

  it('requires a Dutch name; the summary may be empty', () => {
    expect(errorsAfter((d) => (d.name = { nl: '', en: 'Round' }))).toEqual([{ field: 'name.nl', key: 'method.required' }]);
    expect(errorsAfter((d) => (d.name = null as never))).toEqual([{ field: 'name.nl', key: 'method.required' }]);
    expect(errorsAfter((d) => (d.summary = { nl: '' }))).toEqual([]);
    expect(errorsAfter((d) => (d.summary = undefined))).toEqual([]);
  });

  it('checks the code', () => {
    expect(errorsAfter((d) => (d.code = ''))).toEqual([{ field: 'code', key: 'method.required' }]);
    expect(errorsAfter((d) => (d.code = 'mijn methode'))).toEqual([{ field: 'code', key: 'method.invalidCode' }]);
    expect(errorsAfter((d) => (d.code = 'x'.repeat(41)))).toEqual([{ field: 'code', key: 'method.tooLong', params: { max: 40 } }]);
    expect(errorsAfter((d) => (d.code = 'x'.repeat(40)))).toEqual([]);
  });

  it('requires unique, well-formed step keys and points at steps without a key by position', () => {
    expect(errorsAfter((d) => (d.steps[1].key = 'open'))).toEqual([{ field: 'steps.open.key', key: 'method.duplicateKey', params: { key: 'open' } }]);
    expect(errorsAfter((d) => (d.steps[1].key = 'ron de'))).toEqual([{ field: 'steps.ron de.key', key: 'method.invalidKey' }]);
    expect(errorsAfter((d) => (d.steps[1].key = ''))).toEqual([{ field: 'steps.#2.key', key: 'method.required' }]);
    expect(errorsAfter((d) => (d.steps[1].key = 'k'.repeat(41)))).toEqual([{ field: `steps.${'k'.repeat(41)}.key`, key: 'method.tooLong', params: { max: 40 } }]);
    expect(errorsAfter((d) => d.steps.push(null as never))).toEqual([{ field: 'steps.#3', key: 'method.invalid' }]);
  });

  it('accepts only the known actors and outputs', () => {
    expect(errorsAfter((d) => (d.steps[0].actor = 'CLIENT'))).toEqual([{ field: 'steps.open.actor', key: 'method.actor' }]);
    expect(errorsAfter((d) => (d.steps[0].actor = 'group'))).toEqual([{ field: 'steps.open.actor', key: 'method.actor' }]);
    expect(errorsAfter((d) => (d.steps[0].output = 'SUMMARY'))).toEqual([{ field: 'steps.open.output', key: 'method.output' }]);
    for (const actor of STEP_ACTORS) expect(errorsAfter((d) => (d.steps[0].actor = actor))).toEqual([]);
    for (const output of STEP_OUTPUTS) expect(errorsAfter((d) => (d.steps[0].output = output))).toEqual([]);
  });

  it('reports several errors in reading order', () => {
    expect(
      errorsAfter((d) => {
        d.code = '!';
        d.name = { nl: '' };
        d.steps = [step('a', { minutes: 0 }), step('a', { actor: 'X', output: 'Y', title: { nl: '' } })];
      }),
    ).toEqual([
      { field: 'code', key: 'method.invalidCode' },
      { field: 'name.nl', key: 'method.required' },
      { field: 'steps.a.minutes', key: 'method.minutes', params: { min: 1, max: 120 } },
      { field: 'steps.a.key', key: 'method.duplicateKey', params: { key: 'a' } },
      { field: 'steps.a.title.nl', key: 'method.required' },
      { field: 'steps.a.actor', key: 'method.actor' },
      { field: 'steps.a.output', key: 'method.output' },
    ]);
  });

  it('rejects what is not an object at all', () => {
    expect(validateMethod(null as never).map((e) => e.key)).toEqual(['method.invalid']);
    expect(validateMethod([] as never).map((e) => e.key)).toEqual(['method.invalid']);
  });

  it('puts the filled-in Dutch and English message on every error', () => {
    const d = draft();
    d.steps[0].minutes = 0;
    d.steps[1].key = 'open';
    expect(validateMethod(d).map((e) => e.message)).toEqual([
      { nl: 'Geef deze stap 1 tot en met 120 minuten, in hele minuten.', en: 'Give this step 1 to 120 minutes, in whole minutes.' },
      { nl: 'De stapsleutel open komt twee keer voor. Elke stap heeft een eigen sleutel.', en: 'The step key open occurs twice. Every step needs its own key.' },
    ]);
  });
});

describe('messages, localize and normalizeMethod', () => {
  it('has Dutch and English for every key', () => {
    for (const [key, texts] of Object.entries(METHOD_MESSAGES)) {
      expect(key.startsWith('method.')).toBe(true);
      expect(texts.nl.trim()).not.toBe('');
      expect(texts.en.trim()).not.toBe('');
    }
  });

  it('formats a message in one language', () => {
    expect(methodErrorMessage({ key: 'method.stepCount', params: { min: 1, max: 20 } }, 'nl')).toBe('Een methode heeft 1 tot en met 20 stappen.');
    expect(methodErrorMessage({ key: 'method.stepCount', params: { min: 1, max: 20 } }, 'en')).toBe('A method has 1 to 20 steps.');
    expect(methodErrorMessage({ key: 'method.unknown' }, 'en')).toBe('This value is not valid.');
  });

  it('falls back to Dutch when English is missing or blank', () => {
    expect(localize({ nl: 'Rondje', en: 'Round' }, 'en')).toBe('Round');
    expect(localize({ nl: 'Rondje', en: '  ' }, 'en')).toBe('Rondje');
    expect(localize({ nl: 'Rondje', en: null }, 'en')).toBe('Rondje');
    expect(localize({ nl: 'Rondje' }, 'en')).toBe('Rondje');
    expect(localize({ nl: ' Rondje ', en: 'Round' }, 'nl')).toBe('Rondje');
    expect(localize(null, 'nl')).toBe('');
  });

  it('stores a draft with trimmed texts and English filled from Dutch', () => {
    const m = normalizeMethod(draft());
    expect(m).toEqual({
      code: 'eigen-ronde',
      name: { nl: 'Korte ronde', en: 'Korte ronde' },
      summary: { nl: '', en: '' },
      steps: [
        { key: 'open', title: { nl: 'Opening', en: 'Opening' }, actor: 'FACILITATOR', minutes: 5, prompt: { nl: 'Waar gaat het vandaag over?', en: 'Waar gaat het vandaag over?' }, output: 'NONE' },
        { key: 'ronde', title: { nl: 'Rondje', en: 'Rondje' }, actor: 'EVERYONE', minutes: 10, prompt: { nl: 'Wat neem je mee?', en: 'Wat neem je mee?' }, output: 'ROUND' },
      ],
    });
    expect(validateMethod(m)).toEqual([]);
    expect(methodDuration(m)).toBe(15);
  });
});
