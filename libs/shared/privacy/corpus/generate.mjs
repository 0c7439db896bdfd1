#!/usr/bin/env node
// Generates the privacy guard's evaluation corpus (seeded, so every run gives the same files):
//   planted.json  case texts with planted identifiers, each annotated as { kind, start, end, text }
//   clean.json    ordinary professional Dutch without personal data: generated paragraphs, the texts in
//                 clean-handwritten.txt and, when present, the curriculum document from ../shared/seed
//                 (the source document of the product) as a sample of real prose
// Usage: node libs/shared/privacy/corpus/generate.mjs

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLEAN_A } from './generator/clean-templates-a.mjs';
import { CLEAN_B } from './generator/clean-templates-b.mjs';
import { CLEAN_C } from './generator/clean-templates-c.mjs';
import { formatBsn, formatIban, makeBadIban, makeBadNine, makeBsn, makeDate, makeIban, makeMeetingDate, makePhone, makePostcode, makeShortBsn } from './generator/identifiers.mjs';
import { CHILDREN, EMAIL_DOMAINS, MEN, MULTIWORD_STREETS, ORGS, PLACES, PLAIN_STREETS, RARE_CHILDREN, RARE_MEN, RARE_WOMEN, ROLES, STREETS, SURNAMES, WOMEN } from './generator/people.mjs';
import { DETAIL_BLOCKS, DOMAINS } from './generator/planted-templates.mjs';
import { createRandom } from './generator/random.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PLANTED_PER_DOMAIN = 20;
const CLEAN_WORDS = 20_000;
const r = createRandom(20_250_611);

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/[^A-Za-z0-9-]/g, '').toLowerCase();

function makeCast() {
  const person = (common, rare) => (r.chance(0.15) ? r.pick(rare) : r.pick(common));
  const kids = new Set();
  while (kids.size < 3) kids.add(person(CHILDREN, RARE_CHILDREN));
  const [S, S2] = r.sample(SURNAMES, 2);
  return { M: person(WOMEN, RARE_WOMEN), F: person(MEN, RARE_MEN), X: person([...WOMEN, ...MEN], [...RARE_WOMEN, ...RARE_MEN]), kids: [...kids], S, S2 };
}

function makeEmail(cast) {
  const first = ascii(r.pick([cast.M, cast.F, cast.kids[0]]));
  const sur = ascii(cast.S[1]);
  const local = r.pick([
    () => `${first}.${sur}`, () => `${first}${sur}${r.int(1, 99)}`, () => `${first[0]}.${sur}+zorg`, () => `${first}_${sur}`,
    () => `${first.charAt(0).toUpperCase()}${first.slice(1)}.${sur.charAt(0).toUpperCase()}${sur.slice(1)}`, () => `${first}.${sur}.${r.int(1970, 2005)}`,
  ])();
  return `${local}@${r.pick(EMAIL_DOMAINS)}`;
}

function houseNumber() {
  const n = r.int(1, 240);
  return r.pick([() => `${n}`, () => `${n}`, () => `${n}`, () => `${n}a`, () => `${n}-bis`, () => `${n} hs`, () => `${n}-II`, () => `${n}B`, () => `${n}-${r.int(1, 3)}`])();
}

function trap(slot) {
  switch (slot) {
    case 'DATE': return makeMeetingDate(r);
    case 'TIME': return r.pick([`${r.int(8, 20)}.${r.pick(['00', '15', '30', '45'])}`, `${r.int(8, 20)}:${r.pick(['00', '30'])}`]);
    case 'YEAR': return String(r.int(2008, 2025));
    case 'PCT': return r.pick([`${r.int(2, 95)}%`, `${r.int(2, 95)} procent`, `${r.int(1, 40)},${r.int(1, 9)}%`]);
    case 'AMOUNT': return r.pick([`€ ${r.int(1, 9)}.${r.digits(3)},-`, `€ ${r.int(10, 999)},${r.digits(2)}`, `${r.int(100, 9999)} euro`, `€${r.int(1, 99)}.${r.digits(3)}`]);
    case 'ROOM': return r.pick([`${r.int(0, 4)}.${String(r.int(1, 40)).padStart(2, '0')}`, `B${r.int(0, 3)}.${r.int(10, 60)}`, String(r.int(1, 30))]);
    case 'VERSION': return r.pick([`${r.int(1, 4)}.${r.int(0, 9)}`, `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 20)}`, `v${r.int(1, 5)}.${r.int(0, 9)}`]);
    case 'BADNUM': return makeBadNine(r);
    case 'BADIBAN': return formatIban(r, makeBadIban(r));
    case 'AGE': return String(r.int(2, 17));
    case 'AGEA': return String(r.int(24, 67));
    case 'N': return String(r.int(2, 60));
    case 'GROUP': return String(r.int(1, 8));
    case 'PLACE': return r.pick(PLACES);
    case 'ORG': return r.pick(ORGS);
    case 'ROLE': return r.pick(ROLES);
    case 'WEEKDAY': return r.pick(WEEKDAYS);
    default: throw new Error(`unknown slot {${slot}}`);
  }
}

// A planted slot: [text, kind] (kind undefined for traps).
function fill(slot, cast) {
  switch (slot) {
    case 'M': return [cast.M, 'NAME'];
    case 'F': return [cast.F, 'NAME'];
    case 'X': return [cast.X, 'NAME'];
    case 'C1': case 'C2': case 'C3': return [cast.kids[Number(slot[1]) - 1], 'NAME'];
    case 'S': return [cast.S[0], 'NAME'];
    case 's': return [cast.S[1], 'NAME'];
    case 'S2': return [cast.S2[0], 'NAME'];
    case 'BSN': return [formatBsn(r, makeBsn(r)), 'BSN'];
    case 'BSN8': return [makeShortBsn(r), 'BSN'];
    case 'PHONE': return [makePhone(r), 'PHONE'];
    case 'EMAIL': return [makeEmail(cast), 'EMAIL'];
    case 'PC': return [makePostcode(r), 'POSTCODE'];
    case 'IBAN': return [formatIban(r, makeIban(r)), 'IBAN'];
    case 'DOB': return [makeDate(r, 1955, 2002), 'BIRTHDATE'];
    case 'DOBKID': return [makeDate(r, 2006, 2022), 'BIRTHDATE'];
    case 'ADDR': return [`${r.chance(0.3) ? r.pick(MULTIWORD_STREETS) : r.pick(STREETS)} ${houseNumber()}`, 'ADDRESS'];
    case 'PLAINADDR': return [`${r.pick(PLAIN_STREETS)} ${houseNumber()}`, 'ADDRESS'];
    default: return [trap(slot), undefined];
  }
}

function render(template, cast) {
  let text = '';
  const spans = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(last, m.index);
    const [value, kind] = fill(m[1], cast);
    if (kind) spans.push({ kind, start: text.length, end: text.length + value.length });
    text += value;
    last = m.index + m[0].length;
  }
  text += template.slice(last);
  return { text, spans };
}

// "Fatima" + " " + "de Vries" is one name.
function mergeNames(text, spans) {
  const out = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'NAME' && s.kind === 'NAME' && text.slice(prev.end, s.start) === ' ') prev.end = s.end;
    else out.push({ ...s });
  }
  return out.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

function plantedDoc(domain, index) {
  const { openings, body } = DOMAINS[domain];
  const cast = makeCast();
  const parts = [r.pick(openings), ...r.sample(body, r.int(4, 7))];
  if (r.chance(0.6)) parts.push(`\n${r.pick(DETAIL_BLOCKS)}`);
  let text = '';
  const spans = [];
  for (const part of parts) {
    const sep = text === '' ? '' : part.startsWith('\n') ? '\n' : r.chance(0.2) ? '\n\n' : ' ';
    const piece = render(part.replace(/^\n/, ''), cast);
    for (const s of piece.spans) spans.push({ kind: s.kind, start: s.start + text.length + sep.length, end: s.end + text.length + sep.length });
    text += sep + piece.text;
  }
  return { id: `${domain}-${String(index + 1).padStart(2, '0')}`, domain, text, spans: mergeNames(text, spans) };
}

function cleanDoc(index, pool) {
  const parts = r.sample(pool, r.int(5, 8)).map((p) => render(p, null).text);
  return { id: `clean-${String(index + 1).padStart(3, '0')}`, source: 'generated', text: parts.join('\n\n') };
}

const words = (t) => t.split(/\s+/).filter(Boolean).length;

// handwritten*.txt: texts written by hand (handwritten-2.txt before the detectors were tuned on it), "### id domain" headers and inline [[KIND:text]] markers.
function handwritten(name) {
  const file = join(HERE, name);
  const docs = [];
  for (const block of readFileSync(file, 'utf8').split(/^### /m).slice(1)) {
    const [header, ...lines] = block.split('\n');
    const [id, domain] = header.trim().split(/\s+/);
    const raw = lines.join('\n').trim();
    let text = '';
    const spans = [];
    let last = 0;
    for (const m of raw.matchAll(/\[\[([A-Z]+):([^\]]+)\]\]/g)) {
      text += raw.slice(last, m.index);
      spans.push({ kind: m[1], start: text.length, end: text.length + m[2].length, text: m[2] });
      text += m[2];
      last = m.index + m[0].length;
    }
    text += raw.slice(last);
    docs.push({ id, domain: `handwritten/${domain}`, text, spans });
  }
  return docs;
}

const planted = [];
for (const domain of Object.keys(DOMAINS)) for (let i = 0; i < PLANTED_PER_DOMAIN; i++) planted.push(plantedDoc(domain, i));
planted.push(...handwritten('handwritten.txt'), ...handwritten('handwritten-2.txt'));

const pool = [...CLEAN_A, ...CLEAN_B, ...CLEAN_C];
const clean = [];
for (let total = 0; total < CLEAN_WORDS; ) {
  const doc = cleanDoc(clean.length, pool);
  clean.push(doc);
  total += words(doc.text);
}
for (const block of readFileSync(join(HERE, 'clean-handwritten.txt'), 'utf8').split(/^### /m).slice(1)) {
  const [header, ...lines] = block.split('\n');
  clean.push({ id: header.trim(), source: 'handwritten', text: lines.join('\n').trim() });
}
const seedDir = resolve(HERE, '../../../../../shared/seed');
if (existsSync(seedDir)) {
  for (const f of readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort()) {
    clean.push({ id: `seed-${f.replace(/\.txt$/, '')}`, source: 'curriculum document (shared/seed)', text: readFileSync(join(seedDir, f), 'utf8') });
  }
}

writeFileSync(join(HERE, 'planted.json'), `${JSON.stringify(planted, null, 1)}\n`);
writeFileSync(join(HERE, 'clean.json'), `${JSON.stringify(clean, null, 1)}\n`);
const kinds = {};
for (const d of planted) for (const s of d.spans) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
console.log(`planted: ${planted.length} texts, ${planted.reduce((n, d) => n + words(d.text), 0)} words, spans ${JSON.stringify(kinds)}`);
console.log(`clean: ${clean.length} texts, ${clean.reduce((n, d) => n + words(d.text), 0)} words`);
