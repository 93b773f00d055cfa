import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { serverAudits } from 'graphql-http';
import type * as GraphQLRequest from 'graphql-request' with { 'resolution-mode': 'import' };
import type { Database } from '../../../src/db/client';
import { emptyReport, type IngestArticles } from '../../../src/ingest/report';
import { freshDatabase } from '../../helpers/db';
import { startTestApi, type TestApi } from '../../helpers/http';
import { seedSampleGraph } from '../../helpers/sample-graph';

// graphql-request ships CommonJS (main.cjs) but only ESM typings, hence the typed require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GraphQLClient } = require('graphql-request') as typeof GraphQLRequest;

const KEY = 'test-api-key-0123456789';
const RUBIO = `query Rubio { entity(id: "person:marco-rubio") { name aliases } }`;
const INGEST = `mutation { ingestArticles(articles: [{ text: "Marco Rubio spoke." }]) { articlesRead } }`;

/**
 * The API with the clients people bring, each at its default settings, and the GraphQL over HTTP
 * spec's own audit suite. Every client records the HTTP method it used, so a GET that silently
 * became a POST would not pass for one.
 */
describe('standard GraphQL clients and the GraphQL over HTTP audits', () => {
  let db: Database;
  let t: TestApi;
  const ingested: string[][] = [];
  const ingestArticles: IngestArticles = async (articles) => {
    ingested.push(articles.map((a) => a.id));
    return { ...emptyReport(), articlesRead: articles.length, articleIds: articles.map((a) => a.id) };
  };
  const methods: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    methods.push(init?.method ?? 'GET');
    return fetch(input, init);
  };

  beforeAll(async () => {
    db = await freshDatabase();
    await seedSampleGraph(db);
    t = await startTestApi(db, { env: { API_KEY: KEY }, ingestArticles });
  });

  afterAll(async () => {
    await t?.api.close();
    await db?.close();
  });

  beforeEach(() => {
    methods.length = 0;
  });

  describe('graphql-http serverAudits: every MUST, SHOULD and MAY', () => {
    const audits = serverAudits({ url: () => t.url });
    it.each(audits.map((a) => [a.id, a.name, a] as const))('%s %s', async (_id, _name, audit) => {
      const result = await audit.fn();
      expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({
        status: 'ok',
        reason: undefined,
      });
    });
  });

  it('urql with its default exchanges (queries over GET)', async () => {
    const client = new UrqlClient({
      url: t.url,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recordingFetch,
    });
    const result = await client.query(RUBIO, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({
      entity: { name: 'Marco Rubio', aliases: expect.arrayContaining(['Rubio']) },
    });
    expect(methods).toEqual(['GET']);
  });

  it('graphql-request, over POST (its default) and over GET', async () => {
    for (const method of ['POST', 'GET'] as const) {
      const client = new GraphQLClient(t.url, { method, fetch: recordingFetch });
      const data = await client.request<{ entity: { name: string } }>(RUBIO);
      expect(data.entity.name).toBe('Marco Rubio');
    }
    expect(methods).toEqual(['POST', 'GET']);
  });

  it('Apollo Client, over POST (its default) and with useGETForQueries', async () => {
    for (const useGETForQueries of [false, true]) {
      const client = new ApolloClient({
        link: new HttpLink({ uri: t.url, fetch: recordingFetch, useGETForQueries }),
        cache: new InMemoryCache(),
      });
      const result = await client.query<{ entity: { name: string } }>({ query: apolloGql(RUBIO) });
      expect(result.data?.entity.name).toBe('Marco Rubio');
      client.stop();
    }
    expect(methods).toEqual(['POST', 'GET']);
  });

  it('runs mutations only over POST, and never from a request a web page could forge', async () => {
    const auth = { authorization: `Bearer ${KEY}` };
    const overGet = await fetch(`${t.url}?query=${encodeURIComponent(INGEST)}`, { headers: auth });
    expect(overGet.status).toBe(405);
    // What an HTML form or a no-cors fetch can send cross-site without a CORS preflight.
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const forged = await fetch(t.url, {
        method: 'POST',
        headers: { ...auth, 'content-type': type },
        body: JSON.stringify({ query: INGEST }),
      });
      expect(forged.status).toBe(400);
      expect(await forged.text()).toContain('cross-site request forgery');
    }
    expect(ingested).toEqual([]);
    const json = await t.gql(INGEST, {}, auth);
    expect(json.data).toEqual({ ingestArticles: { articlesRead: 1 } });
    expect(ingested).toHaveLength(1);
  });

  it('lets loopback origins read answers by default, and other origins only when configured', async () => {
    const allowOrigin = async (url: string, origin: string) => {
      const res = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      return res.headers.get('access-control-allow-origin');
    };
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:5173']) {
      expect(await allowOrigin(t.url, origin)).toBe(origin);
    }
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
      expect(await allowOrigin(t.url, origin)).toBeNull();
    }
    const only = await startTestApi(db, { env: { CORS_ORIGINS: 'https://team.example' } });
    const both = await startTestApi(db, { env: { CORS_ORIGINS: 'loopback, https://team.example' } });
    try {
      expect(await allowOrigin(only.url, 'https://team.example')).toBe('https://team.example');
      expect(await allowOrigin(only.url, 'http://localhost:3000')).toBeNull();
      expect(await allowOrigin(both.url, 'https://team.example')).toBe('https://team.example');
      expect(await allowOrigin(both.url, 'http://localhost:3000')).toBe('http://localhost:3000');
    } finally {
      await only.api.close();
      await both.api.close();
    }
  });
});
