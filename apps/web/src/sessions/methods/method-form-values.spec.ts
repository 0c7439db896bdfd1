import { checkMethod, emptyMethod, methodFieldPath, methodToInput, moveStep, newStep, placeMethodErrors } from './method-form-values';

describe('method form values', () => {
  const steps = [{ key: 'vraag' }, { key: 'facts' }, { key: 'facts' }];

  it('places the API’s error fields on the form', () => {
    expect(methodFieldPath('code', steps)).toBe('code');
    expect(methodFieldPath('name.nl', steps)).toBe('name');
    expect(methodFieldPath('steps.vraag.minutes', steps)).toBe('steps.0.minutes');
    expect(methodFieldPath('steps.#2.title.nl', steps)).toBe('steps.1.title');
    expect(methodFieldPath('steps.vraag.prompt.nl', steps)).toBe('steps.0.prompt');
    // A duplicate key is reported on the later step.
    expect(methodFieldPath('steps.facts.key', steps)).toBe('steps.2.key');
    expect(methodFieldPath('steps.facts.title.nl', steps)).toBe('steps.1.title');
    expect(methodFieldPath('steps', steps)).toBe('steps');
    expect(methodFieldPath('steps.onbekend.minutes', steps)).toBe('steps');
    expect(methodFieldPath('iets', steps)).toBeNull();
    expect(placeMethodErrors({ 'steps.vraag.minutes': 'Te lang', iets: 'Anders' }, steps)).toEqual({ placed: { 'steps.0.minutes': 'Te lang' }, unplaced: ['Anders'] });
  });

  it('moves steps up and down within the list', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives new steps unused keys', () => {
    expect(newStep([]).key).toBe('stap1');
    expect(newStep([{ key: 'stap2' }]).key).toBe('stap3');
    expect(newStep([{ key: 'stap1' }, { key: 'stap3' }]).key).toBe('stap4');
  });

  it('checks a method with the shared rules before sending', () => {
    const v = emptyMethod();
    const errors = checkMethod(v, 'nl');
    expect(errors['code']).toBe('Vul dit in (in het Nederlands).');
    expect(errors['steps.0.title']).toBeDefined();
    const ok = { code: 'EIGEN', name: 'Eigen methode', summary: '', steps: [{ ...newStep([]), title: 'Openen', prompt: 'Wat speelt er?', minutes: '5' }] };
    expect(checkMethod(ok, 'nl')).toEqual({});
    expect(checkMethod({ ...ok, steps: [{ ...ok.steps[0], minutes: 'vijf' }] }, 'nl')['steps.0.minutes']).toBe('Geef deze stap 1 tot en met 120 minuten, in hele minuten.');
    expect(methodToInput(ok)).toEqual({
      code: 'EIGEN',
      name: { nl: 'Eigen methode' },
      summary: null,
      steps: [{ key: 'stap1', title: { nl: 'Openen' }, actor: 'GROUP', minutes: 5, prompt: { nl: 'Wat speelt er?' }, output: 'NOTES' }],
    });
  });
});
