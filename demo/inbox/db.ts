import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Lead, StoredLead, TranscriptLine } from './types.ts';

export interface LeadStore {
  /** Commits the lead; true when it is new, false when this id was already stored. */
  insert(lead: Lead, receivedAt: string): boolean;
  /** Newest first. */
  list(): StoredLead[];
  close(): void;
}

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
}

// No column for IP address or user agent: we keep only what the visitor chose to send.
const SCHEMA = `CREATE TABLE IF NOT EXISTS leads (
  id TEXT PRIMARY KEY,
  received_at TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  message TEXT NOT NULL,
  consent INTEGER NOT NULL,
  transcript TEXT NOT NULL,
  page TEXT NOT NULL,
  submitted_at TEXT NOT NULL
)`;

export function openLeadStore(dbPath: string): LeadStore {
  const inMemory = dbPath === ':memory:' || dbPath === '';
  if (!inMemory) mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  // WAL + FULL: a committed insert survives a power cut, so a 2xx really means "delivered".
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insert = db.prepare(
    `INSERT OR IGNORE INTO leads (id, received_at, name, email, phone, message, consent, transcript, page, submitted_at)
     VALUES (@id, @receivedAt, @name, @email, @phone, @message, 1, @transcript, @page, @submittedAt)`,
  );
  // rowid breaks ties between leads received in the same millisecond.
  const select = db.prepare('SELECT * FROM leads ORDER BY received_at DESC, rowid DESC');

  return {
    insert(lead, receivedAt) {
      const result = insert.run({
        id: lead.id,
        receivedAt,
        name: lead.name,
        email: lead.email,
        phone: lead.phone,
        message: lead.message,
        transcript: JSON.stringify(lead.transcript),
        page: lead.page,
        submittedAt: lead.submittedAt,
      });
      return result.changes === 1;
    },
    list() {
      return (select.all() as Row[]).map(toLead);
    },
    close() {
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
