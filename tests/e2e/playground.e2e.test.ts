import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { renderPlaygroundPage } from 'graphql-playground-html';
import type { Database } from '../../src/db/client';
import { ARTIFACTS, launchChromium, type TestBrowser } from '../helpers/browser';
import { freshDatabase } from '../helpers/db';
import { startTestApi, type TestApi } from '../helpers/http';
import { seedSampleGraph } from '../helpers/sample-graph';

const QUERY = '{ entity(name: "Rubio") { name aliases } }';
const PLAYGROUND_BUILD = path.join(
  path.dirname(require.resolve('graphql-playground-react/package.json')),
  'build',
);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

/**
 * GraphQL Playground from its npm packages, served from another loopback port than the API (as
 * the desktop app or a page on localhost would be), pointed at the API started with default
 * settings: it loads the schema and answers a query only if CORS lets loopback origins in.
 */
function servePlayground(endpoint: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const prefix = '/cdn/graphql-playground-react/build/';
    if (url.pathname.startsWith(prefix)) {
      const file = path.join(PLAYGROUND_BUILD, path.normalize(url.pathname.slice(prefix.length)));
      if (!file.startsWith(PLAYGROUND_BUILD) || !fs.existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    const origin = `http://${req.headers.host}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      renderPlaygroundPage({
        endpoint,
        cdnUrl: `${origin}/cdn`,
        tabs: [{ endpoint, query: QUERY }],
        settings: { 'request.credentials': 'omit' },
      }),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('GraphQL Playground on another local port, against the API with default settings', () => {
  let db: Database;
  let t: TestApi;
  let playground: http.Server;
  let browser: TestBrowser;

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db);
    playground = await servePlayground(t.url);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => playground?.close(resolve));
    await t?.api.close();
    await db?.close();
  });

  it('loads the schema and runs a query cross-origin', async () => {
    const page = await browser.context.newPage();
    const playgroundOrigin = `http://127.0.0.1:${(playground.address() as AddressInfo).port}`;
    const apiOrigin = new URL(t.url).origin;
    const external: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(playgroundOrigin) || url.startsWith(apiOrigin) || /^(data|blob):/.test(url))
        return route.continue();
      external.push(url);
      return route.abort();
    });
    const answered = page.waitForResponse(
      (r) => r.url() === t.url && (r.request().postData() ?? '').includes('entity(name: \\"Rubio\\")'),
      { timeout: 60_000 },
    );
    const schemaLoaded = page.waitForResponse(
      (r) => r.url() === t.url && (r.request().postData() ?? '').includes('IntrospectionQuery'),
      { timeout: 60_000 },
    );
    await page.goto(`${playgroundOrigin}/`, { waitUntil: 'load' });
    // Playground first loads the schema over the same cross-origin POST a query uses (it shows
    // "Server cannot be reached" when CORS refuses it), then runs the preloaded tab.
    expect((await schemaLoaded).status()).toBe(200);
    const execute = page.locator('[title="Execute Query (Ctrl-Enter)"]').first();
    await execute.waitFor({ timeout: 60_000 });
    await execute.click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.headers()['access-control-allow-origin']).toBe(playgroundOrigin);
    expect(await response.json()).toMatchObject({ data: { entity: { name: 'Marco Rubio' } } });
    await page.getByText('Marco Rubio').first().waitFor({ timeout: 30_000 });
    expect(await page.content()).not.toContain('Server cannot be reached');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });
    // Only the Google Fonts stylesheet of Playground's page template wanted the internet.
    expect(external.filter((url) => !url.startsWith('https://fonts.googleapis.com/'))).toEqual([]);
  }, 120_000);
});
