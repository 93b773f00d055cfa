import type http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { ApiContext } from './context';
import { runAsRequest } from '../db/request-deadline';
import { sendJsonError } from './http-errors';

/** A Connect-style middleware as `cors()` returns it; it only uses Node's req/res API. */
export type NodeMiddleware = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: (err?: unknown) => void,
) => void;

export interface GraphqlPostOptions {
  apollo: ApolloServer<ApiContext>;
  path: string;
  /** The same CORS middleware the Express route uses, so the allow-list is decided in one place. */
  cors: NodeMiddleware;
  /** Largest body accepted from this request (it may depend on its credentials). */
  bodyLimitBytes: (req: http.IncomingMessage) => number;
  context: (req: http.IncomingMessage) => Promise<ApiContext>;
}

/**
 * `POST <path>` with a plain JSON body — what every GraphQL client sends — answered without
 * Express: a profile of the API under load spent more time in Express's router, body-parser and
 * the Express integration than in GraphQL execution. Only requests this handler fully understands
 * take this path (`matches`); anything else (preflights, GET, other content types or encodings,
 * a charset other than UTF-8) goes through the Express route, whose behaviour is unchanged. Both
 * run the same CORS middleware and the same Apollo server, so CSRF prevention, limits, auth and
 * error masking apply alike.
 */
export function graphqlPostHandler(opts: GraphqlPostOptions) {
  const { apollo, path, cors, bodyLimitBytes } = opts;

  function matches(req: http.IncomingMessage): boolean {
    if (req.method !== 'POST') return false;
    const url = req.url ?? '';
    if (url !== path && !url.startsWith(`${path}?`)) return false;
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
    return isUtf8Json(req.headers['content-type']);
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    cors(req, res, (err) => {
      if (err) return sendJsonError(res, 500);
      readBody(req, bodyLimitBytes(req)).then(
        (text) => {
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            return sendJsonError(res, 400, 'The request body is not valid JSON');
          }
          return execute(req, res, body);
        },
        (status: number) => {
          sendJsonError(res, status);
        },
      );
    });
  }

  async function execute(req: http.IncomingMessage, res: http.ServerResponse, body: unknown) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const request: HTTPGraphQLRequest = {
      method: 'POST',
      headers,
      search: query === -1 ? '' : url.slice(query),
      body,
    };
    try {
      const response = await runAsRequest(() =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: request,
          context: () => opts.context(req),
        }),
      );
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch {
      // Apollo answers its own errors; this is a broken connection or a bug, never a user error.
      if (!res.headersSent) sendJsonError(res, 500);
      else res.destroy();
    }
  }

  return { matches, handle };
}

/** application/json, with no charset or a UTF-8 one (what body-parser accepts without decoding). */
export function isUtf8Json(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';');
  if (type!.trim().toLowerCase() !== 'application/json') return false;
  return params.every((p) => {
    const [name, value] = p.split('=');
    if (name!.trim().toLowerCase() !== 'charset') return true;
    return /^"?utf-8"?$/i.test((value ?? '').trim());
  });
}

/** The body as UTF-8 text; rejects with 413 beyond `limit` bytes, 400 when the client aborts. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      req.resume();
      return reject(413);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(413);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('aborted', () => reject(400));
    req.on('error', () => reject(400));
  });
}
