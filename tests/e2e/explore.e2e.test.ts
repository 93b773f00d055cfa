import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/client';
import { ARTIFACTS, blockExternalRequests, launchChromium, type TestBrowser } from '../helpers/browser';
import { freshDatabase } from '../helpers/db';
import { startTestApi, type TestApi } from '../helpers/http';
import { ingest } from '../helpers/ingest';

const BUNDLE = path.join(PROJECT_ROOT, 'public', 'explore', 'explore.min.js');

interface DrawnNode {
  id: string;
  name: string;
  kind: string;
}

/** Runs in the page: what cytoscape holds (cytoscape draws to a canvas, so the DOM alone is not enough). */
function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() =>
    window.__explore!.cy.nodes().map((n) => ({
      id: n.id(),
      name: n.data('name') as string,
      kind: n.data('kind') as string,
    })),
  );
}

/** Waits until no request is pending and the viewport has stopped moving. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.body.dataset.busy === 'false' && !window.__explore!.cy.animated(),
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(50);
}

/**
 * A point on the page, in CSS pixels, where a click or hover reaches node `id` (or edge `id`) and
 * nothing drawn over it: cytoscape's own hit test picks among points of the element's box, so an
 * overlapping node or edge cannot take the click.
 */
async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  const box = await page.locator('#graph').boundingBox();
  const p = await page.evaluate((elementId) => {
    const cy = window.__explore!.cy;
    type HitTest = {
      findNearestElement(
        x: number,
        y: number,
        interactive: boolean,
        touch: boolean,
      ): { id(): string } | undefined;
    };
    const renderer = (cy as unknown as { renderer(): HitTest }).renderer();
    const node = cy.nodes().getElementById(elementId);
    const element = node.nonempty() ? node : cy.edges().getElementById(elementId);
    const start = node.nonempty()
      ? node.renderedPosition()
      : cy.edges().getElementById(elementId).renderedMidpoint();
    const bb = element.renderedBoundingBox({ includeLabels: false });
    const pan = cy.pan();
    const zoom = cy.zoom();
    const candidates = [start];
    for (let fy = 0.2; fy < 1; fy += 0.15) {
      for (let fx = 0.2; fx < 1; fx += 0.15) candidates.push({ x: bb.x1 + fx * bb.w, y: bb.y1 + fy * bb.h });
    }
    const inside = (q: { x: number; y: number }) =>
      q.x > 2 && q.y > 2 && q.x < cy.width() - 2 && q.y < cy.height() - 2;
    const hits = (q: { x: number; y: number }) =>
      renderer.findNearestElement((q.x - pan.x) / zoom, (q.y - pan.y) / zoom, true, false)?.id() ===
      elementId;
    return candidates.find((q) => inside(q) && hits(q)) ?? null;
  }, id);
  return p && { x: box!.x + p.x, y: box!.y + p.y };
}

/**
 * Moves the mouse onto `point` and waits for `shown` to appear. A loaded machine can drop the
 * canvas' mouseover while it redraws, so the hover is made afresh (away, then back) up to three
 * times; a tooltip that never appears still fails.
 */
async function hover(page: Page, point: { x: number; y: number }, shown: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(10, 10);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    try {
      await shown.first().waitFor({ timeout: 10_000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

describe('the /explore graph view over the ingested sample corpus, in a real browser', () => {
  let db: Database;
  let t: TestApi;
  let browser: TestBrowser;
  let page: Page;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build:explore`);
    db = await freshDatabase();
    await ingest(db);
    t = await startTestApi(db);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const origin = new URL(t.url).origin;
    await blockExternalRequests(page, origin, external);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // A Content-Security-Policy violation shows up as a console error.
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.api.close();
    await db?.close();
  });

  it('serves the page with a strict Content-Security-Policy and its bundle from the server', async () => {
    const origin = new URL(t.url).origin;
    const res = await fetch(`${origin}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>/);
    const js = await fetch(`${origin}/explore/assets/explore.min.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${origin}/explore/assets/other.js`)).status).toBe(404);
  });

  it('searches "Rubio", draws his neighborhood, expands a neighbor and shows Juan Ramón de la Fuente', async () => {
    const origin = new URL(t.url).origin;
    await page.goto(`${origin}/explore`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__explore !== undefined);
    await page.fill('#search', 'Rubio');
    await page.press('#search', 'Enter');
    const pick = page.locator('#search-results .result', { hasText: 'Marco Rubio' });
    await pick.first().waitFor({ timeout: 30_000 });
    await pick.first().click();
    await page.waitForFunction(() => window.__explore!.cy.getElementById('person:marco-rubio').nonempty());
    await settled(page);

    const before = await drawnNodes(page);
    expect(before.map((n) => n.name)).toContain('Marco Rubio');
    // Shared events are drawn as Event nodes, coloured by the palette.
    expect(before.some((n) => n.kind === 'Event')).toBe(true);
    const fill = await page.evaluate(() =>
      window.__explore!.cy.getElementById('person:marco-rubio').style('background-color'),
    );
    expect(fill).toBe('rgb(76,142,218)'); // palette Person #4C8EDA

    // Click neighbors on the canvas until one adds nodes (a leaf may have nothing new).
    const neighbors = before.filter((n) => n.kind !== 'Event' && n.id !== 'person:marco-rubio');
    const preferred = ['Claudia Sheinbaum', 'Juan Ramón de la Fuente', 'Donald Trump'];
    const rank = (name: string) => (preferred.includes(name) ? preferred.indexOf(name) : preferred.length);
    neighbors.sort((a, b) => rank(a.name) - rank(b.name));
    let grown = before.length;
    let expanded = '';
    for (const n of neighbors) {
      const point = await screenPoint(page, n.id);
      if (!point) continue; // covered by other nodes or outside the view
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction((id) => window.__explore!.cy.getElementById(id).hasClass('expanded'), n.id, {
        timeout: 30_000,
      });
      await settled(page);
      grown = (await drawnNodes(page)).length;
      if (grown > before.length) {
        expanded = n.name;
        break;
      }
    }
    expect(expanded).not.toBe('');
    expect(grown).toBeGreaterThan(before.length);

    // In the graph model…
    const after = await drawnNodes(page);
    expect(after.map((n) => n.name)).toContain('Juan Ramón de la Fuente');
    // …and in the DOM's list of drawn nodes.
    const listed = page.locator('#drawn-nodes li[data-kind="Person"]', {
      hasText: 'Juan Ramón de la Fuente',
    });
    expect(await listed.count()).toBe(1);
    expect(await page.textContent('#drawn-count')).toBe(String(after.length));
  }, 120_000);

  it('shows evidence sentences when hovering an event and a relation, and saves screenshots', async () => {
    // The Rubio–de la Fuente call: hover the event node.
    const call = await page.evaluate(() => {
      const cy = window.__explore!.cy;
      const rubio = cy.getElementById('person:marco-rubio');
      const fuente = cy.getElementById('person:juan-ramon-de-la-fuente');
      return rubio
        .outgoers('node[kind = "Event"]')
        .nodes()
        .filter((ev) => ev.incomers('node').contains(fuente))
        .map((ev) => ev.id())[0];
    });
    expect(call).toBeDefined();
    // A block body: returning cy from evaluate would make playwright serialize the whole graph.
    await page.evaluate(() => {
      window.__explore!.cy.fit(undefined, 50);
    });
    await settled(page);
    await page.mouse.move(10, 10);
    const point = await screenPoint(page, call!);
    expect(point).not.toBeNull();
    const evidence = page.locator('#tooltip .tt-evidence', { hasText: 'de la Fuente' });
    await hover(page, point!, evidence);
    expect(await page.textContent('#tooltip .tt-sub')).toContain('CALL');

    // The HOLDS_ROLE edge from Rubio: hover its midpoint.
    const role = 'person:marco-rubio|HOLDS_ROLE|organization:us-department-of-state|Secretary of State';
    if (await page.evaluate((id) => window.__explore!.cy.getElementById(id).nonempty(), role)) {
      await page.mouse.move(10, 10);
      const mid = await screenPoint(page, role);
      expect(mid).not.toBeNull();
      await hover(
        page,
        mid!,
        page.locator('#tooltip .tt-evidence', { hasText: 'Secretary of State Marco Rubio' }),
      );
      expect(await page.textContent('#tooltip .tt-sub')).toBe('HOLDS_ROLE · Secretary of State');
      await hover(page, point!, evidence);
    }

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-hover.png') });
    // The whole neighborhood without a card over it.
    await page.mouse.move(5, 5);
    await page.locator('#tooltip').waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore.png') });
  }, 120_000);

  it('lists the timeline in date order and selects an event from it', async () => {
    await page.mouse.move(5, 5);
    const items = page.locator('#timeline .event');
    await items.first().waitFor({ timeout: 15_000 });
    const dates = await page.locator('#timeline .event .date').allTextContents();
    const dated = dates.filter((d) => d !== 'undated');
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === 'undated')).toBe(true);
    const first = items.first();
    const eventId = await first.getAttribute('data-event-id');
    await first.click();
    await settled(page);
    expect(await page.evaluate((id) => window.__explore!.cy.getElementById(id).selected(), eventId!)).toBe(
      true,
    );
  }, 60_000);

  it('finds and highlights a path from Marco Rubio to the Sinaloa Cartel', async () => {
    await page.click('#mode-path');
    expect(await page.inputValue('#path-from')).not.toBe('');
    await page.fill('#path-to', 'sinaloa');
    await page.press('#path-to', 'Enter');
    await page.locator('#path-to-results .result', { hasText: 'Sinaloa' }).first().click();
    await page.click('#path-go');
    await page.locator('#path-steps li').first().waitFor({ timeout: 30_000 });
    await settled(page);
    const onPath = await page.evaluate(() =>
      window.__explore!.cy.nodes('.on-path').map((n) => n.data('name') as string),
    );
    expect(onPath).toEqual(expect.arrayContaining(['Marco Rubio', 'Sinaloa Cartel']));
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-path.png') });

    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
