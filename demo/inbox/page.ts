import type { StoredLead, TranscriptLine } from './types.ts';

/** Every lead field is attacker-controlled, so everything that reaches the page goes through this. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// A second line of defence behind escaping: the page may run no script and load nothing.
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b;background:#f7f7f5}
header{display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;gap:1rem}
article{background:#fff;border:1px solid #d8d8d4;border-radius:8px;padding:1rem;margin:1rem 0}
h2{font-size:1.1rem;margin:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.75rem 0}
dt{color:#555}dd{margin:0;overflow-wrap:anywhere}
.message{white-space:pre-wrap;overflow-wrap:anywhere;margin:.75rem 0}
.from{font-weight:600}ol{padding-left:1.25rem}li{white-space:pre-wrap;overflow-wrap:anywhere}
a{color:#0b5394}`;

export function leadsPage(leads: readonly StoredLead[]): string {
  const body = leads.length ? leads.map(leadCard).join('\n') : '<p>No messages yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Clinic inbox (${leads.length})</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Clinic inbox</h1><p>${leads.length} message${leads.length === 1 ? '' : 's'}, newest first · <a href="/leads.csv">Download CSV</a></p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function leadCard(lead: StoredLead): string {
  const rows: string[] = [];
  if (lead.email) rows.push(row('Email', `<a href="mailto:${escapeHtml(lead.email)}">${escapeHtml(lead.email)}</a>`));
  if (lead.phone) rows.push(row('Phone', `<a href="tel:${escapeHtml(lead.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(lead.phone)}</a>`));
  if (lead.page) rows.push(row('Page', pageLink(lead.page)));
  return `<article>
<h2>${escapeHtml(lead.name)}</h2>
<p><time datetime="${escapeHtml(lead.receivedAt)}">${escapeHtml(formatTime(lead.receivedAt))}</time></p>
<dl>${rows.join('')}</dl>
<p class="message">${escapeHtml(lead.message)}</p>
${transcript(lead.transcript)}
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

function formatTime(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
}
