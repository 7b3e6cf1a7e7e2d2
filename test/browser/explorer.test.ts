import { existsSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server-process.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
const mustRun = process.env.CI === 'true';
if (!hasChromium && !mustRun) {
  console.warn(`Skipping the explorer's browser test: ${CHROMIUM} is missing (apt-get install chromium).`);
}

/** A GET with the path sent exactly as written: fetch() would resolve the dot segments itself. */
function getRaw(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs one step of the walk-through; a failure also tells what the page's status line said. */
async function step<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const status = await page.locator('#status').textContent();
    throw new Error(`${name}: ${(error as Error).message}\npage status line: ${status}`);
  }
}

/** The names of the graph's nodes of one kind, read off the page's Cytoscape instance. */
async function renderedNames(page: Page, typename: string): Promise<string[]> {
  return page.evaluate(
    (kind) =>
      (window as any).explorer.cy
        .nodes(`[typename = "${kind}"]`)
        .map((node: any) => node.data('name') as string),
    typename,
  );
}

describe('the graph explorer at /explorer', () => {
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await startServer({});
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server?.stop());

  it('is served with its assets by the GraphQL server, and nothing outside them', async () => {
    const page = await fetch(`${base}/explorer`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/explorer/vendor/cytoscape.min.js');
    const cytoscape = await fetch(`${base}/explorer/vendor/cytoscape.min.js`);
    expect(cytoscape.headers.get('content-type')).toContain('text/javascript');

    for (const path of [
      '/explorer/../package.json',
      '/explorer/%2e%2e/package.json',
      '/explorer/..%2fpackage.json',
    ]) {
      const response = await getRaw(base, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('"news-kg"');
    }
  });

  it.skipIf(!hasChromium && !mustRun)(
    'finds Yevlakh in Arabic, opens its talks and shows their parties, mediator, roles and evidence',
    async () => {
      if (!hasChromium) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
      let browser: Browser | undefined;
      try {
        browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        });
        const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
        page.setDefaultTimeout(20_000);
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));

        await page.goto(`${base}/explorer`);
        await step(page, 'search in Arabic and pick the Yevlakh place', async () => {
          await page.fill('#search-input', 'يفلاخ');
          await page.press('#search-input', 'Enter');
          await page
            .locator('#results .result[data-typename="Place"][data-name="Yevlakh"] .result-name')
            .click();
        });
        await step(page, "open the talks from Yevlakh's events in the panel", async () => {
          await page.locator('#panel .timeline-entry[data-event-type="NEGOTIATION"] button').first().click();
          await page.locator('#panel .participant[data-role="MEDIATOR"]').waitFor();
        });
        await step(page, 'expand the talks', async () => {
          await page.locator('#panel button.expand').click();
          await page.waitForFunction(
            () => (window as any).explorer.cy.edges('[type = "PARTICIPATED_IN"]').length >= 3,
          );
        });

        expect(await renderedNames(page, 'Place')).toContain('Yevlakh');
        expect(await renderedNames(page, 'Actor')).toEqual(
          expect.arrayContaining(['Azerbaijan', 'Karabakh Armenians', 'Russian peacekeeping forces']),
        );
        const roles = await page
          .locator('#panel .participant')
          .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.role));
        expect(roles).toEqual(expect.arrayContaining(['PARTY', 'MEDIATOR', 'DELEGATE']));
        const sentences = await page.locator('#panel .evidence blockquote').allTextContents();
        expect(sentences.some((sentence) => sentence.includes('مفاوضات'))).toBe(true);
        expect(await page.locator('#status').getAttribute('class')).not.toBe('error');

        mkdirSync(OUTPUT, { recursive: true });
        await page.screenshot({ path: `${OUTPUT}explorer.png` });
        expect(pageErrors).toEqual([]);
      } finally {
        await browser?.close();
      }
    },
  );
});
