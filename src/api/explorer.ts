import fs from 'node:fs';
import path from 'node:path';
import type { Express, Request, Response } from 'express';
import { PROJECT_ROOT } from '../config';

/** Example operations preloaded as explorer tabs. */
export const EXAMPLE_OPERATIONS: Array<{ title: string; query: string }> = [
  {
    title: "Rubio's neighbors",
    query: `# Entities one step from Marco Rubio, through stated relations and shared events.
query RubioNeighbors {
  entity(name: "Marco Rubio") { key name aliases }
  neighbors(id: "person:marco-rubio", depth: 1, first: 20) {
    totalCount
    edges {
      distance
      node { key name type }
      path {
        steps {
          relationship { type role }
          event { type date name }
          evidence { sentence article { title } }
        }
      }
    }
  }
}`,
  },
  {
    title: 'Path: person → cartel',
    query: `# How Marco Rubio connects to the Sinaloa Cartel, step by step, with the sentences.
query RubioToSinaloa {
  path(from: "person:marco-rubio", to: "cartel:sinaloa-cartel", maxLength: 4) {
    length
    steps {
      from { name }
      to { name }
      relationship { type role }
      event { type date name }
      evidence { sentence article { title publishedAt } }
    }
  }
}`,
  },
  {
    title: 'Timeline: calls and meetings',
    query: `# Calls and meetings in date order, with who, where and which articles report them.
query CallsAndMeetings {
  events(filter: { types: [CALL, MEETING] }, first: 20) {
    totalCount
    edges {
      node {
        date
        type
        name
        location { name }
        participants { name type }
        reportedIn { sentence article { title } }
      }
    }
  }
}`,
  },
];

/** Browser assets, served from the installed packages (no CDN: the explorer works offline). */
function assetFiles(): Record<string, { file: string; type: string }> {
  const pkg = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
  return {
    'react.js': { file: path.join(pkg('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
    'react-dom.js': {
      file: path.join(pkg('react-dom'), 'umd', 'react-dom.production.min.js'),
      type: 'text/javascript',
    },
    'graphiql.js': { file: path.join(pkg('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
    'graphiql.css': { file: path.join(pkg('graphiql'), 'graphiql.min.css'), type: 'text/css' },
    'explorer.js': { file: path.join(PROJECT_ROOT, 'public', 'explorer.js'), type: 'text/javascript' },
  };
}

function page(endpoint: string): string {
  const examples = JSON.stringify(EXAMPLE_OPERATIONS).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsgraph GraphQL explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the Newsgraph explorer…</div>
<script id="newsgraph-config" type="application/json">${JSON.stringify({ endpoint })}</script>
<script id="newsgraph-examples" type="application/json">${examples}</script>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script src="/explorer/explorer.js"></script>
</body>
</html>`;
}

/** True for a browser navigation: HTML wanted and no GraphQL query in the URL. */
export function wantsExplorer(req: Request): boolean {
  if (req.method !== 'GET' || req.query.query !== undefined) return false;
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

/**
 * GET / and GET /graphql (Accept: text/html) → GraphiQL with the example operations; its
 * scripts under /explorer/*. Registered only for GET, so POST /graphql never touches it.
 */
export function mountExplorer(app: Express, endpoint = '/graphql'): void {
  const html = page(endpoint);
  const assets = assetFiles();
  const cache = new Map<string, Buffer>();
  app.get('/explorer/:file', (req: Request, res: Response) => {
    const name = String(req.params.file);
    const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
    if (!asset) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    let body = cache.get(name);
    if (!body) {
      body = fs.readFileSync(asset.file);
      cache.set(name, body);
    }
    res.type(asset.type).set('Cache-Control', 'public, max-age=3600').send(body);
  });
  const serve = (req: Request, res: Response, next: () => void) => {
    if (!wantsExplorer(req)) {
      next();
      return;
    }
    res.type('text/html').set('Cache-Control', 'no-cache').send(html);
  };
  app.get('/', (req, res, next) => {
    if (wantsExplorer(req)) serve(req, res, next);
    else
      res.json({
        graphql: endpoint,
        explorer: 'open this URL in a browser',
        health: '/healthz',
        ready: '/readyz',
      });
  });
  app.get(endpoint, serve);
}
