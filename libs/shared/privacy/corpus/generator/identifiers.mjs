// Identifiers to plant, generated independently of the library's own checks (so the corpus tests them):
// BSNs passing the 11-check, 9-digit numbers failing it, mod-97 valid IBANs, phone numbers, postcodes, dates.

const pad = (n, w = 2) => String(n).padStart(w, '0');

function bsnSum(d) {
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(d[i]);
  return s - Number(d[8]);
}

export function makeBsn(r) {
  for (;;) {
    const first8 = String(r.int(1, 9)) + r.digits(7);
    for (let last = 0; last <= 9; last++) {
      const d = first8 + last;
      if (bsnSum(d) % 11 === 0) return d;
    }
  }
}

/** A BSN whose first digit is 0, written with 8 digits. */
export function makeShortBsn(r) {
  for (;;) {
    const d = '0' + String(r.int(1, 9)) + r.digits(6);
    for (let last = 0; last <= 9; last++) if (bsnSum(d + last) % 11 === 0) return (d + last).slice(1);
  }
}

export function makeBadNine(r) {
  for (;;) {
    const d = String(r.int(1, 9)) + r.digits(8);
    if (bsnSum(d) % 11 !== 0) return d;
  }
}

export function formatBsn(r, d) {
  return r.pick([
    () => d,
    () => d,
    () => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
    () => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
    () => `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`,
    () => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`,
    () => `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
  ])();
}

function mod97(s) {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}

function withCheck(country, bban) {
  const check = 98 - mod97(bban + country + '00');
  return country + pad(check) + bban;
}

const NL_BANKS = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'FVLB'];

export function makeIban(r) {
  const kind = r.int(1, 10);
  if (kind <= 7) return withCheck('NL', r.pick(NL_BANKS) + r.digits(10));
  if (kind === 8) return withCheck('BE', r.digits(12));
  if (kind === 9) return withCheck('DE', r.digits(18));
  return withCheck('TR', r.digits(5) + '0' + r.digits(16));
}

/** A valid-looking IBAN with wrong check digits (a trap: not mod-97 valid). */
export function makeBadIban(r) {
  const good = makeIban(r);
  const check = Number(good.slice(2, 4));
  return good.slice(0, 2) + pad(((check + r.int(1, 90)) % 97) + 2).slice(-2) + good.slice(4);
}

export function formatIban(r, iban) {
  const spaced = iban.replace(/(.{4})/g, '$1 ').trim();
  return r.pick([() => iban, () => spaced, () => spaced, () => spaced.toLowerCase(), () => iban.toLowerCase()])();
}

const AREA2 = ['010', '020', '030', '040', '050', '070', '071', '072', '073', '076', '077', '078', '013', '015', '023', '024', '026', '033', '035', '036', '038', '043', '045', '053', '055', '058'];
const AREA3 = ['0513', '0546', '0592', '0318', '0341', '0299', '0228', '0174', '0481', '0522', '0575', '0416'];

export function makePhone(r) {
  const m8 = String(r.int(1, 6)) + r.digits(7);
  const a2 = r.pick(AREA2);
  const l7 = String(r.int(2, 9)) + r.digits(6);
  const a3 = r.pick(AREA3);
  const l6 = String(r.int(2, 9)) + r.digits(5);
  return r.pick([
    () => `06-${m8}`, () => `06 ${m8}`, () => `06${m8}`, () => `06 ${m8.slice(0, 4)} ${m8.slice(4)}`,
    () => `06-${m8.slice(0, 4)} ${m8.slice(4)}`, () => `06 ${m8.replace(/(\d\d)(?=\d)/g, '$1 ')}`,
    () => `+31 6 ${m8}`, () => `+31 (0)6 ${m8}`, () => `+31 (0)6-${m8}`, () => `+316${m8}`, () => `0031 6 ${m8}`,
    () => `06 - ${m8}`, () => `(06) ${m8}`, () => `+31 6 ${m8.slice(0, 4)} ${m8.slice(4)}`, () => `06-${m8.slice(0, 3)} ${m8.slice(3, 6)} ${m8.slice(6)}`,
    () => `${a2}-${l7}`, () => `${a2} ${l7.slice(0, 3)} ${l7.slice(3)}`, () => `(${a2}) ${l7.slice(0, 3)} ${l7.slice(3)}`,
    () => `${a3}-${l6}`, () => `${a3} ${l6.slice(0, 2)} ${l6.slice(2, 4)} ${l6.slice(4)}`, () => `+31 ${a2.slice(1)} ${l7.slice(0, 3)} ${l7.slice(3)}`,
    () => `+31 (0)${a2.slice(1)} ${l7}`, () => `0031 ${a2.slice(1)} ${l7}`, () => `${a2}${l7}`, () => `${a2}.${l7.slice(0, 3)}.${l7.slice(3)}`,
    () => `0800-${r.digits(4)}`, () => `0900-${r.digits(4)}`, () => `0900 ${r.digits(3)} ${r.digits(4)}`, () => `088-${l7}`, () => `088 ${l7.slice(0, 3)} ${l7.slice(3)}`,
    () => `+32 470 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, () => `+49 30 ${r.digits(8)}`, () => `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+212 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, () => `+44 7${r.digits(3)} ${r.digits(6)}`,
  ])();
}

export function makePostcode(r) {
  const letters = 'ABCDEFGHJKLMNPRSTVWXZ';
  let pair;
  do pair = r.pick([...letters]) + r.pick([...letters]);
  while (['SA', 'SD', 'SS'].includes(pair));
  const digits = String(r.int(1, 9)) + r.digits(3);
  return r.pick([() => `${digits} ${pair}`, () => `${digits} ${pair}`, () => `${digits}${pair}`, () => `${digits} ${pair}`, () => `${digits}${pair.toLowerCase()}`])();
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_SHORT = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

export function makeDate(r, fromYear, toYear) {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick([
    () => `${pad(d)}-${pad(m)}-${y}`, () => `${d}-${m}-${y}`, () => `${pad(d)}/${pad(m)}/${y}`, () => `${d}/${m}/${y}`,
    () => `${pad(d)}.${pad(m)}.${y}`, () => `${d} ${MONTHS[m - 1]} ${y}`, () => `${d} ${MONTHS[m - 1]} ${y}`,
    () => `${d} ${MONTHS_SHORT[m - 1]} ${y}`, () => `${y}-${pad(m)}-${pad(d)}`,
  ])();
}

export function makeMeetingDate(r) {
  return makeDate(r, 2022, 2025);
}
