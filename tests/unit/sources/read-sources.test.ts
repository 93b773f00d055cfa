import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSources, type SourceItem } from '../../../src/ingest/sources';

const FIXTURES = path.resolve(__dirname, '../../fixtures/sources');
const corpus = (...p: string[]): string => path.join(FIXTURES, 'corpus', ...p);
const bad = (...p: string[]): string => path.join(FIXTURES, 'bad', ...p);

async function collect(paths: string[], maxFileBytes = 1024 * 1024): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths, { maxFileBytes })) items.push(item);
  return items;
}

const label = (item: SourceItem): string =>
  item.kind === 'article' ? `article ${item.article.id}` : `skipped ${path.relative(FIXTURES, item.origin)}`;

describe('readSources over a directory', () => {
  it('walks recursively in sorted order, ignoring hidden files and naming files of unknown extensions', async () => {
    const items = await collect([corpus()]);
    expect(items.map(label)).toEqual([
      'skipped corpus/empty.txt',
      'article feed-1',
      'article feed.jsonl#3',
      'skipped corpus/feed.jsonl#4',
      'skipped corpus/feed.jsonl#5',
      'article feed-6',
      'article 7',
      'article headline.txt',
      'article page.html',
      'article plain-title.md',
      'article rec-1',
      'article https://wire.example/2',
      'article records.json#3',
      'skipped corpus/records.json#4',
      'skipped corpus/records.json#5',
      'skipped corpus/report.pdf',
      'article single.json',
      'article story.md',
      'article body-first.txt',
    ]);
  });

  it('says why a file of an unknown extension inside a directory is not read', async () => {
    const items = await collect([corpus()]);
    expect(items.find((i) => i.kind === 'skipped' && i.origin === corpus('report.pdf'))).toEqual({
      kind: 'skipped',
      origin: corpus('report.pdf'),
      reason: expect.stringMatching(/^unsupported extension \.pdf \(expected \.txt/),
    });
  });

  it('gives the same order on every run', async () => {
    expect((await collect([corpus()])).map(label)).toEqual((await collect([corpus()])).map(label));
  });
});

describe.each([
  ['an empty file', corpus('empty.txt'), /^empty file$/],
  ['a whitespace-only file', bad('whitespace.md'), /^empty file$/],
  ['a file with NUL bytes', bad('binary.txt'), /^binary file \(contains NUL bytes\)$/],
  ['a file of control characters', bad('controls.txt'), /^binary file \(mostly control/],
  ['a Latin-1 file', bad('latin1.txt'), /^not valid UTF-8/],
  [
    'a named file with an unknown extension',
    corpus('report.pdf'),
    /^unsupported extension \.pdf \(expected \.txt/,
  ],
  ['a path that does not exist', corpus('missing.txt'), /^no such file or directory$/],
])('%s', (_name, file, reason) => {
  it('is skipped with a one-line reason, and reading goes on', async () => {
    const items = await collect([file, corpus('headline.txt')]);
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({ kind: 'skipped', origin: file, reason: expect.stringMatching(reason) });
    expect(items[0]!.kind === 'skipped' && items[0]!.reason).not.toMatch(/\n/);
    expect(items[1]).toMatchObject({ kind: 'article', article: { id: 'headline.txt' } });
  });
});

describe('maxFileBytes', () => {
  it.each([
    [corpus('page.html'), 100, /^2\.\d KB is over the 100 B limit \(MAX_FILE_BYTES\)$/],
    [corpus('story.md'), 600, /^603 B is over the 600 B limit \(MAX_FILE_BYTES\)$/],
    [corpus('records.json'), 200, /is over the 200 B limit/],
  ])('skips %s over a %d-byte limit without reading it', async (file, limit, reason) => {
    expect(await collect([file], limit)).toEqual([
      { kind: 'skipped', origin: file, reason: expect.stringMatching(reason) },
    ]);
  });

  it('reads a file exactly at the limit', async () => {
    const items = await collect([corpus('story.md')], 603);
    expect(items[0]?.kind).toBe('article');
  });

  it('applies to each line of a JSONL file rather than the whole file', async () => {
    const items = await collect([corpus('feed.jsonl')], 100);
    const kinds = items.map((i) =>
      i.kind === 'article' ? i.article.id : `${path.basename(i.origin)}: ${i.reason}`,
    );
    expect(kinds).toEqual([
      'feed.jsonl#1: 124 B is over the 100 B limit (MAX_FILE_BYTES)',
      'feed.jsonl#3',
      expect.stringMatching(/^feed\.jsonl#4: invalid JSON/),
      'feed.jsonl#5: record has no "text" or "html"',
      'feed.jsonl#6: 114 B is over the 100 B limit (MAX_FILE_BYTES)',
      '7',
    ]);
  });
});

describe('article fields per format', () => {
  const byId = async (id: string, file: string): Promise<Extract<SourceItem, { kind: 'article' }>> => {
    const item = (await collect([file])).find((i) => i.kind === 'article' && i.article.id === id);
    if (item?.kind !== 'article') throw new Error(`no article ${id} from ${file}`);
    return item;
  };

  it.each([
    [
      'txt with a headline',
      'headline.txt',
      corpus('headline.txt'),
      { title: 'Customs officers seize a record haul', url: null, source: null, publishedAt: null },
    ],
    ['txt starting with the body', 'body-first.txt', corpus('sub', 'body-first.txt'), { title: null }],
    [
      'markdown with front matter',
      'story.md',
      corpus('story.md'),
      {
        title: 'Harbor talks resume',
        url: 'https://notes.example/harbor-talks',
        source: 'Harbor Notes',
        publishedAt: '2025-04-02',
      },
    ],
    [
      'markdown with only a # title',
      'plain-title.md',
      corpus('plain-title.md'),
      { title: 'Border bridge reopens' },
    ],
    [
      'html page',
      'page.html',
      corpus('page.html'),
      {
        title: 'Ministers agree on river patrols',
        url: 'https://courier.example/news/river-patrols',
        source: 'The Valley Courier',
        publishedAt: '2025-03-14T08:30:00.000Z',
      },
    ],
    [
      'json record with html',
      'single.json',
      corpus('single.json'),
      { title: 'Page record', source: 'Embedded Site', publishedAt: '2025-05-06' },
    ],
    [
      'json array record',
      'rec-1',
      corpus('records.json'),
      {
        title: 'Talks in the capital',
        source: 'Wire',
        publishedAt: '2025-03-03',
        origin: `${corpus('records.json')}#1`,
      },
    ],
    [
      'jsonl record',
      'feed-1',
      corpus('feed.jsonl'),
      { title: 'First', publishedAt: '2025-06-01T12:00:00.000Z', origin: `${corpus('feed.jsonl')}#1` },
    ],
  ])('%s', async (_name, id, file, expected) => {
    const { article } = await byId(id, file);
    expect(article).toMatchObject({ id, origin: expect.stringContaining(path.basename(file)), ...expected });
    expect(article.text.trim().length).toBeGreaterThan(0);
  });

  it('keeps the story of an HTML page and drops its scripts, nav, ads, related links and footer', async () => {
    const { article } = await byId('page.html', corpus('page.html'));
    expect(article.text).toContain(
      'Interior Minister Alma Reyes and her northern counterpart Jonas Feld agreed',
    );
    expect(article.text).toContain('A patrol boat docks at Riverton harbor');
    expect(article.text).toContain('- Patrols start in April.');
    for (const junk of ['do not index me', 'color: red', 'Sport', 'Harbor Marine', 'Local Team Wins', '©']) {
      expect(article.text).not.toContain(junk);
    }
    // Paragraphs stay apart, words inside a paragraph are joined by single spaces.
    expect(article.text).toMatch(/the\s{1}border\.\n\nThe agreement/);
  });

  it('strips Markdown syntax, images and raw HTML tags but keeps the words', async () => {
    const { article } = await byId('story.md', corpus('story.md'));
    expect(article.text).toContain(
      'Port officials from Eastport and Westport met on Wednesday to resume talks',
    );
    expect(article.text).toContain('on shared customs checks, according to a statement.');
    expect(article.text).toContain('- Weekly data exchange via secure-link.');
    expect(article.text).toContain('"We are closer than ever," said negotiator Mara Olsen.');
    expect(article.text).toContain('Eastport | 12');
    for (const syntax of ['**', '_Westport_', '](', '![', '<div', '# Harbor', 'title:']) {
      expect(article.text).not.toContain(syntax);
    }
  });

  it('warns and stores null for a date that does not parse', async () => {
    const item = await byId('records.json#3', corpus('records.json'));
    expect(item.article.publishedAt).toBeNull();
    expect(item.warnings).toEqual([expect.stringContaining('"next Tuesday-ish" is not a date')]);
  });
});

describe('JSON files that are not records', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-sources-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['broken.json', '{"text": "unterminated', /^invalid JSON: /],
    ['number.json', '42', /^invalid record \(/],
    ['no-text.json', '{"id": "x", "title": "t"}', /^record has no "text" or "html"$/],
    ['empty-html.json', '{"html": "<script>x()</script>"}', /^no readable text in "html"$/],
    ['wrong-type.json', '{"text": 5}', /^invalid record \(field "text": /],
    ['blank.jsonl', '\n\n', /^empty file$/],
  ])('%s is skipped with its reason', async (name, content, reason) => {
    const file = path.join(dir, name);
    await writeFile(file, content);
    expect(await collect([file])).toEqual([
      { kind: 'skipped', origin: file, reason: expect.stringMatching(reason) },
    ]);
  });
});
