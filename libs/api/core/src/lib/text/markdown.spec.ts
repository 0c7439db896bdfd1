import { excerptOf, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown and escapes raw HTML instead of passing it on', () => {
    expect(renderMarkdown('**vet** en _schuin_')).toBe('<p><strong>vet</strong> en <em>schuin</em></p>\n');
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps only http(s) and mailto links, opened safely', () => {
    expect(renderMarkdown('[bron](https://example.nl/a)')).toBe('<p><a href="https://example.nl/a" rel="noopener noreferrer nofollow" target="_blank">bron</a></p>\n');
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderMarkdown('[x](data:text/html;base64,PHNjcmlwdD4=)')).not.toContain('href');
  });

  it('demotes h1 to h2 (the page owns h1)', () => {
    expect(renderMarkdown('# Titel')).toBe('<h2>Titel</h2>\n');
  });
});

describe('excerptOf', () => {
  it('gives plain text, shortened with an ellipsis', () => {
    expect(excerptOf('**Hallo** <b>daar</b>\n\nnieuwe alinea')).toBe('Hallo <b>daar</b> nieuwe alinea');
    expect(excerptOf('a'.repeat(200), 10)).toBe('aaaaaaaaa…');
  });
});
