import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasPassword } from './auth.ts';
import { leadsToCsv } from './csv.ts';
import type { LeadStore } from './db.ts';
import { sendError, sendJson } from './http.ts';
import { leadsPage, PAGE_CSP } from './page.ts';

export const READ_ROUTES = ['/leads', '/leads.csv', '/leads.json'] as const;
export type ReadRoute = (typeof READ_ROUTES)[number];

const PRIVATE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** The clinic's views of its leads: HTML page, CSV download and JSON. */
export function handleRead(req: IncomingMessage, res: ServerResponse, route: ReadRoute, store: LeadStore, password: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
  if (password && !hasPassword(req, password)) {
    return sendError(res, 401, 'password required', { 'WWW-Authenticate': 'Basic realm="Clinic inbox", charset="UTF-8"' });
  }
  const leads = store.list();
  if (route === '/leads.json') return sendJson(res, 200, { leads });
  const [type, text, extra] =
    route === '/leads.csv'
      ? ['text/csv; charset=utf-8', leadsToCsv(leads), { 'Content-Disposition': 'attachment; filename="leads.csv"' }]
      : ['text/html; charset=utf-8', leadsPage(leads), { 'Content-Security-Policy': PAGE_CSP }];
  res.writeHead(200, { ...PRIVATE, ...extra, 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}
