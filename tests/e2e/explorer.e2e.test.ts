import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/client';
import { ARTIFACTS, blockExternalRequests, launchChromium, type TestBrowser } from '../helpers/browser';
import { freshDatabase } from '../helpers/db';
import { startTestApi, type TestApi } from '../helpers/http';
import { seedSampleGraph } from '../helpers/sample-graph';

describe('the explorer works offline in a real browser', () => {
  let db: Database;
  let t: TestApi;
  let browser: TestBrowser;

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.api.close();
    await db?.close();
  });

  it('loads GraphiQL from the server only, runs the preloaded example and shows the result', async () => {
    const page = await browser.context.newPage();
    const origin = new URL(t.url).origin;
    const external: string[] = [];
    // Anything not served by the API itself would need the internet: block it and remember it.
    await blockExternalRequests(page, origin, external);
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
