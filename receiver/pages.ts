// The inbox's HTML: the login form and one page of leads. Every lead field is written by a
// visitor, so everything that reaches the page goes through escapeHtml.
import type { TranscriptLine } from './lead-schema.ts';
import type { StoredLead } from './store.ts';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b;background:#f7f7f5}
header,nav,.actions{display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;gap:1rem}
article{background:#fff;border:1px solid #d8d8d4;border-radius:8px;padding:1rem;margin:1rem 0}article.handled{opacity:.7}
h2{font-size:1.1rem;margin:0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.75rem 0}
dt{color:#555}dd{margin:0;overflow-wrap:anywhere}.message{white-space:pre-wrap;overflow-wrap:anywhere}
.from{font-weight:600}li{white-space:pre-wrap;overflow-wrap:anywhere}a{color:#0b5394}form{display:inline}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${body}</body></html>\n`;
}

export function loginPage(error?: string): string {
  return layout(
    'Clinic inbox: sign in',
    `<h1>Clinic inbox</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/login"><label>Password <input type="password" name="password" autocomplete="current-password" required autofocus></label>
<button type="submit">Sign in</button></form>`,
  );
}

export interface InboxView {
  leads: StoredLead[];
  total: number;
  page: number;
  pages: number;
  q: string;
  csrf: string;
  retentionDays: number;
  timeZone: string;
}

export function inboxPage(view: InboxView): string {
  const { leads, total, page, pages, q, csrf } = view;
  const time = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: view.timeZone });
  const link = (p: number, label: string) => `<a href="/leads?page=${p}${q ? `&amp;q=${encodeURIComponent(q)}` : ''}">${label}</a>`;
  const cards = leads.map((lead) => card(lead, csrf, time)).join('\n') || `<p>${q ? 'No message matches.' : 'No messages yet.'}</p>`;
  return layout(
    `Clinic inbox (${total})`,
    `<header><h1>Clinic inbox</h1><form method="post" action="/logout"><input type="hidden" name="_csrf" value="${csrf}"><button>Sign out</button></form></header>
<p>${total} message${total === 1 ? '' : 's'}${q ? ` matching “${escapeHtml(q)}”` : ''}, newest first · times in ${escapeHtml(view.timeZone)} ·
<a href="/leads.csv">Download CSV</a> · <a href="/leads.json">JSON</a></p>
<p>Messages older than ${view.retentionDays} days are deleted automatically every day.</p>
<form method="get" action="/leads" role="search"><label>Search <input type="search" name="q" value="${escapeHtml(q)}"></label> <button>Search</button></form>
<main>${cards}</main>
<nav>${page > 1 ? link(page - 1, '← Newer') : '<span></span>'}<span>Page ${page} of ${pages}</span>${page < pages ? link(page + 1, 'Older →') : '<span></span>'}</nav>`,
  );
}

function card(lead: StoredLead, csrf: string, time: Intl.DateTimeFormat): string {
  const id = encodeURIComponent(lead.id);
  const rows: string[] = [];
  if (lead.email) rows.push(row('Email', `<a href="mailto:${escapeHtml(lead.email)}">${escapeHtml(lead.email)}</a>`));
  if (lead.phone) rows.push(row('Phone', `<a href="tel:${escapeHtml(lead.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(lead.phone)}</a>`));
  if (lead.page) rows.push(row('Page', pageLink(lead.page)));
  const hidden = `<input type="hidden" name="_csrf" value="${csrf}">`;
  return `<article${lead.handled ? ' class="handled"' : ''}>
<h2>${escapeHtml(lead.name)}${lead.handled ? ' · handled' : ''}</h2>
<p><time datetime="${escapeHtml(lead.receivedAt)}">${escapeHtml(time.format(new Date(lead.receivedAt)))}</time></p>
<dl>${rows.join('')}</dl>
<p class="message">${escapeHtml(lead.message)}</p>
${transcript(lead.transcript)}
<div class="actions"><form method="post" action="/leads/${id}/handled">${hidden}<input type="hidden" name="handled" value="${lead.handled ? '0' : '1'}"><button>${lead.handled ? 'Mark as not handled' : 'Mark as handled'}</button></form>
<a href="/leads/${id}.json" download>Export (JSON)</a>
<form method="post" action="/leads/${id}/delete">${hidden}<button>Delete for good</button></form></div>
</article>`;
}

function row(label: string, html: string): string {
  return `<dt>${label}</dt><dd>${html}</dd>`;
}

// Only http(s) pages become links, so a crafted "javascript:" page value stays inert text.
function pageLink(page: string): string {
  if (!/^https?:\/\//i.test(page)) return escapeHtml(page);
  return `<a href="${escapeHtml(page)}" rel="noopener noreferrer">${escapeHtml(page)}</a>`;
}

function transcript(lines: readonly TranscriptLine[]): string {
  if (!lines.length) return '';
  const items = lines.map((line) => `<li><span class="from">${line.from === 'bot' ? 'Assistant' : 'Visitor'}:</span> ${escapeHtml(line.text)}</li>`);
  return `<details><summary>Chat transcript (${lines.length} line${lines.length === 1 ? '' : 's'})</summary><ol>${items.join('')}</ol></details>`;
}
