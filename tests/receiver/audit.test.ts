// The audit in CI (issue 14, item 9): fails only on a high advisory in a runtime dependency.
import { describe, expect, it } from 'vitest';
import { judge, type AuditJson } from '../../scripts/audit.ts';

const vuln = (severity: string) => ({ severity, via: [] });

describe('the audit', () => {
  it('fails on a high or critical advisory in a runtime dependency', () => {
    const runtime: AuditJson = { vulnerabilities: { hono: vuln('high') } };
    const all: AuditJson = { vulnerabilities: { hono: vuln('high'), vite: vuln('critical') } };
    expect(judge(runtime, all)).toEqual({ failing: ['hono (high, runtime)'], reported: ['vite (critical, dev only)'] });
  });

  it('reports a dev-only or moderate advisory without failing', () => {
    const runtime: AuditJson = { vulnerabilities: { preact: vuln('moderate') } };
    const all: AuditJson = { vulnerabilities: { preact: vuln('moderate'), vitest: vuln('high') } };
    expect(judge(runtime, all).failing).toEqual([]);
    expect(judge(runtime, all).reported).toHaveLength(2);
  });

  it('says the registry could not be asked rather than passing silently', () => {
    const down: AuditJson = { message: 'request failed, reason: connect ECONNREFUSED', error: { summary: '' } };
    expect(judge(down, { vulnerabilities: {} }).unreachable).toMatch(/ECONNREFUSED/);
    expect(judge({ vulnerabilities: {} }, {}).unreachable).toBe('no answer');
  });
});
