import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the source is escaped by markdown-it (html: false); the sanitiser is the second wall.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h2', 'h3', 'h4', 'a', 'hr', 's', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

// Feeds render the same posts for every reader: a bounded cache of recent renders saves most of the work.
const CACHE_LIMIT = 2000;
const cache = new Map<string, string>();

/** Markdown to HTML that is safe to insert into a page: no scripts, no event handlers, only http(s)/mailto links. */
export function renderMarkdown(source: string): string {
  const text = source ?? '';
  const hit = cache.get(text);
  if (hit !== undefined) {
    // Re-insert: Map keeps insertion order, so the oldest entry is the least recently used.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const html = render(text);
  if (text.length <= 20_000) {
    cache.set(text, html);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  return html;
}

function render(source: string): string {
  const html = md.render(source);
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    // Headings in user text start at h2: the page owns h1.
    transformTags: {
      h1: 'h2',
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    },
  });
}

/** Plain-text excerpt of Markdown for previews, notifications and mails. */
export function excerptOf(source: string, max = 160): string {
  const text = sanitizeHtml(md.render(source ?? ''), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
