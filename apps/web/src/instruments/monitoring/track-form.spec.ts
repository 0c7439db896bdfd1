import { checkTrackForm, parseDecimal, toCreateTrackInput, type TrackFormValues } from './track-form';

const base = (): TrackFormValues => ({
  versionNumber: '1',
  caseCode: 'SWAG-2026-014',
  notes: '',
  respondents: [
    { key: 'a', label: 'moeder', kind: 'PARENT' },
    { key: 'b', label: 'jongere', kind: 'YOUTH' },
  ],
  splitSpread: '',
  clientId: 'c0ffee00-0000-4000-8000-000000000000',
});

describe('checkTrackForm', () => {
  it('accepts a case code and roles', () => {
    expect(checkTrackForm(base())).toEqual({});
  });

  it('asks for a case code in the API format (no spaces, so no full names)', () => {
    expect(checkTrackForm({ ...base(), caseCode: ' ' })).toEqual({ caseCode: 'caseCodeRequired' });
    expect(checkTrackForm({ ...base(), caseCode: 'Jan Jansen' })).toEqual({ caseCode: 'caseCodeFormat' });
    expect(checkTrackForm({ ...base(), caseCode: '-abc' })).toEqual({ caseCode: 'caseCodeFormat' });
    expect(checkTrackForm({ ...base(), caseCode: 'A' })).toEqual({ caseCode: 'caseCodeFormat' });
    expect(checkTrackForm({ ...base(), caseCode: 'team.b_2' })).toEqual({});
  });

  it('checks every respondent row', () => {
    const values = base();
    values.respondents = [
      { key: 'a', label: 'm', kind: 'PARENT' },
      { key: 'b', label: 'jongere', kind: '' },
      { key: 'c', label: 'Jongere', kind: 'YOUTH' },
      { key: 'd', label: 'x'.repeat(61), kind: 'OBSERVER' },
    ];
    expect(checkTrackForm(values)).toEqual({
      'respondents.0.label': 'labelRequired',
      'respondents.1.kind': 'kindRequired',
      'respondents.2.label': 'labelDuplicate',
      'respondents.3.label': 'labelTooLong',
    });
    expect(checkTrackForm({ ...base(), respondents: [] })).toEqual({ respondents: 'respondentsRequired' });
  });

  it('takes an optional positive split spread with a comma', () => {
    expect(checkTrackForm({ ...base(), splitSpread: '2,5' })).toEqual({});
    expect(checkTrackForm({ ...base(), splitSpread: '0' })).toEqual({ splitSpread: 'splitSpreadPositive' });
    expect(checkTrackForm({ ...base(), splitSpread: 'veel' })).toEqual({ splitSpread: 'splitSpreadPositive' });
    expect(checkTrackForm({ ...base(), versionNumber: '' })).toEqual({ versionNumber: 'versionRequired' });
  });
});

describe('toCreateTrackInput', () => {
  it('trims, converts and leaves out what is empty', () => {
    const input = toCreateTrackInput('i-1', { ...base(), caseCode: ' SWAG-1 ', respondents: [{ key: 'a', label: ' moeder ', kind: 'PARENT' }], splitSpread: '2,5' }, []);
    expect(input).toEqual({
      instrumentId: 'i-1',
      versionNumber: 1,
      caseCode: 'SWAG-1',
      notes: null,
      respondents: [{ label: 'moeder', kind: 'PARENT' }],
      splitSpread: 2.5,
      clientId: 'c0ffee00-0000-4000-8000-000000000000',
      privacyOverrides: [],
    });
    expect(toCreateTrackInput('i', base(), null).splitSpread).toBeNull();
  });

  it('parses decimals', () => {
    expect(parseDecimal('1,25')).toBe(1.25);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('1e2')).toBeNull();
  });
});
