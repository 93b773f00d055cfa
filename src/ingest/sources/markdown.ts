/**
 * Markdown articles → plain text. markdown-it parses (it ships a CommonJS build, so it loads under
 * jest without transforming node_modules); this file only walks its tokens and keeps the words.
 */
import MarkdownIt from 'markdown-it';

/** What a Markdown file says about its article. */
export interface MarkdownArticle {
  title: string | null;
  url: string | null;
  source: string | null;
  /** As written in the front matter; normalized by the caller. */
  publishedAt: string | null;
  text: string;
}

// Raw HTML is tokenized (and then dropped) instead of being read as text.
const md = new MarkdownIt({ html: true });

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A tolerant reading of `key: value` front matter: enough for title, date, url and source. */
function parseFrontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (m && m[2] !== '') fields.set(m[1]!.toLowerCase(), m[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return fields;
}

const pick = (fields: Map<string, string>, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = fields.get(key);
    if (value !== undefined) return value;
  }
  return null;
};

function inlineText(token: MarkdownIt.Token): string {
  let out = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') out += child.content;
    // Hard-wrapped source lines belong to one paragraph; an explicit hard break stays a newline.
    else if (child.type === 'softbreak') out += ' ';
    else if (child.type === 'hardbreak') out += '\n';
    // Images (alt text is page furniture, not prose) and inline HTML are dropped.
  }
  return out;
}

/**
 * Converts Markdown to text: paragraphs, headings and list items become paragraphs separated by a
 * blank line (items keep a "- " or "1. " marker), table rows become "cell | cell" lines, code is kept
 * verbatim, images and raw HTML are dropped. A level-1 heading before any other content is the
 * title (front matter `title` wins when both are present) and is left out of the text.
 */
export function parseMarkdown(content: string): MarkdownArticle {
  const fm = FRONT_MATTER.exec(content);
  const fields = fm ? parseFrontMatter(fm[1]!) : new Map<string, string>();
  const body = fm ? content.slice(fm[0].length) : content;

  let title = pick(fields, 'title');
  const blocks: string[] = [];
  let row: string[] | null = null;
  let prefix = '';
  let headingLevel = 0;
  let leadingHeadingSeen = false;
  for (const token of md.parse(body, {})) {
    switch (token.type) {
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1));
        break;
      case 'list_item_open':
        prefix = token.info ? `${token.info}. ` : '- ';
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row && row.some((c) => c !== '')) blocks.push(row.join(' | '));
        row = null;
        break;
      case 'inline': {
        const text = inlineText(token).trim();
        if (row) row.push(text);
        else if (headingLevel === 1 && blocks.length === 0 && !leadingHeadingSeen) {
          leadingHeadingSeen = true;
          title ??= text;
        } else if (text !== '') blocks.push(prefix + text);
        prefix = '';
        headingLevel = 0;
        break;
      }
      case 'fence':
      case 'code_block':
        if (token.content.trim() !== '') blocks.push(token.content.replace(/\n+$/, ''));
        break;
      case 'html_block': {
        const text = token.content
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (text !== '') blocks.push(text);
        break;
      }
    }
  }
  return {
    title: title === '' ? null : title,
    url: pick(fields, 'url', 'canonical', 'link'),
    source: pick(fields, 'source', 'site', 'publisher'),
    publishedAt: pick(fields, 'publishedat', 'published_at', 'published', 'date'),
    text: blocks.join('\n\n'),
  };
}
