// The search page's state lives in the address (shareable, back button works): q and the facet filters.

export const FACET_KEYS = ['type', 'community', 'qualification', 'level', 'form', 'tag'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface SearchState {
  q: string;
  type: string[];
  community: string[];
  qualification: string[];
  level: string[];
  form: string[];
  tag: string[];
  year: string;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const list = (key: string) => params.getAll(key).filter(Boolean);
  return {
    q: params.get('q') ?? '',
    type: list('type'),
    community: list('community'),
    qualification: list('qualification'),
    level: list('level').filter((l) => /^[1-4]$/.test(l)),
    form: list('form'),
    tag: list('tag'),
    year: /^\d{4}$/.test(params.get('year') ?? '') ? (params.get('year') as string) : '',
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const key of FACET_KEYS) for (const v of state[key]) p.append(key, v);
  if (state.year) p.set('year', state.year);
  return p;
}

export const activeFilters = (s: SearchState): number => FACET_KEYS.reduce((n, k) => n + s[k].length, 0) + (s.year ? 1 : 0);

/** The GraphQL input for a state. */
export function searchInput(s: SearchState, first: number, offset = 0) {
  const or = <T,>(v: T[]): T[] | null => (v.length ? v : null);
  return {
    text: s.q.trim() || null,
    types: or(s.type) as never,
    communityIds: or(s.community),
    qualifications: or(s.qualification),
    levels: or(s.level.map(Number)),
    collaborationForms: or(s.form),
    tags: or(s.tag),
    from: s.year ? `${s.year}-01-01` : null,
    to: s.year ? `${s.year}-12-31` : null,
    first,
    offset,
  };
}

/**
 * The server sends highlights as escaped text with <mark> around matches. Anything else that looks like
 * a tag is escaped again here, so a mistake on either side can never become markup.
 */
export const safeHighlight = (html: string): string => html.replace(/<(?!\/?mark>)/g, '&lt;');
