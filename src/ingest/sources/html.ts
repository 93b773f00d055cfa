/**
 * HTML pages → article text and metadata. @mozilla/readability (Firefox Reader View) finds the
 * article body; linkedom provides the DOM because it parses several times faster than jsdom and
 * we need no layout, scripts or network.
 */
import type * as Linkedom from 'linkedom' with { 'resolution-mode': 'import' };
import { Readability } from '@mozilla/readability';

// linkedom publishes its types for ESM only; its CommonJS build is what Node and jest load.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see the line above
const { parseHTML } = require('linkedom') as typeof Linkedom;

/** What a page says about its article. */
export interface HtmlArticle {
  title: string | null;
  url: string | null;
  source: string | null;
  /** As the page gives it; normalized by the caller. */
  publishedAt: string | null;
  text: string;
}

const BLOCKS = new Set(
  (
    'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul'
  ).split(' '),
);
const NEVER_TEXT = new Set(
  'script style noscript template svg canvas iframe object embed button select'.split(' '),
);
// Outside Readability's pick, these are page chrome rather than the story.
const CHROME = new Set('nav aside footer header form'.split(' '));

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text of a DOM subtree with block elements as paragraphs ("\n\n") and <br> as "\n". */
function toText(root: Node, skip: ReadonlySet<string>): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (skip.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'li') current += '- ';
    for (const child of Array.from(el.childNodes)) visit(child);
    if (block) flush();
    // Adjacent cells must not run together: "Mexico" + "City" is not "MexicoCity".
    else if (tag === 'td' || tag === 'th') current += ' | ';
  };
  visit(root);
  flush();
  return paragraphs.map((p) => p.replace(/(?:\s*\|\s*)+$/, '')).join('\n\n');
}

function meta(doc: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = (
      el?.getAttribute('content') ??
      el?.getAttribute('href') ??
      el?.getAttribute('datetime')
    )?.trim();
    if (value) return value;
  }
  return null;
}

const nonEmpty = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** Readability's pick, or null when it finds none or gives up on a malformed document. */
function readable(doc: Document): ReturnType<Readability<Node>['parse']> {
  try {
    return new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    // Malformed markup is still worth its body text: fall back rather than skip the page.
    return null;
  }
}

/**
 * Extracts the readable article from a page (or an HTML fragment): body text as paragraphs, the
 * title, `article:published_time` (or JSON-LD/`datePublished`), og:url or the canonical link, and
 * og:site_name as the source. Falls back to the whole body minus nav/header/footer/aside when
 * Readability finds no article.
 */
export function parseHtml(html: string): HtmlArticle {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const doc = document as unknown as Document;
  // Read metadata first: Readability rewrites the document it parses.
  const url = meta(doc, 'meta[property="og:url"]', 'link[rel="canonical"]');
  const siteName = meta(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const published = meta(
    doc,
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
  );
  const ogTitle = meta(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const docTitle = nonEmpty(doc.title);

  const article = readable(doc);
  const content = article?.content;
  let text = content ? toText(content, NEVER_TEXT) : '';
  if (text === '') {
    const { document: fresh } = parseHTML(page);
    const body = (fresh as unknown as Document).body;
    text = body ? toText(body, new Set([...NEVER_TEXT, ...CHROME])) : '';
  }
  return {
    title: nonEmpty(article?.title) ?? ogTitle ?? docTitle,
    url,
    source: siteName ?? nonEmpty(article?.siteName),
    publishedAt: published ?? nonEmpty(article?.publishedTime),
    text,
  };
}
