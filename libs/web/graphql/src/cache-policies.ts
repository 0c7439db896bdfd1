// How the web app's Apollo cache stores and merges some types (used by the client in libs/web/auth).

// Parts of instrument definitions carry ids that are unique only within one definition ("i1",
// "o1", a subscale id): the draft, every version and every other instrument reuse them. Stored by
// id they would overwrite each other in the cache, so they stay inside their parent object.
export const CACHE_TYPE_POLICIES = {
  ...Object.fromEntries(
    ['InstrumentItem', 'ChoiceOption', 'Subscale', 'Threshold', 'ReferenceLine', 'DefinitionChange', 'ScopeName'].map((type) => [type, { keyFields: false as const }]),
  ),
  // A definition read again replaces the old one field by field, without cache warnings.
  InstrumentDefinition: { merge: true },
  Scoring: { merge: true },
  // A quick round's counts arrive by mutation answers, queries and live events, in any order:
  // the results with the highest sequence number win, and a closed round never reopens.
  SessionPollResults: { merge: newestResults },
  SessionPoll: { fields: { status: { merge: (existing: string | undefined, incoming: string) => (existing === 'CLOSED' ? existing : incoming) } } },
};

function newestResults<T extends { seq: number }>(existing: T | undefined, incoming: T): T {
  return existing && existing.seq > incoming.seq ? existing : incoming;
}
