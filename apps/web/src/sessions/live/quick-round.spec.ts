import { pollOptionsFrom, pollShares } from './quick-round';

describe('quick round helpers', () => {
  it('reads one answer per line', () => {
    expect(pollOptionsFrom(' De moeder \n\nDe gezinswerker\r\n  Niemand  \n')).toEqual(['De moeder', 'De gezinswerker', 'Niemand']);
  });
  it('gives shares in whole percentages, and 0 before anyone answered', () => {
    expect(pollShares([1, 1, 1])).toEqual([33, 33, 33]);
    expect(pollShares([0, 2, 2])).toEqual([0, 50, 50]);
    expect(pollShares([0, 0])).toEqual([0, 0]);
  });
});
