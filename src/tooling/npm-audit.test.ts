import { describe, expect, it } from 'vitest';
import { readAudit } from './npm-audit.ts';

const report = (vulnerabilities: Record<string, { severity: string }>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } as Record<string, number>;
  for (const v of Object.values(vulnerabilities)) {
    counts[v.severity]! += 1;
    counts.total! += 1;
  }
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts, dependencies: { prod: 120 } } });
};

describe('readAudit', () => {
  it('passes a report with only low or moderate advisories, keeping their counts', () => {
    const outcome = readAudit(report({ a: { severity: 'low' }, b: { severity: 'moderate' } }));
    expect(outcome).toMatchObject({ kind: 'clean', counts: { low: 1, moderate: 1, total: 2 } });
  });

  it('names every package with a high or critical advisory', () => {
    const outcome = readAudit(report({ a: { severity: 'low' }, b: { severity: 'high' }, c: { severity: 'critical' } }));
    expect(outcome).toMatchObject({ kind: 'vulnerable', packages: ['b (high)', 'c (critical)'] });
  });

  it('tells an unreachable audit service apart from a clean report', () => {
    expect(readAudit(JSON.stringify({ error: { code: 'E405', summary: 'Method Not Allowed', detail: '' } }))).toEqual({
      kind: 'unanswered',
      reason: 'E405: Method Not Allowed',
    });
    const refused = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    };
    expect(readAudit(JSON.stringify(refused))).toEqual({ kind: 'unanswered', reason: refused.message });
    expect(readAudit('')).toMatchObject({ kind: 'unanswered' });
  });
});
