import {
  answerMessage,
  answeredCount,
  checkAnswers,
  clearAnswerDraft,
  draftKey,
  fromAnswerList,
  parseVas,
  readAnswerDraft,
  toAnswerInputs,
  writeAnswerDraft,
  type FormItem,
} from './answers';

const item = (id: string, type: FormItem['type'], extra: Partial<FormItem> = {}): FormItem => ({
  id,
  type,
  text: `Vraag ${id}`,
  help: null,
  points: null,
  labels: [],
  required: true,
  options: [],
  ...extra,
});

const items: FormItem[] = [
  item('i1', 'VAS', { labels: ['slecht', 'goed'] }),
  item('i2', 'LIKERT', { points: 5, labels: ['1', '2', '3', '4', '5'] }),
  item('i3', 'SINGLE_CHOICE', { options: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }] }),
  item('i4', 'OPEN_TEXT', { required: false }),
];

function memoryStore() {
  const m = new Map<string, string>();
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

describe('checkAnswers', () => {
  it('reports missing required items and nothing for an optional one', () => {
    expect(checkAnswers(items, {})).toEqual({
      i1: { key: 'validation.required', params: undefined },
      i2: { key: 'validation.required', params: undefined },
      i3: { key: 'validation.required', params: undefined },
    });
  });

  it('checks ranges and decimals like the API', () => {
    const errors = checkAnswers(items, { i1: 10.55, i2: 6, i3: 'misschien', i4: '  ' });
    expect(errors['i1'].key).toBe('instrument.answerVas');
    expect(errors['i2']).toEqual({ key: 'instrument.answerLikert', params: { points: 5 } });
    expect(errors['i3'].key).toBe('instrument.answerChoice');
    expect(errors['i4']).toBeUndefined();
    expect(checkAnswers(items, { i1: 7.5, i2: 4, i3: 'ja' })).toEqual({});
  });
});

describe('answerMessage', () => {
  it('fills in the params of the shared texts, and falls back for generic keys', () => {
    expect(answerMessage('instrument.answerLikert', { points: 5 }, 'nl', (k) => k)).toContain('5');
    expect(answerMessage('validation.required', undefined, 'nl', () => 'Vul dit in.')).toBe('Vul dit in.');
  });
});

describe('toAnswerInputs and fromAnswerList', () => {
  it('puts each answer in the field of its type and leaves out blanks', () => {
    expect(toAnswerInputs(items, { i1: 3, i2: 2, i3: 'nee', i4: '  kort  ' })).toEqual([
      { itemId: 'i1', value: 3 },
      { itemId: 'i2', value: 2 },
      { itemId: 'i3', choice: 'nee' },
      { itemId: 'i4', text: 'kort' },
    ]);
    expect(toAnswerInputs(items, { i1: null, i4: ' ', x: 3 })).toEqual([]);
  });

  it('reads stored answers back', () => {
    const list = [
      { itemId: 'i1', value: 7.5, choice: null, text: null },
      { itemId: 'i3', value: null, choice: 'ja', text: null },
      { itemId: 'i4', value: null, choice: null, text: 'tekst' },
    ];
    expect(fromAnswerList(items, list)).toEqual({ i1: 7.5, i3: 'ja', i4: 'tekst' });
  });

  it('counts answered items', () => {
    expect(answeredCount(items, { i1: 0, i2: null, i4: ' ' })).toBe(1);
  });
});

describe('parseVas', () => {
  it('takes a comma or a point and rounds to one decimal', () => {
    expect(parseVas('7,5')).toBe(7.5);
    expect(parseVas(' 8 ')).toBe(8);
    expect(parseVas('3.14')).toBe(3.1);
    expect(parseVas('-0')).toBe(0);
    expect(parseVas('')).toBeNull();
    expect(parseVas('acht')).toBeNull();
    expect(parseVas('1e3')).toBeNull();
  });
});

describe('answer drafts', () => {
  it('keeps answers across a reload and forgets them when cleared', () => {
    const store = memoryStore();
    const key = draftKey('link.abc');
    writeAnswerDraft(key, { i1: 3, i3: 'ja', i4: null }, store);
    expect(readAnswerDraft(key, store)).toEqual({ i1: 3, i3: 'ja', i4: null });
    clearAnswerDraft(key, store);
    expect(readAnswerDraft(key, store)).toEqual({});
  });

  it('removes an empty draft and ignores a broken or tampered one', () => {
    const store = memoryStore();
    const key = draftKey('x');
    writeAnswerDraft(key, {}, store);
    expect(store.map.has(key)).toBe(false);
    store.setItem(key, '{not json');
    expect(readAnswerDraft(key, store)).toEqual({});
    store.setItem(key, JSON.stringify({ i1: { evil: true }, i2: 4, i3: [1] }));
    expect(readAnswerDraft(key, store)).toEqual({ i2: 4 });
    expect(readAnswerDraft(key, null)).toEqual({});
  });
});
