// npm run audit (part of npm test): npm's advisories for the packages this project installs.
// Fails (exit 1) only on a high or critical advisory in a runtime dependency, what the widget
// bundles or the receiver runs; advisories in dev dependencies (build, tests) are listed without
// failing. When the registry cannot be asked, it says so in capitals: nothing was checked.
import { execFile } from 'node:child_process';
import { parse, processIo, runIfMain, usage, type Io } from './lib/cli.ts';

const USAGE = 'npm run audit';
const FAILING = new Set(['high', 'critical']);

export interface AuditJson {
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; range?: string }>;
  error?: { code?: string; summary?: string };
  /** Set with `error` when the registry could not be reached. */
  message?: string;
}

export interface Verdict {
  unreachable?: string;
  /** "name (severity)" of runtime advisories that fail the audit. */
  failing: string[];
  /** "name (severity)" of everything else, runtime or dev, reported only. */
  reported: string[];
}

/** Sorts npm audit's answers for the runtime tree and the whole tree into what fails and what is told. */
export function judge(runtime: AuditJson, all: AuditJson): Verdict {
  const failed = [runtime, all].find((answer) => answer.error || !answer.vulnerabilities);
  if (failed || !runtime.vulnerabilities || !all.vulnerabilities)
    return { unreachable: failed?.message || failed?.error?.summary || failed?.error?.code || 'no answer', failing: [], reported: [] };
  const failing: string[] = [];
  const reported: string[] = [];
  for (const [name, v] of Object.entries(all.vulnerabilities)) {
    const inRuntime = name in runtime.vulnerabilities;
    const line = `${name} (${v.severity}${inRuntime ? ', runtime' : ', dev only'})`;
    (inRuntime && FAILING.has(v.severity) ? failing : reported).push(line);
  }
  return { failing, reported };
}

function npmAudit(args: string[]): Promise<AuditJson> {
  return new Promise((done) => {
    execFile('npm', ['audit', '--json', ...args], { maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout) => {
      try {
        done(JSON.parse(stdout) as AuditJson);
      } catch {
        done({ error: { summary: error?.message.split('\n')[0] ?? 'npm audit printed no JSON' } });
      }
    });
  });
}

export async function auditCommand(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv, {});
  if ('error' in args) return usage(io, 'audit', args.error, USAGE);
  const [runtime, all] = await Promise.all([npmAudit(['--omit=dev']), npmAudit([])]);
  const verdict = judge(runtime, all);
  if (verdict.unreachable) {
    io.err(`audit: NOT DONE: the npm registry could not be asked (${verdict.unreachable}), so no advisory was checked. Run npm run audit again with a connection.`);
    return 0;
  }
  for (const line of verdict.reported) io.out(`audit: reported, not failing: ${line}`);
  for (const line of verdict.failing) io.err(`audit: FAILS: ${line}: a high-severity advisory in a runtime dependency; update it (npm audit fix) or replace it.`);
  if (!verdict.failing.length) io.out(`audit: no high-severity advisory in a runtime dependency (${verdict.reported.length} other advisories reported).`);
  return verdict.failing.length ? 1 : 0;
}

runIfMain(import.meta, auditCommand);
