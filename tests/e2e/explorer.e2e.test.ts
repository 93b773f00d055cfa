import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/client';
import { freshDatabase } from '../helpers/db';
import { startTestApi, type TestApi } from '../helpers/http';
import { seedSampleGraph } from '../helpers/sample-graph';

/** Debian's chromium (scripts/ensure-chromium.sh installs it); this test installs nothing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

describe('the explorer works offline in a real browser', () => {
  let db: Database;
  let t: TestApi;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh`);
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
    // A fresh profile (--user-data-dir) per run: playwright passes it through launchPersistentContext.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.api.close();
    await db?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('loads GraphiQL from the server only, runs the preloaded example and shows the result', async () => {
    const page = await browser.newPage();
    const origin = new URL(t.url).origin;
    const external: string[] = [];
    // Anything not served by the API itself would need the internet: block it and remember it.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      external.push(url);
      return route.abort();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-loaded.png') });
    // The first preloaded tab is Rubio's neighbors; run it with the toolbar's execute button.
    await page.waitForFunction(() =>
      document.querySelector('.graphiql-query-editor')?.textContent?.includes('RubioNeighbors'),
    );
    const [answer] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('RubioNeighbors'),
      ),
      page.click('.graphiql-execute-button'),
    ]);
    const body = (await answer.json()) as {
      data: { neighbors: { edges: Array<{ node: { name: string } }> } };
    };
    expect(body.data.neighbors.edges.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['Juan Ramón de la Fuente', 'Claudia Sheinbaum']),
    );
    // The result pane shows it (CodeMirror renders only the visible lines: check the top of it).
    await page.waitForFunction(
      () => document.querySelector('.graphiql-response')?.textContent?.includes('"neighbors"'),
      undefined,
      {
        timeout: 30_000,
      },
    );
    expect(await page.textContent('.graphiql-response')).toContain('Marco Rubio');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png'), fullPage: true });
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
