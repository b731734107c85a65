// Leads in SQLite (better-sqlite3). A committed insert survives a power cut (WAL + FULL), so a 2xx
// really means "delivered". No column for IP address or user agent: only what the visitor sent.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Lead, TranscriptLine } from './lead-schema.ts';

export interface StoredLead extends Lead {
  receivedAt: string;
  handled: boolean;
}

export type InsertResult = 'new' | 'replay' | 'conflict';

export interface Page {
  leads: StoredLead[];
  total: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS leads (
  id TEXT PRIMARY KEY, received_at TEXT NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL,
  message TEXT NOT NULL, consent INTEGER NOT NULL, transcript TEXT NOT NULL, page TEXT NOT NULL, submitted_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS leads_received ON leads (received_at);
-- Idempotency keys outlive an erased lead, so a queued retry cannot bring it back.
CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, created_at TEXT NOT NULL);`;

interface Row {
  id: string;
  received_at: string;
  name: string;
  email: string;
  phone: string;
  message: string;
  transcript: string;
  page: string;
  submitted_at: string;
  handled: number;
}

/** The database file was deleted or replaced while running: writing on would lose leads at restart. */
export class StoreGoneError extends Error {}

export type LeadStore = ReturnType<typeof openStore>;

export function openStore(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'leads.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  if (!db.prepare("SELECT 1 FROM pragma_table_info('leads') WHERE name = 'handled'").get()) db.exec('ALTER TABLE leads ADD COLUMN handled INTEGER NOT NULL DEFAULT 0');
  const opened = statSync(path);

  const findKey = db.prepare<[string], { fingerprint: string }>('SELECT fingerprint FROM idempotency WHERE key = ?');
  const addKey = db.prepare('INSERT INTO idempotency (key, fingerprint, created_at) VALUES (?, ?, ?)');
  const addLead = db.prepare(`INSERT INTO leads (id, received_at, name, email, phone, message, consent, transcript, page, submitted_at)
    VALUES (@id, @receivedAt, @name, @email, @phone, @message, 1, @transcript, @page, @submittedAt)`);
  const insert = db.transaction((lead: Lead, fingerprint: string, receivedAt: string): InsertResult => {
    const known = findKey.get(lead.id);
    if (known) return known.fingerprint === fingerprint ? 'replay' : 'conflict';
    addKey.run(lead.id, fingerprint, receivedAt);
    addLead.run({ ...lead, receivedAt, transcript: JSON.stringify(lead.transcript) });
    return 'new';
  });
  // The search covers what an owner remembers: name, contact details and the message.
  const WHERE = "(@q = '' OR name LIKE @like ESCAPE '\\' OR email LIKE @like ESCAPE '\\' OR phone LIKE @like ESCAPE '\\' OR message LIKE @like ESCAPE '\\')";
  const pageStmt = db.prepare<{ q: string; like: string; limit: number; offset: number }, Row>(
    `SELECT * FROM leads WHERE ${WHERE} ORDER BY received_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
  );
  const countStmt = db.prepare<{ q: string; like: string }, { n: number }>(`SELECT COUNT(*) AS n FROM leads WHERE ${WHERE}`);
  // Keyset pages for the exports: no iterator held open across awaits, which would block writes.
  const after = db.prepare<{ at: string; rowid: number; limit: number }, Row & { rowid: number }>(
    'SELECT rowid, * FROM leads WHERE (received_at, rowid) < (@at, @rowid) ORDER BY received_at DESC, rowid DESC LIMIT @limit',
  );
  const one = db.prepare<[string], Row>('SELECT * FROM leads WHERE id = ?');
  const mark = db.prepare('UPDATE leads SET handled = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM leads WHERE id = ?');
  const purgeLeads = db.prepare('DELETE FROM leads WHERE received_at < ?');
  const purgeKeys = db.prepare('DELETE FROM idempotency WHERE created_at < ?');

  /** Throws StoreGoneError when the file on disk is no longer the one opened. */
  function checkFile(): void {
    let now;
    try {
      now = statSync(path);
    } catch {
      throw new StoreGoneError(`the database file ${path} was deleted while the receiver was running; restart it to create a new one.`);
    }
    if (now.ino !== opened.ino || now.dev !== opened.dev) throw new StoreGoneError(`the database file ${path} was replaced while the receiver was running; restart it to open the new one.`);
  }

  return {
    path,
    checkFile,
    /** Bytes the database takes, for the DB_MAX_MB cap. */
    size: (): number => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number),
    insert(lead: Lead, fingerprint: string, receivedAt = new Date().toISOString()): InsertResult {
      checkFile();
      return insert(lead, fingerprint, receivedAt);
    },
    page(q: string, page: number, perPage: number): Page {
      const like = '%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
      return {
        leads: pageStmt.all({ q, like, limit: perPage, offset: (page - 1) * perPage }).map(toLead),
        total: countStmt.get({ q, like })?.n ?? 0,
      };
    },
    /** Every lead, newest first, `batch` rows at a time. */
    *batches(batch = 500): Generator<StoredLead[]> {
      let cursor = { at: '\uffff', rowid: Number.MAX_SAFE_INTEGER };
      for (;;) {
        const rows = after.all({ ...cursor, limit: batch });
        if (!rows.length) return;
        const last = rows[rows.length - 1];
        cursor = { at: last.received_at, rowid: last.rowid };
        yield rows.map(toLead);
      }
    },
    get: (id: string): StoredLead | undefined => {
      const row = one.get(id);
      return row && toLead(row);
    },
    setHandled: (id: string, handled: boolean): boolean => (checkFile(), mark.run(handled ? 1 : 0, id).changes === 1),
    delete: (id: string): boolean => (checkFile(), remove.run(id).changes === 1),
    /** Deletes leads received before `cutoff`; returns how many. */
    purge(cutoff: Date): number {
      const iso = cutoff.toISOString();
      purgeKeys.run(iso);
      return purgeLeads.run(iso).changes;
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}

function toLead(row: Row): StoredLead {
  return {
    id: row.id,
    receivedAt: row.received_at,
    name: row.name,
    email: row.email,
    phone: row.phone,
    message: row.message,
    consent: true,
    transcript: parseTranscript(row.transcript),
    page: row.page,
    submittedAt: row.submitted_at,
    handled: row.handled === 1,
  };
}

function parseTranscript(text: string): TranscriptLine[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as TranscriptLine[]) : [];
  } catch {
    return [];
  }
}
