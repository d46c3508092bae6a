/**
 * Reads the JSON of `npm audit --omit=dev --json` (npm 11): the runtime dependencies'
 * advisories at high or critical severity, or why the audit service gave no answer.
 */
export type AuditOutcome =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'vulnerable'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unanswered'; reason: string };

const BLOCKING = new Set(['high', 'critical']);

interface AuditReport {
  /** Set, with `message`, when the audit service refused the request. */
  error?: { code?: string; summary?: string };
  message?: string;
  vulnerabilities?: Record<string, { severity: string }>;
  metadata?: { vulnerabilities?: Record<string, number> };
}

export function readAudit(json: string): AuditOutcome {
  let report: AuditReport;
  try {
    report = JSON.parse(json) as AuditReport;
  } catch {
    return { kind: 'unanswered', reason: `npm audit printed no JSON: ${json.trim().slice(0, 200) || '(nothing)'}` };
  }
  if (report.error || !report.metadata?.vulnerabilities) {
    return { kind: 'unanswered', reason: report.message || [report.error?.code, report.error?.summary].filter(Boolean).join(': ') || 'no report' };
  }
  const counts = report.metadata.vulnerabilities;
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.has(v.severity))
    .map(([name, v]) => `${name} (${v.severity})`);
  return packages.length > 0 ? { kind: 'vulnerable', counts, packages } : { kind: 'clean', counts };
}
