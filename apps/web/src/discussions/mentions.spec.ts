import { insertMention, mentionOverrides, mentionQuery, mentionsIn } from './mentions';

describe('mentions', () => {
  it('finds the @word being typed before the caret', () => {
    expect(mentionQuery('Hoi @Sa', 7)).toEqual({ start: 4, query: 'Sa' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('mail@domein', 11)).toBeNull();
    expect(mentionQuery('Hoi @Sam en', 11)).toBeNull();
  });

  it('puts the chosen name in place and the caret after it', () => {
    expect(insertMention('Hoi @Sa, kijk', 4, 7, 'Sam Student')).toEqual({ text: 'Hoi @Sam Student , kijk', caret: 17 });
  });

  it('keeps only the mentions still in the text, each once', () => {
    const sam = { id: 's', name: 'Sam Student' };
    const priya = { id: 'p', name: 'Priya Professional' };
    expect(mentionsIn('@Sam Student en @Sam Student', [sam, priya, sam])).toEqual([sam]);
  });

  it('overrides name findings inside a chosen mention only', () => {
    const sam = { id: 's', name: 'Sam Student' };
    const overrides = mentionOverrides('@Sam Student kun jij kijken?', [sam], 'lid');
    expect(overrides.length).toBeGreaterThan(0);
    expect(overrides.every((o) => o.kind === 'NAME' && 'Sam Student'.includes(o.text) && o.reason === 'lid')).toBe(true);
    // Typed without choosing it from the list: nothing is overridden.
    expect(mentionOverrides('@Sam Student kun jij kijken?', [], 'lid')).toEqual([]);
  });
});
