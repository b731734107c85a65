// The demo clinic loads its own facts (demo/clinic.json, data-knowledge on its pages), compiled
// from demo/clinic/ and obviously made up: the built-in answers invent none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileOwnerFolder } from '../../../scripts/lib/owner-folder.ts';
import { format } from '../../../knowledge/compile.ts';
import { CLINIC_TOPICS } from '../../../widget/engine/types.ts';

const DEMO = new URL('../../../demo/', import.meta.url);

describe('the demo clinic\'s own facts', () => {
  const { clinic, diagnostics } = compileOwnerFolder(new URL('clinic/', DEMO).pathname);

  it('compile without a problem, one entry for each clinic-fact topic', () => {
    expect(diagnostics.map(format)).toEqual([]);
    expect(clinic.entries.map((e) => e.topic).sort()).toEqual([...CLINIC_TOPICS].sort());
  });

  it('are what demo/clinic.json holds (npm run knowledge -- --build demo/clinic --out demo/clinic.json)', () => {
    expect(JSON.parse(readFileSync(new URL('clinic.json', DEMO), 'utf8'))).toEqual(clinic);
  });

  it('are plainly made up', () => {
    for (const e of clinic.entries) expect(e.md).toMatch(/made up|Demo|\$X|example/i);
  });

  it('are loaded by every demo page', () => {
    for (const page of ['index.html', 'about.html']) expect(readFileSync(new URL(page, DEMO), 'utf8')).toContain('data-knowledge="/clinic.json"');
  });
});
