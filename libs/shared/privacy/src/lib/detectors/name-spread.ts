// Spreading names found with certainty: to neighbours in a list and to later mentions of the same name.
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../lexicon/first-names';
import { INSTITUTION_HEADS, looksLikeNoun, looksLikeOrganisation } from '../lexicon/name-context';
import { PARTICLES } from '../lexicon/streets';
import { spaceOnly, type Token } from '../text/tokenize';
import { extendBackOverName, isFirstName, isNameWord, type Span } from './name-parts';

const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'naar', 'uit', 'te', 'bij', 'van', 'met', 'op', 'aan', 'voor', 'door', 'via', 'vanuit', 'richting', 'rond', 'over']);

// Lists around a name already found: "Mayla en Julia", "Ilay (dyslexie), Senna (werkhouding), Meryem".
// A word after a preposition ("in Utrecht, Sem ...") is a place or an organisation more often than a name.
export function joinedInLists(tokens: readonly Token[], spans: Span[]): void {
  const taken = (k: number) => spans.some((o) => o.first <= k && o.last >= k);
  // After a preposition only when joined by "en" to a known first name: "voor Mayla en Julia".
  const candidate = (k: number, and: boolean, other: Token) => {
    const t = tokens[k];
    if (!t || !isNameWord(t) || looksLikeNoun(t.key) || taken(k)) return false;
    return !PREPOSITIONS.has(tokens[k - 1]?.key ?? '') || (and && isFirstName(other.key));
  };
  for (let n = 0; n < spans.length && spans.length < 200; n++) {
    const s = spans[n];
    // To the right: ["(" ... ")"] ("," | "en") Name
    let r = s.last + 1;
    if (tokens[r]?.text === '(') r = closingBracket(tokens, r) + 1;
    if (r > s.last && tokens[r] && (tokens[r].text === ',' || tokens[r].key === 'en') && candidate(r + 1, false, tokens[s.first]) && spaceOnly(tokens[r + 1].gap)) {
      spans.push({ first: r + 1, last: r + 1 });
    }
    // To the left: Name ["(" ... ")"] ("," | "en") <span>
    const sep = tokens[s.first - 1];
    if (!sep || !(sep.text === ',' || sep.key === 'en') || !spaceOnly(tokens[s.first].gap)) continue;
    let l = s.first - 2;
    if (tokens[l]?.text === ')') l = openingBracket(tokens, l) - 1;
    if (l >= 0 && candidate(l, sep.key === 'en', tokens[s.first])) spans.push({ first: l, last: l });
  }
}

function closingBracket(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k <= open + 8; k++) if (tokens[k].text === ')') return k;
  return -2;
}

function openingBracket(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - 8; k--) if (tokens[k].text === '(') return k;
  return -2;
}

// Once "Jansen" is known to be a client's name, its other mentions are names too ("Jansen geeft aan ...").
// In notes typed without capitals a known first name counts in lower case too ("vader (Erik) ... erik wil"),
// unless it is also an ordinary word ("roos", "mark").
export function repeatKnownNames(tokens: readonly Token[], spans: Span[]): void {
  const known = new Set<string>();
  const covered = new Set<number>();
  for (const s of spans) {
    for (let k = s.first; k <= s.last; k++) {
      covered.add(k);
      const t = tokens[k];
      if (isNameWord(t) && t.text.length >= 3 && !PARTICLES.has(t.key)) known.add(t.key);
    }
  }
  if (known.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lowerFirstName = t.type === 'word' && FIRST_NAMES.has(t.key) && !AMBIGUOUS_FIRST_NAMES.has(t.key) && t.text === t.text.toLowerCase();
    if (covered.has(i) || !(t.cap || lowerFirstName) || !known.has(t.key)) continue;
    const first = extendBackOverName(tokens, i);
    let last = i;
    while (tokens[last + 1] && spaceOnly(tokens[last + 1].gap) && known.has(tokens[last + 1].key) && tokens[last + 1].cap) last++;
    if (namesInstitution(tokens, last)) continue;
    spans.push({ first: covered.has(first) ? i : first, last });
    for (let k = first; k <= last; k++) covered.add(k);
  }
}

// "Anne" in "het Anne Frank Huis" or "Emma" in "Emma Kinderziekenhuis": the mention names an institution.
function namesInstitution(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 3 && spaceOnly(tokens[k].gap) && tokens[k].cap && tokens[k].type === 'word'; k++) {
    if (looksLikeOrganisation(tokens[k].key) || INSTITUTION_HEADS.has(tokens[k].key)) return true;
  }
  return false;
}
