import { elevenCheck, isValidIban } from './checksums';

describe('elevenCheck', () => {
  it.each(['123456782', '111222333', '012345672', '12345672', '123.456.782', '123 456 782'])('accepts %s', (d) => {
    expect(elevenCheck(d)).toBe(true);
  });

  it.each(['123456789', '000000000', '00000000', '12345678', '1234567820', '12345678a', '', '987654321'])('rejects %s', (d) => {
    expect(elevenCheck(d)).toBe(false);
  });
});

describe('isValidIban', () => {
  it.each(['NL91ABNA0417164300', 'nl91 abna 0417 1643 00', 'NL91-ABNA-0417-1643-00', 'BE68539007547034', 'DE89370400440532013000', 'GB82WEST12345698765432'])(
    'accepts %s',
    (s) => expect(isValidIban(s)).toBe(true),
  );

  it.each(['NL92ABNA0417164300', 'NL91ABNA041716430', 'NL91ABNA04171643000', 'NL911BNA0417164300', 'XX91ABNA0417164300', 'BE68539007547035', ''])('rejects %s', (s) => {
    expect(isValidIban(s)).toBe(false);
  });
});
