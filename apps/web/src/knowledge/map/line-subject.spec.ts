import { historyVariables, parseSubject, subjectKey } from './line-subject';

describe('line subjects', () => {
  it('round-trips a qualification and a level through their key', () => {
    expect(parseSubject(subjectKey({ kind: 'qualification', code: 'B2' }))).toEqual({ kind: 'qualification', code: 'B2' });
    expect(parseSubject('l:3')).toEqual({ kind: 'level', number: 3 });
    expect(parseSubject('q:m9')).toEqual({ kind: 'qualification', code: 'M9' });
  });

  it('rejects what is not a part of the line', () => {
    expect(parseSubject('q:B10')).toBeNull();
    expect(parseSubject('l:5')).toBeNull();
    expect(parseSubject(null)).toBeNull();
  });

  it('asks the history for the right part', () => {
    expect(historyVariables({ kind: 'qualification', code: 'B2' })).toEqual({ qualification: 'B2' });
    expect(historyVariables({ kind: 'level', number: 4 })).toEqual({ level: 4 });
  });
});
