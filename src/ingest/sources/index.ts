/**
 * Sources: turns files and directories into RawArticles, one at a time. Supported: plain text
 * (.txt), Markdown (.md, .markdown), HTML (.html, .htm), JSON (.json: a record or an array) and
 * JSONL (.jsonl: a record per line). Whatever cannot be read is yielded as `skipped` with a
 * one-line reason, and reading goes on.
 */
import path from 'node:path';
import type { RawArticle } from '../../domain/types';
import { normalizeDate } from './dates';
import { parseHtml } from './html';
import { readJsonFile, readJsonlFile } from './json';
import { parseMarkdown } from './markdown';
import { readTextFile } from './read-file';
import { splitTitle } from './text';
import { walkPaths } from './walk';

/**
 * One result of reading sources: an article (with warnings about metadata that was dropped, such
 * as an unparsable date) or something skipped. `reason` is one line without a "skipped:" prefix;
 * `origin` is a path, or `path#n` for the n-th line of a JSONL file or item of a JSON array.
 */
export type SourceItem =
  | { kind: 'article'; article: RawArticle; warnings?: string[] }
  | { kind: 'skipped'; origin: string; reason: string };

/** Options for readSources. */
export interface ReadSourcesOptions {
  /** Files larger than this are skipped unread; for JSONL the limit applies to each line. */
  maxFileBytes: number;
}

type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const FORMATS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
};

/** The file extensions readSources reads, lowercase with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

const formatOf = (file: string): Format | undefined => FORMATS[path.extname(file).toLowerCase()];

/** Reads a .txt, .md or .html file: always one article (or one skip), with the file's name as id. */
async function readDocument(
  file: string,
  format: 'text' | 'markdown' | 'html',
  maxFileBytes: number,
): Promise<SourceItem> {
  const content = await readTextFile(file, maxFileBytes);
  if (!content.ok) return { kind: 'skipped', origin: file, reason: content.reason };
  const parsed =
    format === 'text'
      ? { ...splitTitle(content.text), url: null, source: null, publishedAt: null }
      : format === 'markdown'
        ? parseMarkdown(content.text)
        : parseHtml(content.text);
  if (parsed.text.trim() === '') {
    return { kind: 'skipped', origin: file, reason: 'no article text found' };
  }
  const date = normalizeDate(parsed.publishedAt);
  const article: RawArticle = {
    // Files are known by their base name (ANNOTATION.md's `article`), even when the page names a URL.
    id: path.basename(file),
    title: parsed.title,
    url: parsed.url,
    source: parsed.source,
    publishedAt: date.value,
    text: parsed.text,
    origin: file,
  };
  const item: SourceItem = { kind: 'article', article };
  if (date.warning) item.warnings = [date.warning];
  return item;
}

async function* readFileItems(
  file: string,
  format: Format,
  maxFileBytes: number,
): AsyncGenerator<SourceItem> {
  switch (format) {
    case 'json':
      yield* readJsonFile(file, maxFileBytes);
      return;
    case 'jsonl':
      yield* readJsonlFile(file, maxFileBytes);
      return;
    case 'text':
    case 'markdown':
    case 'html':
      yield await readDocument(file, format, maxFileBytes);
      return;
    default: {
      const unreachable: never = format;
      throw new Error(`unhandled source format ${String(unreachable)}`);
    }
  }
}

/** The reason given for a file whose extension no reader handles. */
export function unsupportedReason(file: string): string {
  const ext = path.extname(file) || '(none)';
  return `unsupported extension ${ext} (expected ${SUPPORTED_EXTENSIONS.join(', ')})`;
}

/**
 * Reads articles from files and directories, yielding them one at a time in a deterministic order
 * (each path as given; directories recursively, sorted by name). Inside directories, hidden entries
 * are ignored; files with an unsupported extension, there or named explicitly, are reported as
 * skipped. Empty, binary, non-UTF-8 and oversized files, and invalid JSON records, are
 * yielded as `skipped`. Ids: the record's `id`, else its `url`, else the file's base name
 * (`name#n` for the n-th record of a JSONL file or JSON array). Dates are normalized to ISO 8601;
 * one that does not parse becomes null with a warning.
 */
export async function* readSources(
  paths: readonly string[],
  opts: ReadSourcesOptions,
): AsyncGenerator<SourceItem> {
  for await (const entry of walkPaths(paths, (file) => formatOf(file) !== undefined, unsupportedReason)) {
    if (entry.kind === 'skipped') {
      yield { kind: 'skipped', origin: entry.path, reason: entry.reason };
      continue;
    }
    const format = formatOf(entry.path);
    if (format === undefined) {
      yield { kind: 'skipped', origin: entry.path, reason: unsupportedReason(entry.path) };
      continue;
    }
    try {
      yield* readFileItems(entry.path, format, opts.maxFileBytes);
    } catch (error) {
      // An unreadable file (permissions, vanished mid-run) costs that file, not the run.
      yield { kind: 'skipped', origin: entry.path, reason: `cannot read: ${(error as Error).message}` };
    }
  }
}
