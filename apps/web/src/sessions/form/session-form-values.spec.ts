import { emptySession, formFieldOf, FREE_THEME, guardedTexts, valuesToInput } from './session-form-values';

describe('session form values', () => {
  it('sends an empty capacity as unlimited and a number as places', () => {
    const v = { ...emptySession('c1'), title: ' Intervisie ', startDate: '2026-12-10', startTime: '19:30', endDate: '2026-12-10', endTime: '21:00' };
    expect(valuesToInput(v)).toMatchObject({ title: 'Intervisie', capacity: null, methodId: null, onlineUrl: null, themeCode: null, themeText: '' });
    expect(valuesToInput({ ...v, capacity: '12' }).capacity).toBe(12);
  });

  it('sends either an agenda theme or an own theme', () => {
    const v = emptySession('c1');
    expect(valuesToInput({ ...v, theme: 'ALLIANCE', themeText: 'oud' })).toMatchObject({ themeCode: 'ALLIANCE', themeText: '' });
    expect(valuesToInput({ ...v, theme: FREE_THEME, themeText: ' Eigen ' })).toMatchObject({ themeCode: null, themeText: 'Eigen' });
    expect(guardedTexts({ ...v, theme: 'ALLIANCE', themeText: 'oud' }).themeText).toBe('');
  });

  it('places the API’s fields on the form', () => {
    expect(formFieldOf('input.endTime')).toBe('endTime');
    expect(formFieldOf('themeCode')).toBe('theme');
    expect(formFieldOf('clientId')).toBeNull();
  });

  it('makes one client id per form', () => {
    expect(emptySession().clientId).not.toBe(emptySession().clientId);
  });
});
