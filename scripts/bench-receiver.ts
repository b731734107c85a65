// npm run bench:receiver: the receiver under load, on this machine's loopback only, bounded in time.
// Prints figures and never fails on them, except when an acknowledged lead is lost (exit 1):
//   (a) POST /api/leads with autocannon: requests per second and p99 latency;
//   (b) the same load with the receiver killed (-9) half-way: every lead answered 2xx must be
//       there after a restart;
//   (c) 100,000 leads: the time for the first page of /leads, and the receiver's memory while
//       it streams the CSV (constant, not growing with the table).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { openStore } from '../receiver/store.ts';

const SECONDS = 8;
const FILL = 100_000;
const PASSWORD = 'bench receiver password';
const ORIGIN = 'https://www.clinic.example';
const data = mkdtempSync(join(tmpdir(), 'faq-bench-receiver-'));
const auth = { Authorization: `Bearer ${PASSWORD}` };
// The whole run is bounded: whatever hangs, the process ends.
setTimeout(() => (console.error('bench:receiver: took over 5 minutes; stopped.'), process.exit(1)), 5 * 60_000).unref();

interface Child {
  url: string;
  process: ChildProcess;
}

function startChild(): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'lib/bench-receiver-child.ts')], {
    env: { ...process.env, RECEIVER_DATA: data, RECEIVER_PASSWORD: PASSWORD, ALLOWED_ORIGINS: ORIGIN, RETENTION_DAYS: '3650' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the receiver exited with ${code} before listening`)));
    createInterface({ input: child.stdout! }).once('line', (url) => done({ url, process: child }));
  });
}

const stop = (child: Child, signal: NodeJS.Signals) =>
  new Promise<void>((done) => {
    child.process.removeAllListeners('exit');
    child.process.once('exit', () => done());
    child.process.kill(signal);
  });

let sequence = 0;
function lead(id: string) {
  return {
    id,
    name: 'Bench Visitor',
    email: 'visitor@example.com',
    phone: '',
    message: 'Do you have an appointment on Tuesday afternoon for my knee?',
    consent: true,
    transcript: [
      { from: 'visitor', text: 'how long is a first appointment?', at: '2026-11-26T10:00:00.000Z' },
      { from: 'bot', text: 'A first appointment takes about an hour, including the assessment.', at: '2026-11-26T10:00:00.100Z' },
    ],
    page: `${ORIGIN}/`,
    submittedAt: '2026-11-26T10:00:05.000Z',
    _gotcha: '',
  };
}

/** POSTs a new lead per request for `seconds`; `acked` collects the ids answered 2xx. */
function load(url: string, seconds: number, acked: Set<string>): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/api/leads`,
    connections: 20,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const id = `bench-${process.pid}-${++sequence}`;
          return { ...request, headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'Idempotency-Key': id }, body: JSON.stringify(lead(id)) };
        },
        onResponse: (status, body) => {
          if (status >= 200 && status < 300) acked.add((JSON.parse(body) as { id: string }).id);
        },
      },
    ],
  });
}

async function storedIds(url: string): Promise<Set<string>> {
  const res = await fetch(`${url}/leads.json`, { headers: auth });
  return new Set(((await res.json()) as { leads: { id: string }[] }).leads.map((l) => l.id));
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

async function main(): Promise<number> {
  // (a) throughput
  let child = await startChild();
  const acked = new Set<string>();
  const result = await load(child.url, SECONDS, acked);
  console.log(`POST /api/leads, ${result.connections} connections, ${SECONDS} s: ${Math.round(result.requests.average)} requests/s, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors`);

  // (b) kill -9 half-way through a second run
  const running = load(child.url, 4, acked);
  await new Promise((done) => setTimeout(done, 2000));
  await stop(child, 'SIGKILL');
  await running;
  child = await startChild();
  const stored = await storedIds(child.url);
  const lost = [...acked].filter((id) => !stored.has(id));
  console.log(`kill -9 during load: ${acked.size} leads acknowledged, ${lost.length} missing after restart`);

  // (c) 100,000 leads: filled straight into the store while the receiver is stopped
  await stop(child, 'SIGTERM');
  const store = openStore(data);
  const start = Date.now() - FILL * 1000;
  for (let i = stored.size; i < FILL; i++) store.insert({ ...lead(`fill-${i}`), consent: true } as never, String(i), new Date(start + i * 1000).toISOString());
  store.close();
  child = await startChild();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const res = await fetch(`${child.url}/leads`, { headers: auth });
    await res.text();
    times.push(performance.now() - began);
  }
  console.log(`first page of /leads with ${FILL.toLocaleString('en')} leads: ${times.map((t) => t.toFixed(0)).join(', ')} ms (goal: under 200 ms)`);

  const pid = child.process.pid!;
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const began = performance.now();
  const res = await fetch(`${child.url}/leads.csv`, { headers: auth });
  let bytes = 0;
  const reader = res.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.length;
  clearInterval(sampler);
  console.log(`CSV of ${FILL.toLocaleString('en')} leads: ${(bytes / 1048576).toFixed(1)} MB in ${((performance.now() - began) / 1000).toFixed(1)} s; receiver memory ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak`);
  await stop(child, 'SIGTERM');
  return lost.length ? 1 : 0;
}

main()
  .then((code) => (process.exitCode = code))
  .catch((error) => {
    console.error(`bench:receiver: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(data, { recursive: true, force: true }));
