import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// Raw HTML is off: what a moderator typed can format text, never add markup or scripts.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

/** A Markdown text (a session's description) as formatted text. */
export function Markdown({ text }: { text: string }) {
  const html = useMemo(() => md.render(text), [text]);
  // markdown-it with html: false escapes every tag and refuses javascript: links.
  return <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: html }} />;
}
