// Personal names of clients and family members. A name is flagged when it is announced by a title or a
// relation ("mevrouw De Vries", "het gezin Jansen", "moeder Fatima"), when it starts with a known first
// name ("Daan de Boer"), when an age follows it ("Jayden (8)"), or when it repeats a name found so before.
// Capitalised words elsewhere (authors in references, organisations, places) are left alone.
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../lexicon/first-names';
import { HONORIFICS, INSTITUTION_HEADS, NOT_NAME_CAPS, isRelation, looksLikeNoun, looksLikeOrganisation } from '../lexicon/name-context';
import { ABBREVIATIONS, sentenceInitial, spaceOnly, type Token } from '../text/tokenize';
import type { Candidate } from '../types';
import { isStreetWord } from './address';
import { extendBackOverName, isFirstName, isNameWord, isWordy, parseName, type Span } from './name-parts';
import { joinedInLists, repeatKnownNames } from './name-spread';

// Verbs in the third person singular that only a person (not a place or an organisation) does.
// ("voelt" only as "voelt zich": "Werk voelt zwaar" has no person in it.)
const PERSONAL_VERBS: ReadonlySet<string> = new Set(
  `vertelt vertelde zegt zei voelt voelde huilt huilde lacht lachte slaapt sliep gamet durft durfde praat
  praatte schreeuwt schreeuwde scheldt schold fietst spijbelt blowt rookt woont woonde`.split(/\s+/),
);
// After the verb these mean inverted word order ("Daarom vertelt moeder ..."): the first word is no subject.
const SUBJECTS_AFTER_VERB: ReadonlySet<string> = new Set(['hij', 'zij', 'ze', 'het', 'men', 'u', 'je', 'jij', 'we', 'wij', 'ik', 'de', 'een', 'deze', 'die', 'dit', 'er']);
// "Lucas GGZ", "Antonius MC": acronyms that make the name part of an organisation.
const ORG_ACRONYMS: ReadonlySet<string> = new Set(['GGZ', 'MC', 'UMC', 'BV', 'NV', 'CJG', 'GGD', 'ZH', 'VO', 'PO', 'MBO', 'HBO', 'SBO', 'SO', 'VSO']);
const DETERMINERS: ReadonlySet<string> = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'onze', 'ons', 'zijn', 'haar', 'hun', 'mijn', 'jouw', 'uw', 'elke', 'ieder', 'iedere', 'welke', 'geen']);
// Role nouns ("Bewindvoerder", "Jeugdige", "Therapeut") end like this; the names this rule is for rarely do.
const ROLE_ENDINGS = /(?:er|aar|ist|ige|ent|eur|ant|oog|aat|ts|ief|ier|or|ster|es|in)$/;

export function detectNames(tokens: readonly Token[]): Candidate[] {
  const spans: Span[] = [];
  // Names that this text also uses in the name of an institution ("Anne Frank" in "het Anne Frank Huis").
  const eponyms = new Set<string>();
  const byFirstName = new Set<Span>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const ann = announced(tokens, i);
    const byName = ann ? null : firstNameAt(tokens, i, eponyms);
    if (byName) byFirstName.add(byName);
    const found = ann ?? byName ?? agedNameAt(tokens, i) ?? subjectAt(tokens, i);
    if (!found) continue;
    spans.push(found);
    // "de kinderen Sem en Lotte", "de gezinnen Bakker en Yilmaz": a second name joined by "en".
    const and = tokens[found.last + 1];
    if (and?.key === 'en' && spaceOnly(and.gap)) {
      const second = parseName(tokens, found.last + 2, true);
      if (second && isWordy(tokens, second)) spans.push(second);
    }
    i = Math.max(i, spans[spans.length - 1].last);
  }
  // The other mentions of such a namesake, found only because they start with a first name, go too:
  // "het dagboek van Anne Frank" next to "het Anne Frank Huis" is about the namesake, not a client.
  if (eponyms.size) {
    for (let n = spans.length - 1; n >= 0; n--) if (byFirstName.has(spans[n]) && eponyms.has(spanKey(tokens, spans[n]))) spans.splice(n, 1);
  }
  joinedInLists(tokens, spans);
  repeatKnownNames(tokens, spans);
  return spans.map((s) => ({ kind: 'NAME', start: tokens[s.first].start, end: tokens[s.last].end }));
}

// After a title or relation word: "mevrouw De Vries", "dhr. J.P. van Dam", "moeder Yvonne", "zoon daan".
function announced(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i];
  // "MR" in "3814 MR Delft" is a postcode, not "mr." (a title is written "mr", "Mr" or "mr.").
  if (/^\p{Lu}{2,}$/u.test(t.text)) return null;
  const honorific = HONORIFICS.has(t.key);
  if (!honorific && !isRelation(t.key)) return null;
  let j = i + 1;
  if (tokens[j]?.text === '.' && tokens[j].gap === '' && ABBREVIATIONS.has(t.key)) j++;
  if (tokens[j] && (tokens[j].text === ':' || (tokens[j].text === ',' && !honorific)) && tokens[j].gap === '') j++;
  if (!tokens[j] || !(spaceOnly(tokens[j].gap) || tokens[j].gap === '')) return null;
  // "de moeder van Sem": "van" is a preposition before a first name, not a tussenvoegsel.
  if (tokens[j].key === 'van' && !tokens[j].cap && FIRST_NAMES.has(tokens[j + 1]?.key ?? '')) j++;
  const lowerFirstName = tokens[j] && !tokens[j].cap && FIRST_NAMES.has(tokens[j].key) && !AMBIGUOUS_FIRST_NAMES.has(tokens[j].key);
  if (lowerFirstName && !honorific) return { first: j, last: j };
  const span = parseName(tokens, j, true);
  return span && isWordy(tokens, span) ? span : null;
}

// An author in a reference, not a client: "Rodriguez, L.", "Carl Rogers (1957)", "Anke Siegers, 2016".
// A year after a single first name is more likely a year of birth: "Sem (2015)".
function isCitation(tokens: readonly Token[], k: number, fullName: boolean): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  const c = tokens[k + 2];
  if (!a || !b) return false;
  if (a.text === ',' && /^\p{Lu}$/u.test(b.text) && c?.text === '.' && c.gap === '') return true;
  return fullName && (a.text === '(' || a.text === ',') && b.type === 'num' && b.text.length === 4;
}

// A known first name, with the surname that follows: "Fatima El Amrani", "Daan de Boer".
const spanKey = (tokens: readonly Token[], s: Span) => tokens.slice(s.first, s.last + 1).map((t) => t.key).join(' ');

function firstNameAt(tokens: readonly Token[], i: number, eponyms: Set<string>): Span | null {
  const t = tokens[i];
  if (!t.cap || !isFirstName(t.key) || t.text.length < 2) return null;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // "Jan 2024", "Sep. 12": a month, not a name; "Prinses Amalia", "Sint Jan": part of another name.
  if (next && (next.type === 'num' || (next.text === '.' && tokens[i + 2]?.type === 'num'))) return null;
  if (prev && ['prinses', 'prins', 'koningin', 'koning', 'sint', 'st', 'stichting', 'graaf', 'hertog', 'zwarte'].includes(prev.key)) return null;
  const span = parseName(tokens, i, false) ?? { first: i, last: i };
  // "Jeroen Bosch Ziekenhuis", "Anne Frank School", "Anna Paulownastraat": part of an organisation or a street.
  const after = tokens[span.last + 1];
  const institution = after && spaceOnly(after.gap) && after.cap && (looksLikeOrganisation(after.key) || INSTITUTION_HEADS.has(after.key));
  if ((institution && !FIRST_NAMES.has(after.key)) || (after && spaceOnly(after.gap) && ORG_ACRONYMS.has(after.text))) {
    if (span.last > span.first) eponyms.add(spanKey(tokens, span));
    return null;
  }
  if (after && spaceOnly(after.gap) && after.cap && isStreetWord(after.key) && !FIRST_NAMES.has(after.key)) return null;
  if (isCitation(tokens, span.last + 1, span.last > span.first)) return null;
  for (let k = span.first + 1; k <= span.last; k++) if (isStreetWord(tokens[k].key)) return null;
  // "Ben je ...", "Max. 3 personen", "Hope is ...": an ambiguous name alone counts only mid-sentence.
  if (AMBIGUOUS_FIRST_NAMES.has(t.key) && span.last === i && (sentenceInitial(tokens, i) || next?.text === '.')) return null;
  return span;
}

// A capitalised word with an age: "Jayden (8)", "Jansen (42 jaar)", "Yvonne, 41 jaar,", "Daan (zoon)".
function agedNameAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i];
  if (!t.cap || NOT_NAME_CAPS.has(t.key) || t.text.length < 2 || looksLikeNoun(t.key)) return null;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  const c = tokens[i + 3];
  if (!a || !b || a.gap.includes('\n')) return null;
  const num2 = b.type === 'num' && b.text.length <= 2;
  const aged =
    // "(8)", "(8 jaar)", "(8j)"
    (a.text === '(' && num2 && !!c && (c.text === ')' || ['jaar', 'jr', 'j', 'mnd', 'maanden'].includes(c.key))) ||
    // "Mayla (04-08-2017)": a date of birth in brackets after the name
    (a.text === '(' && num2 && !!c && /^[-/.]$/.test(c.text) && tokens[i + 4]?.type === 'num') ||
    // "Daan (zoon)"
    (a.text === '(' && b.type === 'word' && isRelation(b.key) && c?.text === ')') ||
    // "Yvonne, 41 jaar,"
    (a.text === ',' && num2 && !!c && ['jaar', 'jr'].includes(c.key));
  if (!aged) return null;
  return { first: extendBackOverName(tokens, i), last: i };
}

// An unknown capitalised word doing what people do: "Jaivey slaapt slecht", "Mayla vertelt dat ...".
function subjectAt(tokens: readonly Token[], i: number): Span | null {
  const t = tokens[i];
  const verb = tokens[i + 1];
  if (!verb || verb.type !== 'word' || !spaceOnly(verb.gap) || !PERSONAL_VERBS.has(verb.key)) return null;
  const after = tokens[i + 2];
  if ((verb.key === 'voelt' || verb.key === 'voelde') && after?.key !== 'zich') return null;
  if (after && (SUBJECTS_AFTER_VERB.has(after.key) || isRelation(after.key) || (after.cap && after.type === 'word'))) return null;
  if (!isNameWord(t) || t.text.length < 3 || looksLikeNoun(t.key) || ROLE_ENDINGS.test(t.key)) return null;
  const prev = tokens[i - 1];
  if (prev && spaceOnly(t.gap) && DETERMINERS.has(prev.key)) return null;
  return { first: extendBackOverName(tokens, i), last: i };
}

