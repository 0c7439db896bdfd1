import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// tools/scripts/audit.mjs (npm run audit:deps) fed recorded `npm audit --json` answers: report
// format v2 with findings, one without high/critical, the registry's 405 (as seen on this machine)
// and a network failure.
const SCRIPT = join(__dirname, 'audit.mjs');
const FIXTURES = join(__dirname, '__fixtures__/audit');

function audit(fixture: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, '--report', join(FIXTURES, fixture)], { encoding: 'utf8', env: { PATH: process.env['PATH'], ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run audit:deps', () => {
  it('fails on high and critical advisories, naming package, severity, title and link', () => {
    const { code, err } = audit('report-vulnerable.json');
    expect(code).toBe(1);
    expect(err).toContain('advisories in runtime dependencies: 2 critical, 1 high, 0 moderate, 1 low');
    expect(err).toContain('form-data (critical, >=4.0.0 <4.0.4): fix with npm audit fix');
    expect(err).toContain('- [critical] form-data uses unsafe random function in form-data for choosing boundary https://github.com/advisories/GHSA-fjxv-7rqg-78g4');
    expect(err).toContain('axios (critical, 1.0.0 - 1.11.0): fix with npm audit fix\n    - through form-data');
    expect(err).toContain('ws (high, >=8.0.0 <8.17.1): fixed in socket.io@4.8.1');
    expect(err).toContain('https://github.com/advisories/GHSA-3h5v-q93c-6h6q');
    // Critical before high; low advisories are counted, not listed.
    expect(err.indexOf('axios (critical')).toBeLessThan(err.indexOf('ws (high'));
    expect(err).not.toContain('cookie (');
  });

  it('passes when nothing is high or critical', () => {
    const { code, out } = audit('report-moderate-only.json');
    expect(code).toBe(0);
    expect(out).toContain('0 critical, 0 high, 1 moderate, 1 low');
    expect(out).toContain('No high or critical advisories.');
  });

  it.each(['endpoint-405.json', 'network-error.json'])('warns and passes when the audit endpoint cannot be used (%s)', (fixture) => {
    const { code, out } = audit(fixture);
    expect(code).toBe(0);
    expect(out).toMatch(/^npm audit could not run: /);
    expect(out).toContain('WARNING: runtime dependencies were NOT checked');
  });

  it('fails then when AUDIT_REQUIRED=true', () => {
    const { code, err } = audit('endpoint-405.json', { AUDIT_REQUIRED: 'true' });
    expect(code).toBe(1);
    expect(err).toContain('npm audit could not run: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk');
    expect(err).toContain('AUDIT_REQUIRED=true: failing');
  });
});
