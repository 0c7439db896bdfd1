// Checksums that tell real identifiers from look-alike numbers.

/**
 * The BSN "11-proef": weights 9..2 and -1 on the last digit, sum divisible by 11, not all zeros.
 * Accepts 9 digits, or 8 when a leading zero was dropped; separators (space, dot, dash) are ignored.
 */
export function elevenCheck(digits: string): boolean {
  const d = digits.replace(/[\s.\-\u00a0]/g, '');
  if (!/^\d{8,9}$/.test(d)) return false;
  const nine = d.length === 8 ? `0${d}` : d;
  if (/^0+$/.test(nine)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (nine.charCodeAt(i) - 48);
  sum -= nine.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

// IBAN lengths per country (ISO 13616 registry); a country not listed has no IBAN.
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MA: 28, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30,
  NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24,
  SM: 27, SY: 31, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, BY: 28, LC: 32, SC: 31, ST: 25, TL: 23,
  SV: 28, IR: 26, LY: 25, SD: 18, BI: 27, DJ: 27, RU: 33, SO: 23, NI: 28, MN: 20, FK: 18, OM: 23, YE: 30,
};

/** The expected length of an IBAN for a country code, or undefined when the country is not listed. */
export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country.toUpperCase()];
}

/** True for a syntactically valid IBAN with a correct mod-97 check; spaces and dashes are ignored, case too. */
export function isValidIban(s: string): boolean {
  const iban = s.replace(/[\s\-\u00a0]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.length !== IBAN_LENGTHS[iban.slice(0, 2)]) return false;
  if (iban.slice(0, 2) === 'NL' && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}
