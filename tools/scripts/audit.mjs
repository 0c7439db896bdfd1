// npm run audit:deps: fails when a runtime dependency (npm audit --omit=dev) has a high or critical
// advisory, naming package, severity, title and link. When the registry's audit endpoint cannot be
// reached (offline, a mirror without it: some answer 405), it warns and passes, unless
// AUDIT_REQUIRED=true. `--report <file>` reads a saved `npm audit --json` answer instead (tests).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const FAILING = new Set(['high', 'critical']);
const RANK = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 };

/**
 * What to do with the text `npm audit --json` printed:
 * `{ status: 'ok', counts }`, `{ status: 'vulnerable', findings, counts }` (high/critical only) or
 * `{ status: 'unavailable', reason }` (no report: endpoint error, network, anything unreadable).
 */
export function readAudit(text) {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    return { status: 'unavailable', reason: 'npm audit printed no JSON report' };
  }
  if (!report || typeof report !== 'object' || !report.vulnerabilities || typeof report.vulnerabilities !== 'object') {
    const reason = report?.message || report?.error?.summary || report?.error?.code || 'npm audit gave no report';
    return { status: 'unavailable', reason: String(reason) };
  }
  const findings = [];
  for (const [name, entry] of Object.entries(report.vulnerabilities)) {
    if (!FAILING.has(entry?.severity)) continue;
    const advisories = [];
    const through = [];
    for (const via of entry.via ?? []) {
      if (typeof via === 'string') through.push(via);
      else if (via && typeof via === 'object') advisories.push({ title: String(via.title ?? ''), url: String(via.url ?? ''), severity: String(via.severity ?? entry.severity), range: String(via.range ?? '') });
    }
    findings.push({ name, severity: entry.severity, range: String(entry.range ?? ''), advisories, through, fixAvailable: entry.fixAvailable ?? false });
  }
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.name.localeCompare(b.name));
  const counts = report.metadata?.vulnerabilities ?? {};
  return findings.length ? { status: 'vulnerable', findings, counts } : { status: 'ok', counts };
}

/** The lines to print and the exit code for a reading; `required` makes an unavailable audit fail. */
export function decide(reading, { required = false } = {}) {
  if (reading.status === 'unavailable') {
    const lines = [
      `npm audit could not run: ${reading.reason}`,
      required
        ? 'AUDIT_REQUIRED=true: failing, because the runtime dependencies could not be checked.'
        : 'WARNING: runtime dependencies were NOT checked for advisories (set AUDIT_REQUIRED=true to fail instead).',
    ];
    return { code: required ? 1 : 0, lines };
  }
  const c = reading.counts;
  const summary = `advisories in runtime dependencies: ${c.critical ?? 0} critical, ${c.high ?? 0} high, ${c.moderate ?? 0} moderate, ${c.low ?? 0} low`;
  if (reading.status === 'ok') return { code: 0, lines: [summary, 'No high or critical advisories.'] };
  const lines = [summary, 'High or critical advisories in runtime dependencies:'];
  for (const f of reading.findings) {
    lines.push(`  ${f.name} (${f.severity}${f.range ? `, ${f.range}` : ''})${fixText(f.fixAvailable)}`);
    for (const a of f.advisories) lines.push(`    - [${a.severity}] ${a.title}${a.url ? ` ${a.url}` : ''}`);
    if (f.through.length) lines.push(`    - through ${f.through.join(', ')}`);
  }
  return { code: 1, lines };
}

function fixText(fix) {
  if (fix === true) return ': fix with npm audit fix';
  if (fix && typeof fix === 'object') return `: fixed in ${fix.name}@${fix.version}${fix.isSemVerMajor ? ' (major upgrade)' : ''}`;
  return ': no fix available yet';
}

function main() {
  const at = process.argv.indexOf('--report');
  let text;
  if (at > 0) {
    text = readFileSync(process.argv[at + 1], 'utf8');
  } else {
    // npm exits 1 both for findings and for failures, so the JSON decides, not the exit code.
    const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    text = result.error ? '' : result.stdout;
  }
  const { code, lines } = decide(readAudit(text), { required: process.env.AUDIT_REQUIRED === 'true' });
  (code ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
  process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
