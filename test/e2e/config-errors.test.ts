import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.js';
import { logLines, runServerToExit } from '../helpers/server-process.js';

describe('start-up with a configuration mistake', () => {
  it.each([
    [{ KG_TOKENS: 'newsroom-token:read,admin' }, 'KG_TOKENS entry 1 has unknown scopes admin'],
    [{ PORT: 'eighty' }, 'PORT must be a TCP port, got eighty'],
    [{ PORT: '70000' }, 'PORT must be a TCP port, got 70000'],
    [{ KG_TX_TIMEOUT_MS: 'soon' }, 'KG_TX_TIMEOUT_MS must be a whole number'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must be a bolt:// or neo4j:// URI'],
  ])('%o ends it with one line naming the variable and no stack trace', async (env, message) => {
    const { code, stdout, stderr } = await runServerToExit({ NEO4J_URI: '', ...env });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
    expect(stdout).not.toMatch(/\n\s+at /);
    expect(logLines(stdout)).toEqual([
      expect.objectContaining({
        level: 'fatal',
        msg: 'start-up failed',
        reason: expect.stringContaining(message),
      }),
    ]);
  });

  it('a PORT another process listens on ends it the same way, once the store is open', async () => {
    const taken = createServer().listen(0);
    await once(taken, 'listening');
    const { port } = taken.address() as AddressInfo;
    try {
      const { code, stdout, stderr } = await runServerToExit({ NEO4J_URI: '', PORT: String(port) });
      const message = `PORT ${port} cannot be opened: listen EADDRINUSE`;
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
      expect(stdout).not.toMatch(/\n\s+at /);
      expect(logLines(stdout).at(-1)).toMatchObject({
        level: 'fatal',
        reason: expect.stringContaining(message),
      });
    } finally {
      taken.close();
    }
  });

  it('takes an empty PORT as unset, the default port, not port 0 and a random one', () => {
    expect(configFromEnv({ PORT: '' }).port).toBe(4000);
  });
});
