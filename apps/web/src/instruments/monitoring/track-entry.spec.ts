import { following, nextSession } from './track-entry';

const track = {
  respondents: [{ id: 'm' }, { id: 'v' }, { id: 'j' }],
  responses: [
    { respondentId: 'm', sessionNumber: 1 },
    { respondentId: 'm', sessionNumber: 2 },
    { respondentId: 'j', sessionNumber: 1 },
  ],
};

describe('nextSession', () => {
  it('suggests one after the last response, or 1', () => {
    expect(nextSession(track, 'm')).toBe(3);
    expect(nextSession(track, 'v')).toBe(1);
  });
});

describe('following', () => {
  it('goes to the next respondent still missing in the session', () => {
    expect(following(track, 'm', 1)).toEqual({ respondentId: 'v', sessionNumber: 1 });
    expect(following(track, 'v', 2)).toEqual({ respondentId: 'j', sessionNumber: 2 });
  });

  it('wraps round and moves to the next session when all are done', () => {
    expect(following(track, 'v', 1)).toEqual({ respondentId: 'm', sessionNumber: 2 });
    expect(following({ respondents: [{ id: 'a' }], responses: [] }, 'a', 4)).toEqual({ respondentId: 'a', sessionNumber: 5 });
  });
});
