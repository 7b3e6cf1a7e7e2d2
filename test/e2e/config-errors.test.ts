import { describe, expect, it } from 'vitest';
import { logLines, runServerToExit } from '../helpers/server-process.js';

describe('start-up with a configuration mistake', () => {
  it.each([
    [{ KG_TOKENS: 'newsroom-token:read,admin' }, 'KG_TOKENS entry 1 has unknown scopes admin'],
    [{ PORT: 'eighty' }, 'PORT must be a TCP port, got eighty'],
    [{ PORT: '70000' }, 'PORT must be a TCP port, got 70000'],
    [{ KG_TX_TIMEOUT_MS: 'soon' }, 'KG_TX_TIMEOUT_MS must be a whole number'],
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
});
