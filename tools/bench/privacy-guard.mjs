#!/usr/bin/env node
// Privacy guard benchmark: quality and speed of libs/shared/privacy on its evaluation corpus
// (libs/shared/privacy/corpus/planted.json and clean.json, made by corpus/generate.mjs).
//
//   node tools/bench/privacy-guard.mjs [--rounds 10] [--samples 400] [--show 20]
//
// Prints recall, exact-span rate and precision per kind on the texts with planted identifiers, false
// positives per 2,000 words on the clean texts, throughput in words per second and the time for one
// 500-word text (p50/p95/max; the guard runs on every keystroke pause in the browser). Exits 1 when a
// target is missed. The TypeScript sources are transpiled in memory to a temp dir (no build needed).
// Plain Node ESM; only `typescript` from the workspace. Progress goes to stderr, one line `RESULT {json}` at the end.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIB = join(ROOT, 'libs/shared/privacy');
const USAGE = 'usage: node tools/bench/privacy-guard.mjs [--rounds N] [--samples N] [--show N]';

const opts = { rounds: 10, samples: 400, show: 20 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const key = { '--rounds': 'rounds', '--samples': 'samples', '--show': 'show' }[argv[i]];
  if (argv[i] === '--help' || argv[i] === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  const value = Number(argv[++i]);
  if (!key || !Number.isInteger(value) || value < 0) {
    console.error(USAGE);
    process.exit(2);
  }
  opts[key] = value;
}

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const pct = (x) => (x === null ? '  -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function nearestRank(samples, p) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

// Transpile every non-test .ts file of the library to CommonJS in a temp dir and load it from there.
function loadLibrary() {
  const out = mkdtempSync(join(os.tmpdir(), 'privacy-guard-'));
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) {
        const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
          fileName: path,
        });
        const target = join(out, relative(join(LIB, 'src'), path)).replace(/\.ts$/, '.js');
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, outputText);
      }
    }
  };
  walk(join(LIB, 'src'));
  const require = createRequire(join(out, 'index.js'));
  const lib = { guard: require('./index.js'), evaluation: require('./evaluation/evaluate.js') };
  return { lib, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

const { lib, cleanup } = loadLibrary();
process.on('exit', cleanup);
const { checkPrivacy, PRIVACY_KINDS } = lib.guard;
const { evaluate, countWords, missedTargets, PRIVACY_TARGETS } = lib.evaluation;

const planted = JSON.parse(readFileSync(join(LIB, 'corpus/planted.json'), 'utf8'));
const clean = JSON.parse(readFileSync(join(LIB, 'corpus/clean.json'), 'utf8'));
log(`corpus: ${planted.length} planted texts, ${clean.length} clean texts`);

// Quality.
const e = evaluate(planted, clean);
const rows = PRIVACY_KINDS.map((kind) => {
  const s = e.perKind[kind];
  return [kind, s.planted, s.caught, pct(s.recall), pct(s.planted ? s.exact / s.planted : null), s.findings, pct(s.precision), `>= ${(PRIVACY_TARGETS.recall[kind] * 100).toFixed(0)}%`];
});
const total = PRIVACY_KINDS.reduce((acc, k) => ({ planted: acc.planted + e.perKind[k].planted, caught: acc.caught + e.perKind[k].caught, findings: acc.findings + e.perKind[k].findings, correct: acc.correct + e.perKind[k].correct }), { planted: 0, caught: 0, findings: 0, correct: 0 });

// Speed: whole corpus several times, then single 500-word texts one call at a time.
const texts = [...planted, ...clean].map((d) => d.text);
const corpusWords = texts.reduce((n, t) => n + countWords(t), 0);
for (const t of texts) checkPrivacy(t);
const t0 = performance.now();
for (let r = 0; r < opts.rounds; r++) for (const t of texts) checkPrivacy(t);
const elapsed = performance.now() - t0;
const wordsPerSecond = (corpusWords * opts.rounds) / (elapsed / 1000);

const joined = texts.join('\n\n');
const wordStarts = [...joined.matchAll(/\S+/g)].map((m) => m.index);
const windows = [];
for (let i = 0; i + 500 < wordStarts.length; i += 250) windows.push(joined.slice(wordStarts[i], wordStarts[i + 500]));
const samples = [];
for (let i = 0; i < opts.samples; i++) {
  const text = windows[i % windows.length];
  const s = performance.now();
  checkPrivacy(text);
  samples.push(performance.now() - s);
}

console.log('');
console.log('Privacy guard: planted corpus (recall = planted identifiers overlapped by a finding of the same kind)');
console.log(`${'kind'.padEnd(10)} ${'planted'.padStart(7)} ${'caught'.padStart(7)} ${'recall'.padStart(7)} ${'exact'.padStart(7)} ${'found'.padStart(6)} ${'precision'.padStart(9)}  target`);
console.log('-'.repeat(74));
for (const [kind, p, c, r, x, f, pr, t] of rows) console.log(`${kind.padEnd(10)} ${String(p).padStart(7)} ${String(c).padStart(7)} ${r.padStart(7)} ${x.padStart(7)} ${String(f).padStart(6)} ${pr.padStart(9)}  ${t}`);
console.log('-'.repeat(74));
console.log(`${'all'.padEnd(10)} ${String(total.planted).padStart(7)} ${String(total.caught).padStart(7)} ${pct(total.caught / total.planted).padStart(7)} ${''.padStart(7)} ${String(total.findings).padStart(6)} ${pct(total.correct / total.findings).padStart(9)}`);
console.log('');
console.log(`Clean corpus: ${e.clean.texts} texts, ${e.clean.words} words, ${e.clean.findings} false positives = ${e.clean.per2000Words.toFixed(2)} per 2,000 words (target <= ${PRIVACY_TARGETS.falsePositivesPer2000Words}) ${JSON.stringify(e.clean.perKind)}`);
console.log(`Speed: ${Math.round(wordsPerSecond).toLocaleString('en')} words/s (${opts.rounds} rounds over ${corpusWords} words); one 500-word text: p50 ${nearestRank(samples, 50).toFixed(3)} ms, p95 ${nearestRank(samples, 95).toFixed(3)} ms, max ${Math.max(...samples).toFixed(3)} ms (${samples.length} calls)`);

const show = (title, list) => {
  if (!list.length || !opts.show) return;
  console.log(`\n${title} (${list.length}${list.length > opts.show ? `, first ${opts.show}` : ''}):`);
  for (const m of list.slice(0, opts.show)) console.log(`  ${m.kind.padEnd(9)} ${JSON.stringify(m.text)}  [${m.id}] ...${m.context}...${m.found ? `  (found ${m.found})` : ''}`);
};
show('Missed', e.missed);
show('Wrong (finding without a planted identifier of that kind)', e.wrong);
show('Clean-text findings', e.clean.examples);

const missed = missedTargets(e);
console.log(missed.length ? `\nTargets MISSED:\n  ${missed.join('\n  ')}` : '\nTargets: all met');
const result = {
  perKind: Object.fromEntries(PRIVACY_KINDS.map((k) => [k, { planted: e.perKind[k].planted, recall: e.perKind[k].recall === null ? null : round(e.perKind[k].recall, 4), precision: e.perKind[k].precision === null ? null : round(e.perKind[k].precision, 4) }])),
  clean: { words: e.clean.words, falsePositives: e.clean.findings, per2000Words: round(e.clean.per2000Words, 3) },
  speed: { wordsPerSecond: Math.round(wordsPerSecond), ms500Words: { p50: round(nearestRank(samples, 50), 3), p95: round(nearestRank(samples, 95), 3) } },
  targetsMet: missed.length === 0,
  node: process.version,
};
console.log(`RESULT ${JSON.stringify(result)}`);
process.exitCode = missed.length ? 1 : 0;
