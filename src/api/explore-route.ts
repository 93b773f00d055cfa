import fs from 'node:fs';
import path from 'node:path';
import type { Express, Request, Response } from 'express';
import { PROJECT_ROOT } from '../config';
import { explorePage } from '../visualization/explore/page';

/** Where `npm run build:explore` writes the page's bundle (esbuild, from src/visualization/explore/). */
export const EXPLORE_BUNDLE_DIR = path.join(PROJECT_ROOT, 'public', 'explore');

const ASSETS: Record<string, string> = {
  'explore.min.js': 'text/javascript',
  'explore.min.js.map': 'application/json',
  'explore.css': 'text/css',
  'explore.css.map': 'application/json',
};

/**
 * The page loads only its own bundle and talks only to this server: no inline script or style,
 * icons are data: URIs drawn by the bundle.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GET /explore → the built-in graph view (search, neighborhood, paths, timeline over the GraphQL
 * API at `endpoint`); GET /explore/assets/* → its bundle, read from public/explore/ once.
 */
export function mountExplore(app: Express, endpoint = '/graphql'): void {
  const html = explorePage({ endpoint, assets: '/explore/assets' });
  const cache = new Map<string, Buffer>();
  app.get('/explore/assets/:file', (req: Request, res: Response) => {
    const name = String(req.params.file);
    const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!type) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    let body = cache.get(name);
    if (!body) {
      const file = path.join(EXPLORE_BUNDLE_DIR, name);
      if (!fs.existsSync(file)) {
        res
          .status(503)
          .type('text/plain')
          .send(`${name} has not been built: run \`npm run build:explore\` (npm run build does it too)`);
        return;
      }
      body = fs.readFileSync(file);
      cache.set(name, body);
    }
    res.type(type).set('Cache-Control', 'no-cache').send(body);
  });
  app.get('/explore', (_req: Request, res: Response) => {
    res
      .type('text/html')
      .set('Cache-Control', 'no-cache')
      .set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      .set('X-Content-Type-Options', 'nosniff')
      .send(html);
  });
}
