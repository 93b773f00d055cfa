import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

/**
 * How the GraphQL endpoint meets browsers and HTTP clients: which origins CORS lets read
 * answers, which requests count as cross-site forgeries, and which status codes GraphQL request
 * errors get (GraphQL over HTTP).
 */

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** http(s)://localhost, 127.x.x.x or [::1], any port: a page served from this machine. */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOST.test(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The `origin` option for `cors()`. CORS_ORIGINS empty: loopback origins only, so explorers
 * (GraphQL Playground, Altair, GraphiQL) served from another local port can read answers.
 * CORS_ORIGINS set: exactly those origins; the word `loopback` in the list keeps loopback ones.
 */
export function corsOrigin(
  setting: string,
): (origin: string | undefined, callback: (err: Error | null, allow?: boolean) => void) => void {
  const listed = setting
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const loopback = listed.length === 0 || listed.includes('loopback');
  const allowed = new Set(listed.filter((o) => o !== 'loopback'));
  return (origin, callback) => {
    callback(null, origin !== undefined && (allowed.has(origin) || (loopback && isLoopbackOrigin(origin))));
  };
}

/** Content types a browser sends cross-site without a CORS preflight (HTML forms, text). */
const SIMPLE_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);
/** Headers that force a preflight; Apollo's clients and tools send them. */
export const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * Cross-site request forgery check for requests that may change state (anything but GET, HEAD,
 * OPTIONS). A POST must carry a content type a plain HTML form cannot send (application/json),
 * or one of PREFLIGHT_HEADERS: either forces the browser to ask CORS first. GET needs no check:
 * Apollo runs only queries over GET (a mutation gets 405), and CORS keeps other sites from reading
 * the answer.
 */
export function isForgeable(method: string | undefined, headers: http.IncomingHttpHeaders): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  if (PREFLIGHT_HEADERS.some((h) => (headers[h] ?? '').length > 0)) return false;
  const type = headers['content-type'];
  if (type === undefined) return true;
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return SIMPLE_CONTENT_TYPES.has(essence);
}

export const CSRF_MESSAGE =
  'This request has been blocked as a potential cross-site request forgery: send it with ' +
  'content-type: application/json, or with a non-empty apollo-require-preflight header';

/** Connect-style middleware answering forgeable requests with 400 before anything runs. */
export function csrfGuard(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: (err?: unknown) => void,
): void {
  if (!isForgeable(req.method, req.headers)) return next();
  const body = JSON.stringify({ errors: [{ message: CSRF_MESSAGE, extensions: { code: 'BAD_REQUEST' } }] });
  res.writeHead(400, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';
/** Request errors that the GraphQL-over-HTTP spec answers with 200 under application/json. */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy type) should get
 * 200 for a well-formed request whose document does not parse or validate, or whose variables do
 * not coerce; `application/graphql-response+json` keeps Apollo's 400. This API's own checks
 * (limits, auth) keep their status codes.
 */
export function legacyJsonStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let executing = false;
      return {
        async executionDidStart() {
          executing = true;
        },
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.data !== undefined || !result.errors?.length) return;
          const requestErrors = result.errors.every((e) => {
            const code = e.extensions?.code;
            // Variable coercion fails inside execution, before any data; our own input checks
            // throw before execution starts.
            return DOCUMENT_ERRORS.has(String(code)) || (executing && code === 'BAD_USER_INPUT');
          });
          if (!requestErrors) return;
          const accept = request.http?.headers.get('accept');
          const chosen = accept
            ? new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE])
            : JSON_TYPE;
          if (chosen !== JSON_TYPE) return;
          response.http.status = 200;
          response.http.headers.set('content-type', `${JSON_TYPE}; charset=utf-8`);
        },
      };
    },
  };
}
