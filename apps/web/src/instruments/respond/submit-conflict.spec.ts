import { afterSubmitConflict } from './submit-conflict';

describe('afterSubmitConflict', () => {
  it('shows "al ingevuld" only when the form, read again, says the link was used', () => {
    expect(afterSubmitConflict('USED')).toBe('USED');
  });

  it('keeps the answers when the link is still open (the practitioner entered the session meanwhile)', () => {
    expect(afterSubmitConflict('OPEN')).toBe('KEEP');
  });

  it('keeps the answers when the form could not be read again', () => {
    expect(afterSubmitConflict(null)).toBe('KEEP');
    expect(afterSubmitConflict(undefined)).toBe('KEEP');
  });

  it('says the link expired when it did meanwhile', () => {
    expect(afterSubmitConflict('EXPIRED')).toBe('EXPIRED');
  });
});
