// Citations as people in the social domain read them: a short form in running text ("Bordin (1979)")
// and an APA-like reference with a working DOI link.

export interface CitationLike {
  authors: readonly string[];
  year: number;
  title: string;
  container?: string | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  doi?: string | null;
  url?: string | null;
}

/** A piece of a formatted reference; `italic` for the journal or book and the volume, as APA does. */
export interface ReferencePart {
  text: string;
  italic?: boolean;
}

/** "Bordin, E. S." → "Bordin"; an organisation ("World Health Organization") stays whole. */
export function surnameOf(author: string): string {
  const trimmed = author.trim();
  const comma = trimmed.indexOf(',');
  return comma > 0 ? trimmed.slice(0, comma).trim() : trimmed;
}

/** "Bordin (1979)", "Horvath & Bedi (2002)", "Friedlander et al. (2011)". */
export function citationShort(citation: Pick<CitationLike, 'authors' | 'year'>): string {
  const names = citation.authors.map(surnameOf).filter(Boolean);
  let who: string;
  if (names.length === 0) who = '';
  else if (names.length === 1) who = names[0];
  else if (names.length === 2) who = `${names[0]} & ${names[1]}`;
  else who = `${names[0]} et al.`;
  return who ? `${who} (${citation.year})` : `(${citation.year})`;
}

/** "A, B, & C" as in an APA reference list (up to 20 names, then "…" and the last one). */
export function authorList(authors: readonly string[]): string {
  const names = authors.map((a) => a.trim()).filter(Boolean);
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]}, & ${names[1]}`;
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, … ${names[names.length - 1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/** The DOI without a resolver prefix: "https://doi.org/10.1/x" and "doi:10.1/x" become "10.1/x". */
export function bareDoi(doi: string): string {
  return doi.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${bareDoi(doi)}`;
}

const endWithPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * An APA-like reference: Authors (Year). Title. *Container*, *Volume*(Issue), Pages.
 * The DOI (or else the URL) is not part of the parts: the page shows it as a link.
 */
export function referenceParts(citation: CitationLike): ReferencePart[] {
  const parts: ReferencePart[] = [];
  const authors = authorList(citation.authors);
  parts.push({ text: `${authors ? `${authors} ` : ''}(${citation.year}). ` });
  parts.push({ text: endWithPeriod(citation.title.trim()) });
  const container = citation.container?.trim();
  const volume = citation.volume?.trim();
  const issue = citation.issue?.trim();
  const pages = citation.pages?.trim();
  if (container) {
    parts.push({ text: ' ' });
    parts.push({ text: container, italic: true });
    if (volume) {
      parts.push({ text: ', ' });
      parts.push({ text: volume, italic: true });
    }
    if (issue) parts.push({ text: `(${issue})` });
    if (pages) parts.push({ text: `, ${pages}` });
    parts.push({ text: '.' });
  } else if (pages) {
    parts.push({ text: ` ${endWithPeriod(pages)}` });
  }
  return mergePlain(parts);
}

/** The reference as one plain line (for a diff or a copy), with the DOI link or URL at the end. */
export function referenceText(citation: CitationLike): string {
  const text = referenceParts(citation)
    .map((p) => p.text)
    .join('');
  const link = citation.doi ? doiUrl(citation.doi) : citation.url?.trim();
  return link ? `${text} ${link}` : text;
}

// Neighbouring plain parts joined, so the page renders fewer spans.
function mergePlain(parts: ReferencePart[]): ReferencePart[] {
  const out: ReferencePart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && !last.italic && !part.italic) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
