import { InMemoryCache } from '@apollo/client';
import { CACHE_TYPE_POLICIES, SessionPollFieldsFragmentDoc, type SessionPollFieldsFragment } from '@kennislijn/web-graphql';

// A quick round's counts reach a screen by its own vote's answer, by refetches and by live events,
// and these can arrive out of order (two voters at once, events through another instance).
describe('quick round results in the Apollo cache', () => {
  const id = 'SessionPoll:poll-a';
  const poll = (seq: number, counts: number[], status = 'OPEN'): SessionPollFieldsFragment => ({
    __typename: 'SessionPoll',
    id: 'poll-a',
    stepKey: null,
    question: 'Wie heeft nu de regie?',
    options: ['De moeder', 'De gezinswerker', 'Niemand'],
    status,
    results: { __typename: 'SessionPollResults', seq, counts, total: counts.reduce((a, b) => a + b, 0) },
    viewerVote: 1,
    createdAt: '2026-11-29T10:00:00.000Z',
  });
  const read = (cache: InMemoryCache) => cache.readFragment({ id, fragment: SessionPollFieldsFragmentDoc });

  it('keeps the newest results when an older answer arrives later', () => {
    const cache = new InMemoryCache({ typePolicies: CACHE_TYPE_POLICIES });
    cache.writeFragment({ id, fragment: SessionPollFieldsFragmentDoc, data: poll(2, [0, 2, 0]) });
    cache.writeFragment({ id, fragment: SessionPollFieldsFragmentDoc, data: poll(1, [0, 1, 0]) });
    expect(read(cache)?.results).toMatchObject({ seq: 2, counts: [0, 2, 0], total: 2 });
    cache.writeFragment({ id, fragment: SessionPollFieldsFragmentDoc, data: poll(3, [1, 2, 0]) });
    expect(read(cache)?.results).toMatchObject({ seq: 3, counts: [1, 2, 0], total: 3 });
  });

  it('never reopens a closed round', () => {
    const cache = new InMemoryCache({ typePolicies: CACHE_TYPE_POLICIES });
    cache.writeFragment({ id, fragment: SessionPollFieldsFragmentDoc, data: poll(4, [0, 2, 0], 'CLOSED') });
    cache.writeFragment({ id, fragment: SessionPollFieldsFragmentDoc, data: poll(3, [0, 2, 0], 'OPEN') });
    expect(read(cache)?.status).toBe('CLOSED');
  });
});
