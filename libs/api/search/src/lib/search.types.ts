/** What search finds. SESSION arrives with the sessions module (issue 8). */
export const SEARCH_TYPES = ['CASE', 'RESPONSE', 'KNOWLEDGE_ITEM', 'INSTRUMENT', 'SESSION', 'COMMUNITY', 'MESSAGE'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
