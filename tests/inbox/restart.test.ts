import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { post, start, storedLeads, tempDir, validLead } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

describe('restarting the server', () => {
  it('keeps a lead after closing and reopening on the same port and db file', async () => {
    const first = await start(tmp.dir);
    const lead = validLead();
    expect((await post(first.url, lead)).status).toBe(201);
    // An open keep-alive connection must not hold close() up.
    await fetch(`${first.url}/leads.json`, { headers: { Connection: 'keep-alive' } });
    await first.close();

    const second = await start(tmp.dir, { port: first.port });
    try {
      expect(second.url).toBe(first.url);
      expect((await storedLeads(second.url)).map((row) => row.id)).toContain(lead.id);
      // The same id sent again after the restart is still recognised as a duplicate.
      expect((await post(second.url, lead)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('creates missing folders for the db file', async () => {
    const server = await start(tmp.dir, { dbPath: join(tmp.dir, 'a', 'b', 'leads.db') });
    try {
      expect((await post(server.url, validLead())).status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('rejects with EADDRINUSE when the port is taken', async () => {
    const first = await start(tmp.dir);
    try {
      await expect(start(tmp.dir, { port: first.port, dbPath: ':memory:' })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});
