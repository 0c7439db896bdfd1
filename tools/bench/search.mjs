#!/usr/bin/env node
// Dutch search benchmark for the Kennislijn API (issue 7): search latency p50/p95 over 100,000 generated
// content items, end to end through GraphQL, on the embedded database (PGlite) and with --postgres also on
// PostgreSQL 15, plus the size of the search index (GIN `search_document_tsv`, the whole `search_document`
// table with its TOAST and indexes, the vocabulary `search_term` with its trigram index).
//
//   node tools/bench/search.mjs [--postgres] [--only-postgres] [--items 100000] [--communities 200] [--repeat 7]
//        [--warmup 1] [--sql-repeat 3] [--no-sql] [--fast-rebuild] [--batch 2000] [--log-level info] [--deadline 1200]
//        [--build | --entry PATH] [--no-snapshot] [--keep-data]
//
// Per database:
//   1. The built server (dist/apps/api/apps/api/src/main.js, a copy of it: see instruments.mjs) starts on a
//      fresh DATA_DIR (PGlite) or a fresh PostgreSQL database, runs the migrations and seeds the reference
//      data (no demo data). Through GraphQL two users register and create communities: the bench user owns two
//      public ones and a private one; a second user owns a public one and a private one the bench user is NOT
//      a member of. Then the server is stopped.
//   2. Bulk load, with a direct connection: on PostgreSQL with `pg`; on PGlite the bench opens the stopped
//      server's data dir itself (DATA_DIR/pglite with pg_trgm, served by PGLiteSocketServer on loopback like
//      libs/api/core/src/lib/database/embedded-postgres.ts does, taking the same kennislijn.lock), because the
//      server keeps its embedded database to itself and 100,000 items through GraphQL would take an hour.
//      It adds communities up to --communities in all (30 % private, owned by the second user; the bench user
//      is a member of 5 of the private ones) and --items content rows in the real content tables, with the spike's synthetic
//      Dutch corpus (docs/search/spike.mjs): knowledge items (70 % site-wide, with qualifications, levels and
//      collaboration forms), cases (with qualifications and levels), responses, discussion messages (community
//      and case threads) and community posts. Rows go in with multi-row INSERT ... SELECT unnest(...) under
//      `SET session_replication_role = replica` (no row triggers, no FK checks). Then the product's own
//      SearchService.rebuild() runs (the class from the build, libs/api/search/src/lib/search.service.ts,
//      driven with a stand-in for TypeORM's DataSource over this connection, every statement timed; with
//      --fast-rebuild inside session_replication_role = replica, i.e. without the statement trigger whose
//      vocabulary deltas the rebuild deletes anyway), then VACUUM ANALYZE. Sizes, vocabulary and the expected
//      permission counts are read; SearchService.search() is timed per statement on this connection (no HTTP,
//      no GraphQL) and the search statement EXPLAINed for the heaviest queries (--no-sql skips that).
//   3. The server starts again on the loaded database; the bench user signs in. 32 Dutch queries (the spike's
//      classes: words of different document frequency, domain words, compounds, two words, typos, a phrase,
//      filters, browsing, a 3-word OR) are sent --warmup times, then --repeat times in turn, sequentially, as
//      the signed-in user; 5 of them also anonymously. Latency is client-side (fetch to parsed JSON);
//      `tookMs` is the server's own figure. Permission checks: browsing totals equal the SQL counts of what the
//      user / an anonymous visitor may read, the non-member private community yields 0, and no facet names a
//      community the viewer may not read. Failed checks exit 1.
// Prints a summary table and one line `RESULT {json}`; progress goes to stderr. Servers are always stopped, the
// PostgreSQL database dropped and the temp dirs removed.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  cpuMs,
  createDatabase,
  dropDatabaseSync,
  ENTRY,
  ensureBuilt,
  hardDeadline,
  HOST,
  installSignalHandlers,
  log,
  logServerTail,
  machine,
  parseArgs,
  printTable,
  ROOT,
  round,
  rssMb,
  serverErrors,
  setEntry,
  setKeepData,
  shutdown,
  startServer,
  stats,
  stopServer,
  tempDir,
  withoutIds,
} from './lib.mjs';

const USAGE = `usage: node tools/bench/search.mjs [--postgres] [--only-postgres] [--items N] [--communities N] [--repeat N] [--warmup N]
       [--sql-repeat N] [--no-sql] [--fast-rebuild] [--batch N] [--log-level LEVEL] [--deadline S] [--build | --entry PATH] [--no-snapshot] [--keep-data]`;

const opts = parseArgs(
  process.argv.slice(2),
  {
    '--postgres': ['postgres', 'bool'],
    '--only-postgres': ['onlyPostgres', 'bool'],
    '--items': ['items', 'int'],
    '--communities': ['communities', 'int'],
    '--repeat': ['repeat', 'int'],
    '--warmup': ['warmup', 'int'],
    '--sql-repeat': ['sqlRepeat', 'int'],
    '--no-sql': ['noSql', 'bool'],
    '--fast-rebuild': ['fastRebuild', 'bool'],
    '--batch': ['batch', 'int'],
    '--log-level': ['logLevel', 'string'],
    '--deadline': ['deadlineS', 'int'],
    '--build': ['build', 'bool'],
    '--entry': ['entry', 'string'],
    '--no-snapshot': ['noSnapshot', 'bool'],
    '--keep-data': ['keepData', 'bool'],
  },
  {
    postgres: false,
    onlyPostgres: false,
    items: 100_000,
    communities: 200,
    repeat: 7,
    warmup: 1,
    sqlRepeat: 3,
    noSql: false,
    fastRebuild: false,
    batch: 2000,
    logLevel: 'info',
    deadlineS: 1200,
    build: false,
    noSnapshot: false,
    keepData: false,
  },
  USAGE,
);
if (opts.onlyPostgres) opts.postgres = true;
if (opts.build && opts.entry) throw new Error('--build builds this checkout; it cannot be combined with --entry');

const BUILD_LOCK = '/tmp/kl-build.lock';
const ENTRY_PATH = 'dist/apps/api/apps/api/src/main.js';
const PASSWORD = 'bench-search-password';
const REQUEST_TIMEOUT_MS = 60_000;
const PAGE = 20;
/** Communities made through GraphQL (the rest of --communities is inserted with SQL). */
const GQL_COMMUNITIES = 5;
const MEMBER_OF_BULK_PRIVATE = 5;

/** What the search page asks (as in apps/api/src/app/search/search.int-spec.ts). */
const SEARCH = `query Search($input: SearchInput!) { search(input: $input) {
  total parts tookMs
  hits { id type subjectId link communityId communityName label titleHtml snippetHtml exact createdAt }
  facets {
    types { value label count } communities { value label count } qualifications { value label count }
    levels { value label count } collaborationForms { value label count } tags { value label count } years { value label count }
  } } }`;
const Q = {
  register: `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`,
  login: `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
  community: `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id slug name } }`,
};

// ---------------------------------------------------------------------------------------------
// Build and snapshot (as instruments.mjs)

function buildLocked() {
  log(`building the API (flock ${BUILD_LOCK} npx nx run api:build) ...`);
  execFileSync('flock', [BUILD_LOCK, 'npx', 'nx', 'run', 'api:build'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 'inherit'],
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
}

/** Copies dist/apps/api under the build lock into a temp checkout linked to our node_modules, and runs that. */
function snapshotBuild() {
  const dir = tempDir('kennislijn-bench-search-dist-');
  mkdirSync(join(dir, 'dist/apps'), { recursive: true });
  execFileSync('flock', [BUILD_LOCK, 'cp', '-a', join(ROOT, 'dist/apps/api'), join(dir, 'dist/apps/')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  setEntry(join(dir, ENTRY_PATH));
  return join(dir, ENTRY_PATH);
}

function nodePathFor(entry) {
  for (let d = dirname(entry); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return null;
    if (dirname(d) === d) return join(ROOT, 'node_modules');
  }
}

/**
 * The product's SearchService and query rewriting, from the build the server runs. The service is driven
 * with a stand-in for TypeORM's DataSource over one `pg` connection (query, manager.query, transaction),
 * so rebuild() and search() run exactly the product's statements, and each statement is timed.
 */
function loadSearchLib() {
  const dir = join(dirname(ENTRY), '../../../libs/api/search/src/lib');
  const require = createRequire(join(dir, 'index.js'));
  require('reflect-metadata');
  return { ...require('./search.sql.js'), ...require('./query-rewrite.js'), SearchService: require('./search.service.js').SearchService };
}

/** A DataSource stand-in for SearchService: every statement goes to `client` and is recorded in `log` (when set). */
function dataSourceOver(client, { replicaInTransactions = false } = {}) {
  const ds = {
    log: null,
    async query(sql, params) {
      const t = performance.now();
      const r = await client.query(sql, params);
      ds.log?.push({ sql, params, ms: performance.now() - t, rows: r.rowCount });
      return r.rows;
    },
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        if (replicaInTransactions) await client.query(`SET LOCAL session_replication_role = replica`);
        const out = await fn(ds.manager);
        await client.query('COMMIT');
        return out;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
  ds.manager = { query: (sql, params) => ds.query(sql, params) };
  return ds;
}

/** A statement's name in the report: its verb and table, the tables it reads and the function that counts words. */
const statementName = (sql) => {
  const flat = sql.replace(/\s+/g, ' ').trim();
  const head = flat.match(/^(INSERT INTO \w+|DELETE FROM \w+|TRUNCATE \w+|UPDATE \w+|SELECT)/i)?.[1] ?? flat.slice(0, 40);
  const from = [...new Set([...flat.matchAll(/\bFROM (\w+)/gi)].map((m) => m[1]))].filter((t) => !head.endsWith(t));
  const fn = flat.match(/\b(ts_stat|search_doc_words|search_term_merge)\b/)?.[1];
  return `${head}${from.length ? ` ... FROM ${from.join(', ')}` : ''}${fn ? ` (${fn})` : ''}`;
};

// ---------------------------------------------------------------------------------------------
// GraphQL client (as instruments.mjs)

let socketRetries = 0;

async function gql(url, query, variables, token) {
  const r = await gqlOnce(url, query, variables, token);
  if (r.socketClosed && !/^\s*mutation\b/.test(query)) {
    socketRetries++;
    return gqlOnce(url, query, variables, token);
  }
  return r;
}

async function gqlOnce(url, query, variables, token) {
  const t0 = performance.now();
  try {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await r.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    const ms = performance.now() - t0;
    const m = r.headers.get('server-timing')?.match(/sql=(\d+)/);
    const sql = m ? Number(m[1]) : null;
    const requestId = r.headers.get('x-request-id') ?? undefined;
    if (!body) return { ms, sql, requestId, error: `HTTP ${r.status}: not JSON: ${text.slice(0, 200)}` };
    if (r.status !== 200 || body.errors?.length || !body.data) {
      const e = body.errors?.[0];
      return { ms, sql, requestId: e?.extensions?.requestId ?? requestId, error: `HTTP ${r.status} ${e?.extensions?.code ?? ''} ${e?.message ?? JSON.stringify(body).slice(0, 200)}${e?.path ? ` at ${e.path.join('.')}` : ''}${e?.extensions?.fields ? ` ${JSON.stringify(e.extensions.fields)}` : ''}`.replace(/ +/g, ' ') };
    }
    return { ms, sql, bytes: text.length, requestId, data: body.data };
  } catch (error) {
    const code = error?.cause?.code;
    return { ms: performance.now() - t0, socketClosed: code === 'UND_ERR_SOCKET' || code === 'ECONNRESET', error: `${error?.name ?? 'Error'}: ${code ?? error?.message ?? error} after ${Math.round(performance.now() - t0)} ms` };
  }
}

async function mustGql(url, query, variables, token, what) {
  const r = await gql(url, query, variables, token);
  if (r.error) throw new Error(`${what} failed: ${r.error}${r.requestId ? ` (requestId ${r.requestId})` : ''}`);
  return r.data;
}

// ---------------------------------------------------------------------------------------------
// Synthetic Dutch corpus (copied from docs/search/spike.mjs: buildVocabulary, the samplers, the word lists)

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const STOP = 'de het een en van in is dat op te met voor niet zijn er aan om bij ook als door maar dan nog naar uit over of hun zo kan moet wordt worden heeft hebben die deze dit wat wie hoe omdat onder tegen na zonder ze zich je ik wij hij zij haar men meer veel geen al toch tot'.split(' ');
const BASE = `
zorg hulp jeugd kind kinderen ouder ouders gezin gezinnen jongere jongeren school leerling leerkracht docent student
professional hulpverlener hulpverleners cliënt cliënten netwerk wijk wijkteam team overleg afspraak afspraken plan
regie casus casussen vraag vragen doel doelen relatie relaties werk werken samenwerking samenwerken alliantie
allianties vertrouwen gesprek gesprekken signaal signalen risico risico's veiligheid ontwikkeling opvoeding gedrag
emotie emoties steun begeleiding behandeling diagnose verwijzing wachtlijst gemeente organisatie organisaties beleid
financiering privacy gegevens toestemming dossier rapportage evaluatie methode methodiek instrument vragenlijst score
meting uitkomst effect onderzoek praktijk theorie kennis ervaring inzicht reflectie intervisie supervisie feedback
competentie kwalificatie niveau leerlijn opleiding stage praktijkopleider lesstof toets beoordeling portfolio
communicatie taal luisteren vertellen uitleggen motiveren betrekken versterken ondersteunen verbinden afstemmen
coördinatie continuïteit transitie overgang volwassene volwassenen huisarts consultatiebureau kinderopvang
leerplicht verzuim armoede schulden huisvesting gezondheid psychiatrie verslaving trauma hechting ontwikkelingsstoornis
autisme adhd angst depressie zelfbeeld weerbaarheid participatie empowerment kracht krachten oplossing oplossingen
systeem systemen context omgeving cultuur diversiteit inclusie gelijkwaardigheid partnerschap dialoog conflict
spanning grens grenzen rol rollen taak taken verantwoordelijkheid besluit besluiten keuze keuzes belang belangen
moeder vader broer zus grootouder pleegouder pleegouders pleegzorg gezinshuis residentieel ambulant crisis melding
veilig thuis huiselijk geweld mishandeling verwaarlozing bescherming maatregel rechter voogdij jeugdbescherming
preventie vroegsignalering voorlichting training cursus workshop bijeenkomst sessie leergemeenschap community
digitaal platform bericht reactie kennisbank artikel bron literatuur richtlijn protocol standaard kwaliteit
tevredenheid motivatie betrokkenheid eigenaarschap autonomie zelfregie mantelzorg vrijwilliger buurt sport vrije
tijd werkdruk verloop collega collega's leidinggevende manager bestuur directie financier inkoop contract budget
goed groot klein nieuw eigen belangrijk moeilijk duidelijk samen snel vaak soms altijd eerst verder direct concreet
`.trim().split(/\s+/);
const HEADS = ['relatie', 'overleg', 'plan', 'team', 'vraag', 'aanpak', 'traject', 'verband', 'partner', 'model', 'vorm',
  'proces', 'gesprek', 'netwerk', 'methode', 'beleid', 'kader', 'afspraak', 'doel', 'signaal', 'verlener', 'werker', 'coach', 'regisseur', 'punt'];
const MODS = ['samenwerking', 'werk', 'zorg', 'hulp', 'jeugd', 'gezin', 'school', 'wijk', 'ouder', 'leer', 'keten', 'crisis',
  'veiligheid', 'opvoeding', 'ontwikkeling', 'behandel', 'begeleiding', 'praktijk', 'kennis', 'kwaliteit', 'casus', 'stage',
  'pleegzorg', 'preventie', 'participatie', 'jongeren', 'kinder', 'gemeente', 'onderwijs', 'alliantie'];
const LINK_FOR = (m) => (/(ing|heid|teit|tie)$/.test(m) ? 's' : /(gezin|school)$/.test(m) ? 's' : '');
const TAGS = ['onderwijs', 'wijk', 'gezin', 'ouders', 'theorie', 'regie', 'privacy', 'participatie', 'methodiek', 'alliantie',
  'intervisie', 'stage', 'werkdruk', 'pleegzorg', 'veiligheid', 'trauma', 'hechting', 'armoede', 'preventie', 'ipw',
  'jeugdbescherming', 'crisis', 'transitie', 'diversiteit', 'leerlijn', 'onderzoek', 'praktijk', 'evidence', 'instrument', 'netwerk'];
const QUALS = [...Array(9)].map((_, i) => `B${i + 1}`).concat([...Array(9)].map((_, i) => `M${i + 1}`));
// The product's codes (libs/shared/domain/src/lib/learning-line.ts, seeded at every start).
const FORMS = ['ATTITUDE', 'ONE_TO_ONE', 'MULTIPLE', 'MULTIPLE_COMPLEX', 'MULTIPLE_INVOLUNTARY', 'INTERPROFESSIONAL', 'INTEGRAL', 'INTERDISCIPLINARY'];
const KNOWLEDGE_TYPES = ['RESEARCH_FINDING', 'ARTICLE', 'METHOD', 'INSTRUMENT_REFERENCE', 'PRACTICE_EXAMPLE', 'LESSON_LEARNED'];
const EVIDENCE_LEVELS = ['EFFECTIVE', 'PROMISING', 'PRACTICE_BASED', 'THEORY'];
const PERSPECTIVES = [null, null, 'CLIENT_FAMILY', 'PROFESSIONAL', 'ORGANISATION', 'EDUCATION', 'RESEARCH'];
const SURNAMES = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Dekker'];
const JOURNALS = ['Tijdschrift voor Jeugdhulp', 'Pedagogiek', 'Tijdschrift voor Orthopedagogiek', 'Journal of Interprofessional Care', 'Kind en Adolescent', 'Sociale Interventie'];
/** Share of each kind among the generated items (knowledge items mostly; cases, responses, messages, posts). */
const KINDS = [['KNOWLEDGE_ITEM', 0.4], ['RESPONSE', 0.23], ['MESSAGE', 0.2], ['CASE', 0.12], ['POST', 0.05]];

// Vocabulary (~5,000 types): generic domain words first (background head), then compounds of domain
// modifiers and heads, derived words and invented Dutch-ish words (tail). 80 topics of 60 words each.
function buildVocabulary() {
  const rnd = mulberry32(7);
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const seen = new Set();
  const uniq = (arr) => arr.filter((w) => !seen.has(w) && seen.add(w));
  const base = shuffle(uniq(BASE));
  const compounds = [];
  for (const m of MODS)
    for (const h of HEADS) {
      if (rnd() > 0.3) continue; // ~30% of modifier × head pairs exist as compounds
      const c = m + LINK_FOR(m) + h;
      compounds.push(c, c + (/(er|ie|e|[aeiou])$/.test(h) ? 's' : 'en'));
    }
  const syll = ['ver', 'be', 'ont', 'ge', 'her', 'uit', 'toe', 'af', 'aan', 'op'];
  const derived = base.slice(0, 300).flatMap((b) => [syll[Math.floor(rnd() * syll.length)] + b, b + 'ing', b + 'lijk']);
  const ON = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'kr', 'pr', 'tr', 'st', 'sl', 'sp', 'schr', 'bl', 'kl', 'fl', 'gl', 'sch', 'j', 'h'];
  const NUC = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'ei', 'ij', 'ui', 'ou', 'eu'];
  const CODA = ['', '', 'n', 'r', 'l', 's', 't', 'k', 'd', 'm', 'ng', 'nd', 'rt', 'ld', 'st', 'cht', 'ft'];
  const SUF = ['', '', 'ing', 'heid', 'schap', 'erij', 'aar', 'elijk', 'ig', 'isch', 'atie', 'iteit', 'er', 'en', 'te'];
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const invented = [];
  while (invented.length < 2800) {
    let w = '';
    for (let k = 2 + Math.floor(rnd() * 2); k > 0; k--) w += pick(ON) + pick(NUC) + pick(CODA);
    w += pick(SUF);
    if (w.length >= 5 && w.length <= 16 && !seen.has(w)) {
      seen.add(w);
      invented.push(w);
    }
  }
  const tail = shuffle([...uniq(compounds), ...uniq(derived), ...invented]);
  const vocab = [...base, ...tail];
  // background: Zipf-Mandelbrot 1/(r+40): the most frequent content word lands in ~15% of documents
  const cum = [];
  let s = 0;
  for (let r = 1; r <= vocab.length; r++) {
    s += 1 / (r + 40);
    cum.push(s);
  }
  const topics = Array.from({ length: 80 }, () => {
    const words = [...Array.from({ length: 10 }, () => pick(base)), ...Array.from({ length: 20 }, () => pick(compounds)), ...Array.from({ length: 30 }, () => pick(invented))];
    const tc = [];
    let ts = 0;
    words.forEach((_, r) => {
      ts += 1 / (r + 1);
      tc.push(ts);
    });
    return { vocab: words, cum: tc, total: ts };
  });
  return { vocab, cum, total: s, topics };
}

function makeSampler({ vocab, cum, total }, rnd) {
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo];
  };
}

/** Text of the spike's corpus: sentences of 6-17 words, 42 % stopwords, half of the other words from the item's topic. */
function corpus(seed = 42) {
  const V = buildVocabulary();
  const rnd = mulberry32(seed);
  const background = makeSampler(V, rnd);
  const topicSamplers = V.topics.map((t) => makeSampler(t, rnd));
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const some = (a, min, max) => [...new Set(Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(a)))];
  let topic = topicSamplers[0];
  const word = (pTopic) => (rnd() < pTopic ? topic() : background());
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const sentence = (len) => `${cap(Array.from({ length: len }, () => (rnd() < 0.42 ? pick(STOP) : word(0.5))).join(' '))}.`;
  const text = (nWords) => {
    let out = '';
    for (let left = Math.max(1, Math.round(nWords)); left > 0; ) {
      const l = Math.min(left, 6 + Math.floor(rnd() * 12));
      out += `${sentence(l)} `;
      left -= l;
    }
    return out.trim();
  };
  const title = (nWords, max = 150) => {
    let t = cap(Array.from({ length: nWords }, () => (rnd() < 0.25 ? pick(STOP) : word(0.7))).join(' '));
    while (t.length > max) t = t.slice(0, t.lastIndexOf(' '));
    return t;
  };
  return { rnd, pick, some, text, title, newTopic: () => (topic = pick(topicSamplers)), topics: V.topics };
}

const uid = (key) => {
  const h = createHash('sha1').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

// ---------------------------------------------------------------------------------------------
// Bulk load (direct connection, triggers off) and the product's rebuild

const SQL = {
  communities: `INSERT INTO community (id, slug, name, description, visibility, join_policy, created_at, updated_at, created_by_id)
    SELECT id, slug, name, description, vis::community_visibility, (CASE WHEN vis = 'PUBLIC' THEN 'OPEN' ELSE 'INVITE' END)::join_policy, created_at, created_at, $6
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $7::timestamptz[]) AS x(id, slug, name, description, vis, created_at)`,
  members: `INSERT INTO community_member (community_id, user_id, role) SELECT c, u, r::community_role FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(c, u, r)`,
  threads: `INSERT INTO discussion_thread (id, kind, subject_id, community_id, created_at)
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::timestamptz[])`,
  knowledge: `INSERT INTO knowledge_item (id, community_id, type, title, summary, citation, evidence_level, finding, tags, author_id, created_at, updated_at)
    SELECT id, community_id, type, title, summary, citation::jsonb, evidence_level, finding::jsonb, string_to_array(tags, ','), author_id, created_at, created_at
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[], $11::timestamptz[])
      AS x(id, community_id, type, title, summary, citation, evidence_level, finding, tags, author_id, created_at)`,
  knowledgeQual: `INSERT INTO knowledge_item_qualification (item_id, qualification_id) SELECT x.id, q.id FROM unnest($1::uuid[], $2::text[]) AS x(id, code) JOIN qualification q ON q.code = x.code`,
  knowledgeLevel: `INSERT INTO knowledge_item_level (item_id, level_id) SELECT x.id, l.id FROM unnest($1::uuid[], $2::int[]) AS x(id, n) JOIN level l ON l.number = x.n`,
  knowledgeForm: `INSERT INTO knowledge_item_collaboration_form (item_id, collaboration_form_id) SELECT x.id, f.id FROM unnest($1::uuid[], $2::text[]) AS x(id, code) JOIN collaboration_form f ON f.code = x.code`,
  cases: `INSERT INTO community_case (id, community_id, author_id, title, context, dilemma, tried, collaboration_form_id, tags, status, lessons_learned, resolved_at, created_at, updated_at)
    SELECT x.id, x.community_id, x.author_id, x.title, x.context, x.dilemma, x.tried, f.id, string_to_array(x.tags, ','),
      (CASE WHEN x.lessons IS NULL THEN 'OPEN' ELSE 'RESOLVED' END)::case_status, x.lessons, CASE WHEN x.lessons IS NOT NULL THEN x.created_at END, x.created_at, x.created_at
    FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[])
      AS x(id, community_id, author_id, title, context, dilemma, tried, form, tags, lessons, created_at)
    JOIN collaboration_form f ON f.code = x.form`,
  caseQual: `INSERT INTO case_qualification (case_id, qualification_id) SELECT x.id, q.id FROM unnest($1::uuid[], $2::text[]) AS x(id, code) JOIN qualification q ON q.code = x.code`,
  caseLevel: `INSERT INTO case_level (case_id, level_id) SELECT x.id, l.id FROM unnest($1::uuid[], $2::int[]) AS x(id, n) JOIN level l ON l.number = x.n`,
  responses: `INSERT INTO case_response (id, case_id, community_id, author_id, perspective, body, created_at, updated_at)
    SELECT id, case_id, community_id, author_id, perspective, body, created_at, created_at
    FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[]) AS x(id, case_id, community_id, author_id, perspective, body, created_at)`,
  messages: `INSERT INTO message (id, thread_id, community_id, seq, event_seq, author_id, body, created_at)
    SELECT id, thread_id, community_id, seq, seq, author_id, body, created_at
    FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::uuid[], $6::text[], $7::timestamptz[]) AS x(id, thread_id, community_id, seq, author_id, body, created_at)`,
  posts: `INSERT INTO community_post (id, community_id, author_id, body, created_at, updated_at)
    SELECT id, community_id, author_id, body, created_at, created_at
    FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS x(id, community_id, author_id, body, created_at)`,
};

const elapsed = (t0) => round(performance.now() - t0, 0);

/**
 * Inserts the bulk communities and --items content rows with multi-row INSERT ... SELECT unnest(...), in
 * transactions of --batch items, with row triggers and FK checks off (session_replication_role = replica).
 */
async function bulkLoad(db, { users, gqlCommunities, label }) {
  const C = corpus(42);
  const t0 = Date.parse('2021-01-01T00:00:00Z');
  const span = 4 * 365 * 864e5;
  const date = () => new Date(t0 + Math.floor(C.rnd() * span)).toISOString();
  const author = () => (C.rnd() < 0.7 ? users.bench : users.other);
  const out = { communities: { graphql: gqlCommunities.length, sql: 0, private: 0, benchUserMemberOfPrivate: 0 }, items: {}, rows: {} };

  await db.query(`SET session_replication_role = replica`);
  try {
    // Communities: the GraphQL ones plus bulk ones owned by the other user; the bench user joins 5 private ones.
    const nBulk = Math.max(0, opts.communities - gqlCommunities.length);
    const bulk = Array.from({ length: nBulk }, (_, i) => {
      C.newTopic();
      return { id: uid(`bench:community:${i}`), slug: `bench-${i + 1}`, name: `Leergemeenschap ${i + 1}: ${C.title(3, 90)}`, description: C.text(25 + Math.floor(C.rnd() * 40)), private: C.rnd() < 0.3, created: date() };
    });
    const communities = [...gqlCommunities.map((c) => ({ id: c.id, private: c.private })), ...bulk];
    if (bulk.length) {
      await db.query(SQL.communities, [bulk.map((c) => c.id), bulk.map((c) => c.slug), bulk.map((c) => c.name), bulk.map((c) => c.description), bulk.map((c) => (c.private ? 'PRIVATE' : 'PUBLIC')), users.other, bulk.map((c) => c.created)]);
      const joined = bulk.filter((c) => c.private).slice(0, MEMBER_OF_BULK_PRIVATE);
      const m = [...bulk.map((c) => [c.id, users.other, 'OWNER']), ...joined.map((c) => [c.id, users.bench, 'MEMBER'])];
      await db.query(SQL.members, [m.map((x) => x[0]), m.map((x) => x[1]), m.map((x) => x[2])]);
      out.communities.benchUserMemberOfPrivate = joined.length;
    }
    out.communities.sql = bulk.length;
    out.communities.private = communities.filter((c) => c.private).length;
    out.communities.benchUserMemberOfPrivate += gqlCommunities.filter((c) => c.private && c.benchMember).length;
    // One COMMUNITY thread per community; CASE threads when a case gets its first message.
    const threads = new Map(); // subject id -> { id, community, seq }
    const newThreads = [];
    const threadOf = (kind, subject, community) => {
      let t = threads.get(subject);
      if (!t) {
        t = { id: uid(`bench:thread:${subject}`), community, seq: 0 };
        threads.set(subject, t);
        newThreads.push([t.id, kind, subject, community, '2021-01-01T00:00:00Z']);
      }
      return t;
    };

    const cases = []; // { id, community }
    const cols = () => ({ knowledge: [], knowledgeQual: [], knowledgeLevel: [], knowledgeForm: [], cases: [], caseQual: [], caseLevel: [], responses: [], messages: [], posts: [] });
    let b = cols();
    const insert = async (key, rows) => {
      if (!rows.length) return;
      const n = rows[0].length;
      await db.query(SQL[key], Array.from({ length: n }, (_, i) => rows.map((r) => r[i])));
      out.rows[key] = (out.rows[key] ?? 0) + rows.length;
    };
    const flush = async () => {
      await db.query('BEGIN');
      if (newThreads.length) await insert('threads', newThreads.splice(0));
      for (const key of Object.keys(b)) await insert(key, b[key]);
      await db.query('COMMIT');
      b = cols();
    };
    const p = progress(`[${label}] load`, opts.items, 'items');
    for (let i = 0; i < opts.items; i++) {
      let r = C.rnd();
      let kind = 'POST';
      for (const [k, w] of KINDS) {
        if ((r -= w) < 0) {
          kind = k;
          break;
        }
      }
      if ((kind === 'RESPONSE' || kind === 'CASE_MESSAGE') && !cases.length) kind = 'CASE';
      if (kind === 'MESSAGE' && cases.length && C.rnd() < 0.2) kind = 'CASE_MESSAGE';
      C.newTopic();
      const id = uid(`bench:item:${i}`);
      const created = date();
      const words = 60 + Math.floor(C.rnd() * 120); // ~120 words on average, as in the spike
      const community = C.pick(communities).id;
      const tags = C.some(TAGS, 0, 3).join(',');
      out.items[kind] = (out.items[kind] ?? 0) + 1;
      if (kind === 'KNOWLEDGE_ITEM') {
        const type = C.pick(KNOWLEDGE_TYPES);
        const research = type === 'RESEARCH_FINDING';
        const citation = research
          ? JSON.stringify({ authors: C.some(SURNAMES, 1, 3).map((s) => `${s}, ${String.fromCharCode(65 + Math.floor(C.rnd() * 26))}.`), year: 2010 + Math.floor(C.rnd() * 15), title: C.title(6), container: C.pick(JOURNALS), volume: null, issue: null, pages: null, doi: null, url: null })
          : null;
        const finding = research ? JSON.stringify({ studyDesign: C.text(10), sample: C.text(8), practiceImplications: C.text(25) }) : null;
        const siteWide = C.rnd() < 0.7;
        b.knowledge.push([id, siteWide ? null : community, type, C.title(5 + Math.floor(C.rnd() * 7)), C.text(research ? words - 43 : words), citation, C.pick(EVIDENCE_LEVELS), finding, tags, author(), created]);
        for (const q of C.some(QUALS, 1, 3)) b.knowledgeQual.push([id, q]);
        for (const l of C.some([1, 2, 3, 4], 1, 2)) b.knowledgeLevel.push([id, l]);
        if (C.rnd() < 0.6) b.knowledgeForm.push([id, C.pick(FORMS)]);
      } else if (kind === 'CASE') {
        const lessons = C.rnd() < 0.2 ? C.text(15) : null;
        b.cases.push([id, community, author(), C.title(5 + Math.floor(C.rnd() * 7)), C.text(words * 0.4), C.text(words * 0.45), C.text(words * 0.15), C.pick(FORMS), tags, lessons, created]);
        for (const q of C.some(QUALS, 1, 3)) b.caseQual.push([id, q]);
        for (const l of C.some([1, 2, 3, 4], 1, 2)) b.caseLevel.push([id, l]);
        cases.push({ id, community });
      } else if (kind === 'RESPONSE') {
        const k = C.pick(cases);
        b.responses.push([id, k.id, k.community, author(), C.pick(PERSPECTIVES), C.text(words), created]);
      } else if (kind === 'MESSAGE' || kind === 'CASE_MESSAGE') {
        const k = kind === 'CASE_MESSAGE' ? C.pick(cases) : null;
        const t = k ? threadOf('CASE', k.id, k.community) : threadOf('COMMUNITY', community, community);
        b.messages.push([id, t.id, t.community, ++t.seq, author(), C.text(words), created]);
      } else {
        b.posts.push([id, community, author(), C.text(words), created]);
      }
      if ((i + 1) % opts.batch === 0) {
        await flush();
        p.tick(opts.batch);
      }
    }
    await flush();
    if (opts.items % opts.batch) p.tick(opts.items % opts.batch);
    await db.query(`UPDATE discussion_thread t SET last_seq = m.seq FROM (SELECT thread_id, max(seq) AS seq FROM message GROUP BY 1) m WHERE m.thread_id = t.id`);
    out.threads = threads.size;
  } finally {
    await db.query(`RESET session_replication_role`);
  }
  return out;
}

/** Logs `label: done / total (rate/s)` every 10 % or 10 s. */
function progress(label, total, unit) {
  const t0 = performance.now();
  let done = 0;
  let lastLog = t0;
  let lastPct = 0;
  return {
    tick(n = 1) {
      done += n;
      const now = performance.now();
      const pct = Math.floor((done / total) * 10);
      if (done === total || pct > lastPct || now - lastLog > 10_000) {
        lastPct = pct;
        lastLog = now;
        log(`  ${label}: ${done} / ${total} ${unit} (${round((done / (now - t0)) * 1000, 0)}/s, ${round((now - t0) / 1000, 1)} s)`);
      }
    },
    seconds: () => (performance.now() - t0) / 1000,
  };
}

// ---------------------------------------------------------------------------------------------
// Direct connections

async function openPostgres(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'kennislijn-bench-search' });
  await client.connect();
  return { client, close: () => client.end() };
}

/**
 * Opens the stopped server's embedded database (DATA_DIR/pglite) in this process and serves it on loopback
 * with PGLiteSocketServer, as libs/api/core/src/lib/database/embedded-postgres.ts does, holding its lock file.
 */
async function openPglite(dataDir) {
  const lockFile = join(dataDir, 'kennislijn.lock');
  if (existsSync(lockFile)) throw new Error(`${lockFile} exists: is the server still running?`);
  writeFileSync(lockFile, String(process.pid));
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(join(dataDir, 'pglite'), { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: HOST, port: 0, maxConnections: 2 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  const client = new pg.Client({ host, port: Number(port), user: 'postgres', password: 'postgres', database: 'postgres' });
  await client.connect();
  return {
    client,
    async close() {
      await client.end();
      await server.stop();
      await db.close();
      rmSync(lockFile, { force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The queries

/** The spike's 30 query classes (docs/search/spike.mjs), with words picked from the loaded vocabulary, plus a community filter and a form filter. */
function buildQueries(freq, nDocs, privateMemberId) {
  const near = (frac, skip = 0) => {
    const sorted = [...freq].sort((a, b) => Math.abs(a.ndoc - frac * nDocs) - Math.abs(b.ndoc - frac * nDocs) || (a.word < b.word ? -1 : 1));
    return sorted[skip].word;
  };
  const swap = (w) => w.slice(0, 3) + w[4] + w[3] + w.slice(5);
  const topic = buildVocabulary().topics[3].vocab;
  const compound = freq.find((f) => MODS.some((m) => f.word.startsWith(m)) && HEADS.some((h) => f.word.endsWith(h)) && f.ndoc < 0.01 * nDocs && f.ndoc > 0.001 * nDocs)?.word ?? 'ketenpartners';
  return [
    ['top word', freq[0].word],
    ['top word', freq[2].word],
    ['df ~3%', near(0.03)],
    ['df ~3%', near(0.03, 1)],
    ['df ~0.5%', near(0.005)],
    ['df ~0.5%', near(0.005, 1)],
    ['df ~0.05%', near(0.0005)],
    ['df ~0.05%', near(0.0005, 1)],
    ['domain word', 'samenwerking'],
    ['domain word', 'jongeren'],
    ['domain word', 'alliantie'],
    ['domain word', 'gezinnen'],
    ['compound', 'samenwerkingsrelatie'],
    ['compound', 'jeugdhulpverlener'],
    ['compound', 'gezinsplan'],
    ['compound', compound],
    ['two words', `${topic[10]} ${topic[30]}`],
    ['two words', 'samenwerking ouders'],
    ['two words', `${near(0.03)} ${near(0.005)}`],
    ['typo', 'allianite'],
    ['typo', 'samenwerkign'],
    ['typo', swap(near(0.005))],
    ['typo', 'pleegzrog'],
    ['phrase', '"samenwerking met ouders"'],
    ['filtered', 'alliantie', { types: ['KNOWLEDGE_ITEM'] }],
    ['filtered', near(0.03), { qualifications: ['B2'], levels: [3] }],
    ['filtered', 'jongeren', { tags: ['ouders'], from: '2023-01-01' }],
    ['filtered', 'samenwerking', { communityIds: [privateMemberId] }],
    ['filtered', 'veiligheid', { collaborationForms: ['MULTIPLE'], to: '2022-12-31' }],
    ['browse', '', { types: ['CASE'] }],
    ['browse', '', {}],
    ['3 top words OR', `${freq[0].word} OF ${freq[1].word} OF ${freq[2].word}`],
  ].map(([cls, text, filters = {}], i) => ({ i, cls, text, filters, label: `${text || '(no text)'}${Object.keys(filters).length ? ` ${JSON.stringify(filters).replace(/"[0-9a-f-]{36}"/g, '"<private, member>"')}` : ''}` }));
}
/** Indexes (into buildQueries) of the queries also sent anonymously. */
const ANON = [0, 4, 12, 19, 30];

const inputOf = (q) => ({ text: q.text || null, first: PAGE, ...q.filters });

/**
 * One search through the product's SearchService on the direct connection (no HTTP, no GraphQL). Returns the
 * total and the time of the analysis round trip, of the search statement and of the other statements.
 */
async function directSearch(ds, service, viewerId, q) {
  ds.log = [];
  const t0 = performance.now();
  const result = await service.search(viewerId, { offset: 0, ...inputOf(q) }, 'nl');
  const allMs = performance.now() - t0;
  const log = ds.log;
  ds.log = null;
  const isSearch = (x) => /FROM search_document d\b/.test(x.sql) && /'facets'/.test(x.sql);
  const sum = (xs) => xs.reduce((a, x) => a + x.ms, 0);
  const search = log.find(isSearch);
  return {
    total: result.total,
    statements: log.length,
    analyseMs: sum(log.filter((x) => x.sql === lib.ANALYZE_SQL)),
    searchMs: search?.ms ?? 0,
    otherMs: sum(log.filter((x) => x.sql !== lib.ANALYZE_SQL && !isSearch(x))),
    allMs,
    sql: search?.sql,
    params: search?.params,
  };
}

// ---------------------------------------------------------------------------------------------
// One database

async function benchDatabase(label, { databaseUrl, dataDir, dbName }, env) {
  const out = { database: label };
  const t0 = performance.now();
  const url0 = (s) => s.url;

  // 1. Users and communities through the API ------------------------------------------------------
  log(`[${label}] starting the API (migrations, reference data) ...`);
  let server = await startServer({ dataDir, databaseUrl, logLevel: opts.logLevel, seedDemo: false, env });
  out.firstReadyS = round(server.readyMs / 1000, 2);
  const stamp = Date.now().toString(36);
  const reg = async (who, name) =>
    (await mustGql(url0(server), Q.register, { input: { email: `bench-search-${who}-${stamp}@example.org`, password: PASSWORD, displayName: name, role: 'PROFESSIONAL', organisation: 'Benchmark' } }, undefined, `register ${who}`)).register;
  const bench = await reg('user', 'Sanne Zoeker');
  const other = await reg('other', 'Bo Buiten');
  const community = async (token, name, slug, visibility, description) =>
    (await mustGql(url0(server), Q.community, { input: { name, slug: `${slug}-${stamp}`, visibility, joinPolicy: visibility === 'PUBLIC' ? 'OPEN' : 'INVITE', description } }, token, `createCommunity ${slug}`)).createCommunity;
  const made = [
    { ...(await community(bench.accessToken, 'Jeugdzorg Utrecht', 'bench-utrecht', 'PUBLIC', 'Professionals in de jeugdzorg in en rond Utrecht delen casussen en kennis over samenwerking met gezinnen.')), private: false, benchMember: true },
    { ...(await community(bench.accessToken, 'Onderwijs en zorg', 'bench-onderwijs', 'PUBLIC', 'Leerkrachten, intern begeleiders en wijkteams over de samenwerking tussen school en zorg.')), private: false, benchMember: true },
    { ...(await community(bench.accessToken, 'Team Veilig Thuis', 'bench-veilig', 'PRIVATE', 'Besloten overleg van het team over meldingen en veiligheid in gezinnen.')), private: true, benchMember: true },
    { ...(await community(other.accessToken, 'Pleegzorg Noord', 'bench-pleegzorg', 'PUBLIC', 'Pleegouders en pleegzorgwerkers over matching, hechting en samenwerking.')), private: false, benchMember: false },
    { ...(await community(other.accessToken, 'Bestuurskamer', 'bench-bestuur', 'PRIVATE', 'Besloten: bestuurders over beleid, financiering en inkoop van jeugdhulp.')), private: true, benchMember: false },
  ];
  if (made.length !== GQL_COMMUNITIES) throw new Error('GQL_COMMUNITIES is out of date');
  const privateMember = made.find((c) => c.private && c.benchMember);
  const privateOther = made.find((c) => c.private && !c.benchMember);
  out.setupS = round((performance.now() - t0) / 1000, 1);
  await stopServer(server);

  // 2. Bulk load, rebuild, sizes, SQL-level timings ------------------------------------------------
  log(`[${label}] bulk load of ${opts.items} items with a direct connection (${dbName ? 'pg' : 'PGlite on the data dir, via pglite-socket'}) ...`);
  const conn = dbName ? await openPostgres(databaseUrl) : await openPglite(dataDir);
  const db = conn.client;
  const users = { bench: bench.user.id, other: other.user.id };
  try {
    const tLoad = performance.now();
    const loaded = await bulkLoad(db, { users, gqlCommunities: made, label });
    out.load = { seconds: round((performance.now() - tLoad) / 1000, 1), items: loaded.items, rows: loaded.rows, communities: loaded.communities, threads: loaded.threads };
    log(`  loaded in ${out.load.seconds} s: ${JSON.stringify(loaded.items)}`);

    log(`[${label}] SearchService.rebuild()${opts.fastRebuild ? ' with session_replication_role = replica (--fast-rebuild)' : ''} ...`);
    const ds = dataSourceOver(db, { replicaInTransactions: opts.fastRebuild });
    const service = new lib.SearchService(ds);
    out.rebuild = { fast: opts.fastRebuild };
    ds.log = [];
    const tRebuild = performance.now();
    out.rebuild.documents = await service.rebuild();
    out.rebuild.seconds = round((performance.now() - tRebuild) / 1000, 1);
    out.rebuild.steps = ds.log.map((x) => ({ step: statementName(x.sql), ms: round(x.ms, 0), rows: x.rows }));
    ds.log = null;
    for (const x of out.rebuild.steps) log(`  ${x.step}: ${round(x.ms / 1000, 1)} s (${x.rows ?? '-'} rows)`);
    const tVac = performance.now();
    await db.query('VACUUM ANALYZE');
    out.rebuild.vacuumAnalyzeS = round((performance.now() - tVac) / 1000, 1);
    log(`  rebuild ${out.rebuild.seconds} s, VACUUM ANALYZE ${out.rebuild.vacuumAnalyzeS} s`);

    // Sizes, shape of the data.
    const one = async (sql, params) => (await db.query(sql, params)).rows[0];
    out.sizes = await one(`SELECT
        pg_relation_size('search_document_tsv') AS gin_tsv,
        pg_total_relation_size('search_document') AS document_total,
        pg_relation_size('search_document') AS document_heap,
        coalesce((SELECT pg_total_relation_size(reltoastrelid) FROM pg_class WHERE oid = 'search_document'::regclass AND reltoastrelid <> 0), 0) AS document_toast,
        pg_indexes_size('search_document') AS document_indexes,
        pg_total_relation_size('search_term') AS term_total,
        pg_relation_size('search_term_word_trgm') AS term_trgm,
        (SELECT sum(pg_total_relation_size(t::regclass)) FROM unnest(ARRAY['knowledge_item', 'knowledge_item_qualification', 'knowledge_item_level', 'knowledge_item_collaboration_form',
          'community_case', 'case_qualification', 'case_level', 'case_response', 'discussion_thread', 'message', 'community_post', 'community']) t) AS content_total,
        pg_database_size(current_database()) AS database`);
    for (const k of Object.keys(out.sizes)) out.sizes[k] = Number(out.sizes[k]);
    const tFresh = performance.now();
    await db.query(`CREATE INDEX bench_fresh_tsv ON search_document USING gin (tsv)`);
    out.sizes.gin_tsv_built_at_once = Number((await one(`SELECT pg_relation_size('bench_fresh_tsv') AS n`)).n);
    out.sizes.ginBuildAtOnceMs = elapsed(tFresh);
    await db.query(`DROP INDEX bench_fresh_tsv`);
    out.shape = await one(`SELECT count(*)::int AS docs, avg(length(body))::int AS body_chars, avg(pg_column_size(tsv))::int AS tsv_bytes,
        (SELECT count(*)::int FROM search_term) AS vocabulary, (SELECT max(ndoc) FROM search_term) AS max_ndoc FROM search_document`);
    out.shape.byType = Object.fromEntries((await db.query(`SELECT type, count(*)::int AS n FROM search_document GROUP BY 1 ORDER BY 2 DESC`)).rows.map((r) => [r.type, r.n]));
    out.expected = await one(
      `SELECT count(*) FILTER (WHERE d.community_id IS NULL OR c.visibility = 'PUBLIC')::int AS anonymous,
              count(*) FILTER (WHERE d.community_id IS NULL OR c.visibility = 'PUBLIC' OR m.user_id IS NOT NULL)::int AS member,
              count(*) FILTER (WHERE d.community_id = $2)::int AS "inPrivateOther",
              count(*)::int AS "all"
       FROM search_document d LEFT JOIN community c ON c.id = d.community_id LEFT JOIN community_member m ON m.community_id = d.community_id AND m.user_id = $1`,
      [users.bench, privateOther.id],
    );
    out.publicCommunityIds = (await db.query(`SELECT id FROM community WHERE visibility = 'PUBLIC'`)).rows.map((r) => r.id);
    out.memberCommunityIds = (await db.query(`SELECT id FROM community WHERE visibility = 'PUBLIC' UNION SELECT community_id FROM community_member WHERE user_id = $1`, [users.bench])).rows.map((r) => r.id);
    // Query words come from the synthetic corpus only (the vocabulary also holds the few words of the communities made through GraphQL).
    const synthetic = new Set(buildVocabulary().vocab.map((w) => lib.fold(w)));
    const freq = (await db.query(`SELECT word, ndoc FROM search_term WHERE lexeme <> '' AND length(word) >= 5 ORDER BY ndoc DESC, word`)).rows.filter((r) => synthetic.has(r.word));
    out.queries = buildQueries(freq, out.shape.docs, privateMember.id);
    log(`  ${out.shape.docs} documents (${JSON.stringify(out.shape.byType)}), vocabulary ${out.shape.vocabulary} words; GIN ${mb(out.sizes.gin_tsv)}, search_document ${mb(out.sizes.document_total)}, search_term ${mb(out.sizes.term_total)}`);

    // The product's statements on this connection (no GraphQL): analysis round trip and search statement.
    if (!opts.noSql) {
      log(`[${label}] the product's search statements on the direct connection, ${opts.sqlRepeat} x ${out.queries.length} ...`);
      out.sql = {};
      for (const q of out.queries) {
        const runs = [];
        for (let k = 0; k < opts.sqlRepeat + 1; k++) runs.push(await directSearch(ds, service, users.bench, q));
        const timed = runs.slice(1); // the first is a warm-up
        const best = (key) => round(Math.min(...timed.map((r) => r[key])), 1);
        out.sql[q.i] = { total: timed[0].total, statements: timed[0].statements, analyseMs: best('analyseMs'), searchMs: best('searchMs'), otherMs: best('otherMs'), allMs: best('allMs') };
      }
      // Plans of the heaviest ones.
      out.explain = {};
      for (const i of [0, 30, 31]) {
        const q = out.queries[i];
        const r = await directSearch(ds, service, users.bench, q);
        out.explain[q.label] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${r.sql}`, r.params)).rows.map((x) => x['QUERY PLAN']);
      }
    }
  } finally {
    await conn.close();
  }

  // 3. Searches through GraphQL ----------------------------------------------------------------------
  log(`[${label}] starting the API on the loaded database ...`);
  server = await startServer({ dataDir, databaseUrl, logLevel: opts.logLevel, seedDemo: false, env });
  out.readyS = round(server.readyMs / 1000, 2);
  out.rssAfterReadyMb = rssMb(server.pid);
  const url = server.url;
  const token = (await mustGql(url, Q.login, { input: { email: `bench-search-user-${stamp}@example.org`, password: PASSWORD } }, undefined, 'login')).login.accessToken;

  const samples = [];
  const failures = [];
  const results = new Map(); // `${i}:${anon}` -> last data
  const one = async (q, anon, measured) => {
    const r = await gql(url, SEARCH, { input: inputOf(q) }, anon ? undefined : token);
    if (r.error) {
      failures.push({ q: q.label, anon, error: r.error, requestId: r.requestId });
      return;
    }
    results.set(`${q.i}:${anon}`, r.data.search);
    if (measured) samples.push({ i: q.i, cls: q.cls, anon, ms: r.ms, took: r.data.search.tookMs, sql: r.sql, bytes: r.bytes, total: r.data.search.total });
  };
  const pass = async (measured) => {
    for (const q of out.queries) await one(q, false, measured);
    for (const i of ANON) await one(out.queries[i], true, measured);
  };
  log(`[${label}] ${opts.warmup} warm-up pass(es), then ${opts.repeat} x (${out.queries.length} queries signed in + ${ANON.length} anonymously), sequential ...`);
  for (let k = 0; k < opts.warmup; k++) await pass(false);
  const cpu0 = cpuMs(server.pid);
  const tMeasure = performance.now();
  for (let k = 0; k < opts.repeat; k++) {
    await pass(true);
    log(`  pass ${k + 1}/${opts.repeat}: ${samples.length} samples, ${failures.length} failed, ${round((performance.now() - tMeasure) / 1000, 1)} s`);
  }
  const measuredS = (performance.now() - tMeasure) / 1000;
  const cpu1 = cpuMs(server.pid);

  // Permission checks (browsing totals against SQL counts, the other user's private community, facets).
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok, detail });
  const browseMember = await mustGql(url, SEARCH, { input: { first: PAGE } }, token, 'browse (member)');
  const browseAnon = await mustGql(url, SEARCH, { input: { first: PAGE } }, undefined, 'browse (anonymous)');
  check('browse total, signed in = SQL count of what the user may read', browseMember.search.total === out.expected.member, `${browseMember.search.total} vs ${out.expected.member}`);
  check('browse total, anonymous = SQL count of site-wide + public', browseAnon.search.total === out.expected.anonymous, `${browseAnon.search.total} vs ${out.expected.anonymous}`);
  for (const [who, t] of [['signed in', token], ['anonymous', undefined]]) {
    const r = await mustGql(url, SEARCH, { input: { first: PAGE, communityIds: [privateOther.id] } }, t, 'non-member private community');
    check(`other user's private community (${out.expected.inPrivateOther} documents), ${who}: 0 results`, r.search.total === 0 && r.search.hits.length === 0, `total ${r.search.total}`);
  }
  const allowedMember = new Set(out.memberCommunityIds);
  const allowedAnon = new Set(out.publicCommunityIds);
  let badFacets = 0;
  let badHits = 0;
  for (const [key, res] of results) {
    const allowed = key.endsWith(':true') ? allowedAnon : allowedMember;
    badFacets += res.facets.communities.filter((c) => !allowed.has(c.value)).length;
    badHits += res.hits.filter((h) => h.communityId && !allowed.has(h.communityId)).length;
  }
  check('no hit and no community facet from a community the viewer may not read (all queries)', badFacets === 0 && badHits === 0, `${badHits} hits, ${badFacets} facet values`);
  if (out.sql) {
    const differ = out.queries.filter((q) => results.get(`${q.i}:false`)?.total !== out.sql[q.i].total);
    check('GraphQL totals = totals of the same statements on the direct connection', differ.length === 0, differ.map((q) => `${q.label}: ${results.get(`${q.i}:false`)?.total} vs ${out.sql[q.i].total}`).join('; ') || 'all equal');
  }
  check('no failed request', failures.length === 0, failures.length ? `${failures.length}: ${[...new Set(failures.map((f) => withoutIds(f.error)))].slice(0, 3).join(' | ')}` : '0');
  if (failures.length) out.serverErrors = serverErrors(server, failures.map((f) => f.requestId).filter(Boolean).slice(0, 20));
  for (const c of checks) if (!c.ok) log(`  CHECK FAILED: ${c.name}: ${c.detail}`);

  const member = samples.filter((s) => !s.anon);
  const anon = samples.filter((s) => s.anon);
  const sqlCounts = {};
  for (const s of samples) sqlCounts[s.sql] = (sqlCounts[s.sql] ?? 0) + 1;
  out.search = {
    signedIn: stats(member.map((s) => s.ms)),
    signedInTookMs: stats(member.map((s) => s.took)),
    anonymous: anon.length ? stats(anon.map((s) => s.ms)) : null,
    all: stats(samples.map((s) => s.ms)),
    sqlStatementsPerRequest: sqlCounts,
    serverCpuMsPerRequest: cpu0 !== null && cpu1 !== null ? round((cpu1 - cpu0) / samples.length, 1) : null,
    seconds: round(measuredS, 1),
    failed: failures.length,
  };
  out.classes = [...new Set(out.queries.map((q) => q.cls))].map((cls) => {
    const s = member.filter((x) => x.cls === cls);
    const st = stats(s.map((x) => x.ms));
    const took = stats(s.map((x) => x.took));
    const sqlMs = out.sql ? out.queries.filter((q) => q.cls === cls).map((q) => out.sql[q.i].allMs) : [];
    return { cls, n: st.n, p50: st.p50, p95: st.p95, tookP50: took.p50, sqlBest: sqlMs.length ? round(Math.min(...sqlMs), 1) : null, sqlWorst: sqlMs.length ? round(Math.max(...sqlMs), 1) : null };
  });
  out.perQuery = out.queries.map((q) => {
    const s = member.filter((x) => x.i === q.i);
    const a = anon.filter((x) => x.i === q.i);
    const st = stats(s.map((x) => x.ms));
    return {
      cls: q.cls,
      query: q.label,
      total: results.get(`${q.i}:false`)?.total ?? null,
      totalAnonymous: a.length ? results.get(`${q.i}:true`)?.total : undefined,
      p50: st.p50,
      p95: st.p95,
      tookP50: stats(s.map((x) => x.took)).p50,
      anonymousP50: a.length ? stats(a.map((x) => x.ms)).p50 : undefined,
      parts: results.get(`${q.i}:false`)?.parts,
      sql: out.sql?.[q.i],
    };
  });
  out.checks = checks;
  out.rssAfterLoadMb = rssMb(server.pid);
  log(`  signed in p50 ${out.search.signedIn.p50} / p95 ${out.search.signedIn.p95} ms (tookMs p50 ${out.search.signedInTookMs.p50}); anonymous p50 ${out.search.anonymous?.p50} / p95 ${out.search.anonymous?.p95} ms; checks ${checks.every((c) => c.ok) ? 'ok' : 'FAILED'}`);
  await stopServer(server);
  out.totalS = round((performance.now() - t0) / 1000, 1);
  delete out.publicCommunityIds;
  delete out.memberCommunityIds;
  return out;
}

const mb = (bytes) => `${round(bytes / 1024 ** 2, 1)} MB`;
let lib;

// ---------------------------------------------------------------------------------------------
// Main

async function run() {
  const result = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAvg1mBefore: round(os.loadavg()[0], 2) },
    options: { ...opts, page: PAGE, query: SEARCH.replace(/\s+/g, ' ') },
  };
  if (opts.entry) {
    setEntry(opts.entry);
    result.build = await ensureBuilt();
  } else {
    if (opts.build || !existsSync(join(ROOT, ENTRY_PATH))) buildLocked();
    result.build = await ensureBuilt();
    result.build.built = opts.build;
    if (!opts.noSnapshot) {
      result.build.snapshot = snapshotBuild();
      log(`running a copy of the build: ${result.build.snapshot}`);
    }
  }
  lib = loadSearchLib();
  const env = { ACCESS_TOKEN_TTL_SECONDS: '3600' };
  const nodePath = nodePathFor(ENTRY);
  if (nodePath) env.NODE_PATH = nodePath;

  const cancelDeadline = hardDeadline(opts.deadlineS);
  const tRun = performance.now();
  result.databases = [];
  if (!opts.onlyPostgres) result.databases.push(await benchDatabase('embedded PGlite', { dataDir: tempDir('kennislijn-bench-search-') }, env));
  if (opts.postgres) {
    const db = createDatabase('kennislijn_bench_search');
    try {
      const r = await benchDatabase(`PostgreSQL ${db.version}`, { databaseUrl: db.url, dataDir: tempDir('kennislijn-bench-search-pg-'), dbName: db.name }, env);
      r.serverVersion = db.version;
      result.databases.push(r);
    } finally {
      dropDatabaseSync(db.name);
    }
  }
  result.socketRetries = socketRetries;
  result.machine.loadAvg1mAfter = round(os.loadavg()[0], 2);
  result.benchSeconds = round((performance.now() - tRun) / 1000, 1);
  cancelDeadline();
  return result;
}

function printSummary(r) {
  const m = r.machine;
  const rows = [];
  const add = (label, value) => rows.push([label, value]);
  const lat = (x) => (x ? `${x.p50} / ${x.p95} / ${x.p99} ms  (n=${x.n}, mean ${x.mean}, max ${x.max})` : '-');
  for (const d of r.databases) {
    const p = `[${d.database}] `;
    const s = d.sizes;
    add(`${p}documents (items + communities)`, `${d.shape.docs}: ${Object.entries(d.shape.byType).map(([k, v]) => `${k} ${v}`).join(', ')}; avg body ${d.shape.body_chars} chars, avg tsv ${d.shape.tsv_bytes} B; vocabulary ${d.shape.vocabulary} words`);
    add(`${p}communities / private / bench user member of private`, `${d.load.communities.graphql + d.load.communities.sql} / ${d.load.communities.private} / ${d.load.communities.benchUserMemberOfPrivate}; readable: signed in ${d.expected.member}, anonymous ${d.expected.anonymous} of ${d.expected.all} documents`);
    add(`${p}bulk load (triggers off) / SearchService.rebuild()${d.rebuild.fast ? ' (--fast-rebuild)' : ''} / VACUUM ANALYZE`, `${d.load.seconds} s / ${d.rebuild.seconds} s / ${d.rebuild.vacuumAnalyzeS} s`);
    for (const x of d.rebuild.steps.filter((x) => x.ms >= 100)) add(`${p}  rebuild: ${x.step}`, `${round(x.ms / 1000, 1)} s`);
    add(`${p}GIN search_document_tsv (built in one go)`, `${mb(s.gin_tsv)} (${mb(s.gin_tsv_built_at_once)} in ${round(s.ginBuildAtOnceMs / 1000, 1)} s)`);
    add(`${p}search_document total (heap / TOAST / indexes)`, `${mb(s.document_total)} (${mb(s.document_heap)} / ${mb(s.document_toast)} / ${mb(s.document_indexes)})`);
    add(`${p}search_term total (trigram index)`, `${mb(s.term_total)} (${mb(s.term_trgm)})`);
    add(`${p}content tables / whole database`, `${mb(s.content_total)} / ${mb(s.database)}`);
    add(`${p}SEARCH signed in: p50 / p95 / p99`, lat(d.search.signedIn));
    add(`${p}  server tookMs: p50 / p95 / p99`, lat(d.search.signedInTookMs));
    add(`${p}SEARCH anonymous (${ANON.length} queries): p50 / p95 / p99`, lat(d.search.anonymous));
    add(`${p}  SQL statements per request; API CPU per request`, `${Object.entries(d.search.sqlStatementsPerRequest).map(([k, v]) => `${k} (${v}x)`).join(', ')}; ${d.search.serverCpuMsPerRequest} ms`);
    for (const c of d.classes) add(`${p}  ${c.cls}: p50 / p95 (tookMs p50; SQL only, best..worst query)`, `${c.p50} / ${c.p95} ms (${c.tookP50}; ${c.sqlBest === null ? '-' : `${c.sqlBest}..${c.sqlWorst} ms`})`);
    add(`${p}checks`, d.checks.every((c) => c.ok) ? `all ${d.checks.length} passed` : `FAILED: ${d.checks.filter((c) => !c.ok).map((c) => `${c.name} (${c.detail})`).join('; ')}`);
    add(`${p}API start on the loaded database / RSS after ready / after searches`, `${d.readyS} s / ${d.rssAfterReadyMb} MB / ${d.rssAfterLoadMb} MB; whole database took ${d.totalS} s`);
  }
  printTable(
    `Kennislijn search benchmark  ${r.date}`,
    [
      `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, commit ${m.commit}${m.dirty ? ' (dirty)' : ''}; load average ${m.loadAvg1mBefore} before, ${m.loadAvg1mAfter} after`,
      `build: ${r.build.builtAt}${r.build.built ? ' (built now)' : ''}${r.build.newerSourceThanBuild ? ' (OLDER than the API sources: pass --build)' : ''}${r.build.snapshot ? ' (run from a copy)' : ''}; LOG_LEVEL=${r.options.logLevel}; loopback; bench took ${r.benchSeconds} s`,
      `${r.options.items} generated items; ${r.databases[0]?.queries.length} queries x ${r.options.repeat} signed in + ${ANON.length} x ${r.options.repeat} anonymously, sequential, first: ${PAGE}, full hits and facets`,
    ],
    rows,
    ['Latencies are client-side (fetch to parsed JSON, keep-alive, sequential), nearest rank. "SQL only" is the product\'s statements on a direct connection (best of --sql-repeat).'],
  );
  for (const d of r.databases) {
    console.log(`Per query [${d.database}]: total (signed in / anonymous), p50 / p95 ms, tookMs p50, SQL only: analysis + search statement + the other 2-3 statements (best of ${r.options.sqlRepeat})`);
    for (const q of d.perQuery) {
      const sql = q.sql ? `${q.sql.analyseMs} + ${q.sql.searchMs} + ${q.sql.otherMs} ms` : '';
      console.log(`  ${q.cls.padEnd(15)} ${q.query.slice(0, 70).padEnd(70)} ${String(q.total).padStart(6)}${q.totalAnonymous !== undefined ? ` / ${String(q.totalAnonymous).padStart(6)}` : '         '}  ${String(q.p50).padStart(7)} / ${String(q.p95).padStart(7)}  ${String(q.tookP50).padStart(7)}  ${sql}${q.parts?.length ? `  parts ${q.parts.join('+')}` : ''}`);
    }
    if (d.explain) {
      for (const [q, plan] of Object.entries(d.explain)) {
        const lines = [...plan.filter((l) => /Scan on|Sort Method|Heap Blocks|Rows Removed/.test(l)).slice(0, 10), ...plan.filter((l) => /^(Planning|Execution) Time/.test(l))];
        console.log(`  plan of "${q}" (EXPLAIN ANALYZE, key nodes):\n    ${lines.map((l) => l.replace(/\s*\(cost=[^)]*\)/, '').trimEnd()).join('\n    ')}`);
      }
    }
    console.log('');
  }
}

setKeepData(opts.keepData);
installSignalHandlers();

try {
  const result = await run();
  printSummary(result);
  console.log(`RESULT ${JSON.stringify(result)}`);
  const bad = result.databases.filter((d) => !d.checks.every((c) => c.ok));
  if (bad.length) {
    log(`checks failed on: ${bad.map((d) => d.database).join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  logServerTail(error);
  process.exitCode = 1;
} finally {
  await shutdown();
}
