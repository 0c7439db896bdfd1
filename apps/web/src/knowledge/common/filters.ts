import { KNOWLEDGE_TYPES, THEORY_THEMES, type KnowledgeType, type TheoryTheme } from '@kennislijn/shared-domain';

// The knowledge base's filters live in the address (Back and a shared link keep them), e.g.
// /kennisbank?qualification=B2&level=3 — the links of the learning-line map use the same names.

/** `community`: '' for everything you may read, SITE_WIDE for the general knowledge base, or a community id. */
export interface KnowledgeFilterValues {
  type: KnowledgeType | '';
  qualification: string;
  level: string;
  form: string;
  theory: TheoryTheme | '';
  research: string;
  community: string;
  tag: string;
}

export const SITE_WIDE = 'algemeen';

export const NO_KNOWLEDGE_FILTERS: KnowledgeFilterValues = { type: '', qualification: '', level: '', form: '', theory: '', research: '', community: '', tag: '' };

/** The address parameter of each filter. */
export const FILTER_PARAMS: Record<keyof KnowledgeFilterValues, string> = {
  type: 'type',
  qualification: 'qualification',
  level: 'level',
  form: 'form',
  theory: 'theory',
  research: 'research',
  community: 'community',
  tag: 'tag',
};

const QUALIFICATION = /^[BM][1-9]$/;
const CODE = /^[A-Z][A-Z0-9_]{1,40}$/;
const ID = /^[0-9a-f-]{36}$/i;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' => (value && (list as readonly string[]).includes(value) ? (value as T) : '');

/** Reads the filters from the address; values that cannot be right (a typo in a shared link) are dropped. */
export function parseKnowledgeFilters(params: URLSearchParams): KnowledgeFilterValues {
  const get = (key: keyof KnowledgeFilterValues) => params.get(FILTER_PARAMS[key])?.trim() ?? '';
  const qualification = get('qualification').toUpperCase();
  const level = get('level');
  const form = get('form').toUpperCase();
  const research = get('research').toUpperCase();
  const community = get('community');
  return {
    type: oneOf(KNOWLEDGE_TYPES, get('type').toUpperCase()),
    qualification: QUALIFICATION.test(qualification) ? qualification : '',
    level: /^[1-4]$/.test(level) ? level : '',
    form: CODE.test(form) ? form : '',
    theory: oneOf(THEORY_THEMES, get('theory').toUpperCase()),
    research: CODE.test(research) ? research : '',
    community: community === SITE_WIDE || ID.test(community) ? community : '',
    tag: get('tag').slice(0, 40),
  };
}

/** The address for a set of filters (only the ones in use, in a fixed order). */
export function knowledgeFilterSearch(values: Partial<KnowledgeFilterValues>): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof KnowledgeFilterValues)[]) {
    const value = values[key]?.trim();
    if (value) search.set(FILTER_PARAMS[key], value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The knowledge list filtered on a qualification and level: where a cell of the map links to. */
export function knowledgeListHref(values: Partial<KnowledgeFilterValues>): string {
  return `/kennisbank${knowledgeFilterSearch(values)}`;
}

export interface KnowledgeListVariables {
  type?: KnowledgeType;
  qualification?: string;
  level?: number;
  collaborationForm?: string;
  theoryTheme?: TheoryTheme;
  researchTheme?: string;
  communityId?: string;
  siteWide?: boolean;
  tag?: string;
}

/** The knowledgeItems query's arguments for a set of filters. */
export function knowledgeListVariables(values: KnowledgeFilterValues): KnowledgeListVariables {
  const tag = values.tag.trim().toLowerCase();
  return {
    ...(values.type ? { type: values.type } : {}),
    ...(values.qualification ? { qualification: values.qualification } : {}),
    ...(values.level ? { level: Number(values.level) } : {}),
    ...(values.form ? { collaborationForm: values.form } : {}),
    ...(values.theory ? { theoryTheme: values.theory } : {}),
    ...(values.research ? { researchTheme: values.research } : {}),
    ...(values.community === SITE_WIDE ? { siteWide: true } : values.community ? { communityId: values.community } : {}),
    ...(tag ? { tag } : {}),
  };
}

/** How many filters are on (the phone's "Filters (2)" button). */
export function activeFilterCount(values: KnowledgeFilterValues): number {
  return Object.values(values).filter((v) => v !== '').length;
}
