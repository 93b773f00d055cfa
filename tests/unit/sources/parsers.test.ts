import { recordToItem } from '../../../src/ingest/sources/json';
import { normalizeDate } from '../../../src/ingest/sources/dates';
import { parseHtml } from '../../../src/ingest/sources/html';
import { parseMarkdown } from '../../../src/ingest/sources/markdown';
import { formatBytes } from '../../../src/ingest/sources/read-file';
import { splitTitle } from '../../../src/ingest/sources/text';

const BODY =
  'Customs officers at the northern crossing seized a record quantity of medicine on Tuesday, officials said.';

describe.each([
  ['a headline over a blank line', `Customs seize record haul\n\n${BODY}`, 'Customs seize record haul'],
  ['a headline over a paragraph', `Customs seize record haul\n${BODY}`, 'Customs seize record haul'],
  ['a question headline', `Will the bridge reopen soon?\n\n${BODY}`, 'Will the bridge reopen soon?'],
  ['a body first line', `${BODY}\nMore text follows here.`, null],
  ['a first line ending with a period', `Customs seize record haul.\n\n${BODY}`, null],
  ['a copyright first line', `© 2025 Station Radio\nPlay Live Radio\n\n${BODY}`, null],
  ['a player widget first line', `Play Live Radio\n\n${BODY}`, null],
  ['a two-word first line', `Breaking news\n\n${BODY}`, null],
  ['a headline over a short line', `Customs seize record haul\nBy Jane Doe\n\n${BODY}`, null],
  ['a one-line file', 'Customs seize record haul', null],
  ['a very long first line', `${'word '.repeat(30)}\n\n${BODY}`, null],
])('splitTitle with %s', (_name, content, title) => {
  it(`finds title ${JSON.stringify(title)}`, () => {
    const result = splitTitle(content);
    expect(result.title).toBe(title);
    expect(result.text).toBe(title === null ? content : content.slice(content.indexOf(BODY)));
  });
});

describe.each([
  ['2025-09-02', '2025-09-02'],
  ['2025-09', '2025-09'],
  ['2025', '2025'],
  ['2025-09-02T10:00:00Z', '2025-09-02T10:00:00.000Z'],
  ['2025-09-02T10:00:00.123+02:00', '2025-09-02T08:00:00.123Z'],
  ['2025-09-02T10:00:00', '2025-09-02T10:00:00'],
  ['Tue, 02 Sep 2025 10:00:00 GMT', '2025-09-02T10:00:00.000Z'],
  ['September 2, 2025', '2025-09-02'],
  ['Sept. 2, 2025', '2025-09-02'],
  ['2 September 2025', '2025-09-02'],
  ['  2025-09-02  ', '2025-09-02'],
  [1756807200, '2025-09-02T10:00:00.000Z'],
  [1756807200000, '2025-09-02T10:00:00.000Z'],
  ['', null],
  [null, null],
  [undefined, null],
])('normalizeDate(%j)', (input, expected) => {
  it(`gives ${JSON.stringify(expected)} without a warning`, () => {
    expect(normalizeDate(input)).toEqual({ value: expected });
  });
});

describe.each([
  ['yesterday'],
  ['2025-13-01'],
  ['2025-02-30'],
  ['Tuesday 5'],
  ['1'],
  ['not a date at all'],
  [{}],
  [true],
])('normalizeDate(%j)', (input) => {
  it('gives null and a warning instead of throwing', () => {
    const result = normalizeDate(input);
    expect(result.value).toBeNull();
    expect(result.warning).toMatch(/stored as null$/);
  });
});

describe.each([
  [0, '0 B'],
  [900, '900 B'],
  [1024, '1 KB'],
  [5 * 1024 * 1024, '5 MB'],
  [12.34 * 1024 * 1024, '12.3 MB'],
  [3 * 1024 ** 3, '3 GB'],
])('formatBytes(%d)', (n, expected) => {
  it(`is ${expected}`, () => expect(formatBytes(n)).toBe(expected));
});

describe('parseMarkdown', () => {
  it.each([
    ['setext heading title', 'Title Here\n==========\n\nBody text.', 'Title Here', 'Body text.'],
    [
      'a later h1 is text',
      'Intro paragraph.\n\n# Later Heading\n\nMore.',
      null,
      'Intro paragraph.\n\nLater Heading\n\nMore.',
    ],
    ['ordered lists keep numbers', '1. first\n2. second', null, '1. first\n\n2. second'],
    ['soft breaks join lines', 'one\ntwo\nthree', null, 'one two three'],
    ['entities are decoded', 'Fish &amp; chips &mdash; cheap.', null, 'Fish & chips — cheap.'],
    ['code blocks stay verbatim', '```\nconst x = 1;\n```', null, 'const x = 1;'],
    ['links keep their text', 'See [the report](http://x.example) now.', null, 'See the report now.'],
  ])('%s', (_name, content, title, text) => {
    expect(parseMarkdown(content)).toMatchObject({ title, text });
  });
});

describe('parseHtml', () => {
  it('reads a fragment as a body', () => {
    const result = parseHtml('<p>One paragraph of text.</p><p>Another<br>line.</p>');
    expect(result.text).toBe('One paragraph of text.\n\nAnother\nline.');
    expect(result).toMatchObject({ title: null, url: null, source: null, publishedAt: null });
  });

  it('falls back to the canonical link and keeps table cells apart', () => {
    const html =
      '<html><head><title>T</title><link rel="canonical" href="https://x.example/a"></head>' +
      '<body><table><tr><td>Mexico</td><td>City</td></tr></table></body></html>';
    expect(parseHtml(html)).toMatchObject({ url: 'https://x.example/a', text: 'Mexico | City', title: 'T' });
  });
});

describe('recordToItem ids', () => {
  const place = { fallbackId: 'feed.jsonl#1', origin: 'feed.jsonl#1' };
  it.each([
    ['its id', { id: 'a1', article: '01_x.txt', url: 'https://e.x/1', text: BODY }, 'a1'],
    [
      'the "article" name when there is no id',
      { article: '01_x.txt', url: 'https://e.x/1', text: BODY },
      '01_x.txt',
    ],
    ['the url when neither is there', { url: 'https://e.x/1', text: BODY }, 'https://e.x/1'],
    ['its place in the file otherwise', { text: BODY }, 'feed.jsonl#1'],
  ])('a record is known by %s', (_why, record, id) => {
    const item = recordToItem(record, place);
    expect(item.kind === 'article' ? item.article.id : item.reason).toBe(id);
  });
});
