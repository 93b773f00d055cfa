import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, launchChromium, type TestBrowser } from '../helpers/browser';

/** Requests to this machine: Browser's own files (HTTP port) and its probe of the Bolt port. */
const LOCAL = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

const httpPort = process.env.NEO4J_HTTP_PORT;

/**
 * Neo4j Browser as the local server (src/db/local-server.ts) serves it: logged in and running a
 * query, it must not call out — no product analytics (segment), feedback widget (canny), Google
 * Fonts or crash reports. Every
 * request that leaves the machine is blocked and recorded. Needs the test run's own local Neo4j
 * (its HTTP port): a server given through NEO4J_URI has no Browser of ours to check.
 */
(httpPort ? describe : describe.skip)(
  'Neo4j Browser on the local server makes no outgoing connections',
  () => {
    let browser: TestBrowser;

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('connects and runs a query with only local requests', async () => {
      const page = await browser.context.newPage();
      const outgoing: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (LOCAL.test(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        outgoing.push(url);
        return route.abort();
      });
      page.on('websocket', (ws) => {
        if (!LOCAL.test(ws.url())) outgoing.push(ws.url());
      });
      const origin = `http://127.0.0.1:${httpPort}`;
      await page.goto(`${origin}/browser/?dbms=${encodeURIComponent(process.env.NEO4J_URI!)}`, {
        waitUntil: 'load',
      });
      const password = page.locator('input[type=password]');
      await password.waitFor({ timeout: 60_000 });
      const user = page.locator('input[data-testid="username"]');
      if (await user.count()) await user.fill(process.env.NEO4J_USER ?? 'neo4j');
      await password.fill(process.env.NEO4J_PASSWORD!);
      await page.keyboard.press('Enter');
      await page.getByText('You are connected as user').first().waitFor({ timeout: 60_000 });
      // A query round trip: after it Browser has read the server's client settings and would have
      // started anything it calls out to.
      const editor = page.locator('.monaco-editor textarea').first();
      await editor.fill('RETURN 1 AS one');
      await page.keyboard.press('Control+Enter');
      await page.getByText('Started streaming 1 records').first().waitFor({ timeout: 60_000 });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'neo4j-browser.png') });
      // Without the server's Content-Security-Policy for Browser, this lists cdn.segment.com,
      // canny.io and fonts.googleapis.com.
      expect(outgoing).toEqual([]);
    }, 180_000);
  },
);
