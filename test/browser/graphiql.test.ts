import { existsSync, readFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server-process.js';

const CHROMIUM = '/usr/bin/chromium';
const FIRST_EXAMPLE = /^query (\w+)/m.exec(
  readFileSync(new URL('../../docs/example-queries.graphql', import.meta.url), 'utf8'),
)?.[1];
const hasChromium = existsSync(CHROMIUM);
const mustRun = process.env.CI === 'true';

describe('GraphiQL at /graphql without internet access', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ NEO4J_URI: '' });
  });
  afterAll(() => server?.stop());

  it.skipIf(!hasChromium && !mustRun)(
    'loads with every other origin blocked, runs the first example query and shows the Yevlakh talks',
    async () => {
      if (!hasChromium) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
      const origin = new URL(server.url).origin;
      let browser: Browser | undefined;
      try {
        browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        });
        const page = await browser.newPage({ viewport: { width: 1600, height: 2400 } });
        page.setDefaultTimeout(30_000);
        const blocked: string[] = [];
        await page.route('**/*', (route) => {
          if (new URL(route.request().url()).origin === origin) return route.continue();
          blocked.push(route.request().url());
          return route.abort('blockedbyclient');
        });

        await page.goto(server.url);
        await page.locator('.graphiql-execute-button').click();
        // The editor holds every example operation: GraphiQL asks which one to run.
        expect(FIRST_EXAMPLE).toBe('Negotiations');
        await page.getByRole('menuitem', { name: FIRST_EXAMPLE }).click();
        // The editor lays its text out with non-breaking spaces.
        const result = async () =>
          ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, ' ');
        await expect.poll(result, { timeout: 30_000 }).toContain('"name": "Yevlakh"');

        const text = await result();
        expect(text).toContain('"type": "NEGOTIATION"');
        expect(text).toContain('"role": "MEDIATOR", "actor": { "name": "Russian peacekeeping forces"');
        expect(blocked).toEqual([]);
      } finally {
        await browser?.close();
      }
    },
  );
});
