import { plainExcerpt } from './plain-excerpt';

describe('plainExcerpt', () => {
  it('removes Markdown marks and keeps the words', () => {
    expect(plainExcerpt('Een **band**, _doelen_ en [taken](https://x.nl).\n\n- een\n- twee')).toBe('Een band, doelen en taken. een twee');
  });

  it('cuts long text at a word with an ellipsis', () => {
    const text = 'woord '.repeat(60);
    const out = plainExcerpt(text, 50);
    expect(out.length).toBeLessThanOrEqual(51);
    expect(out.endsWith('woord…')).toBe(true);
  });

  it('leaves short text alone', () => {
    expect(plainExcerpt('Kort.')).toBe('Kort.');
  });
});
