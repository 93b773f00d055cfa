import type http from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** Codes of HTTP-level errors (before GraphQL), in the same `extensions.code` slot as GraphQL's. */
const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** What the client is told for each status; never the error's own text, which may name paths. */
const HTTP_MESSAGES: Record<number, string> = {
  400: 'The request body could not be read (malformed JSON or a broken compressed body)',
  404: 'Nothing here: the GraphQL endpoint is /graphql',
  413: 'The request body is too large (or inflates to more than the limit)',
  415: 'Unsupported content type, charset or encoding: send application/json in UTF-8 (identity, gzip or deflate)',
};

/**
 * Sends one error in the GraphQL error shape, `{"errors":[{"message","extensions":{"code"}}]}`,
 * so every answer of the server parses the same way. No HTML, stack trace or path.
 */
export function sendJsonError(res: http.ServerResponse, status: number, message?: string): void {
  const code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
  const text = message ?? HTTP_MESSAGES[status] ?? (status >= 500 ? 'Internal server error' : 'Bad request');
  const body = JSON.stringify({ errors: [{ message: text, extensions: { code } }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** Express's last middleware: a JSON 404 instead of its HTML "Cannot GET". */
export const notFoundHandler: RequestHandler = (_req, res) => sendJsonError(res, 404);

/**
 * Express's error handler: body-parser's 400/413/415 and anything a route throws become JSON
 * errors; the full error goes to the server log (5xx only, client mistakes are not news).
 * Replaces Express's default handler, which answers with an HTML page and the stack trace.
 */
export function jsonErrorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const e = err as { status?: unknown; statusCode?: unknown; stack?: string };
    const raw = typeof e.status === 'number' ? e.status : e.statusCode;
    const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
    if (status >= 500) log(`http error: ${e.stack ?? String(err)}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJsonError(res, status);
  };
}
