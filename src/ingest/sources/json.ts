/**
 * JSON and JSONL records → articles. A record is `{ id?, article?, url?, title?, source?,
 * publishedAt?, text | html }` (`article` is the name the eval files and `extract` output use, an
 * id when `id` is missing); `html` goes through the same Readability path as .html files. JSONL is streamed
 * one line at a time, so a dump of any length is read in constant memory.
 */
import path from 'node:path';
import { z } from 'zod';
import type { RawArticle } from '../../domain/types';
import { normalizeDate } from './dates';
import { parseHtml } from './html';
import { readLines } from './lines';
import { readTextFile, sniffBinary } from './read-file';
import type { SourceItem } from './index';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

const optionalString = z
  .string()
  .nullish()
  .transform((s) => (s?.trim() ? s.trim() : null));

const recordSchema = z.object({
  id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim())),
  article: optionalString,
  url: optionalString,
  title: optionalString,
  source: optionalString,
  publishedAt: z.union([z.string(), z.number()]).nullish(),
  text: z.string().nullish(),
  html: z.string().nullish(),
});

/** Where a record sits: the id to fall back on and the origin for messages. */
interface RecordPlace {
  fallbackId: string;
  origin: string;
}

/** Turns one parsed JSON value into an article, or a skip with the reason. */
export function recordToItem(value: unknown, place: RecordPlace): SourceItem {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length > 0 ? `field "${issue.path.join('.')}": ` : '';
    return { kind: 'skipped', origin: place.origin, reason: `invalid record (${field}${issue.message})` };
  }
  const r = parsed.data;
  const fromHtml = !r.text?.trim() && r.html?.trim() ? parseHtml(r.html) : null;
  const text = fromHtml ? fromHtml.text : (r.text ?? '');
  if (text.trim() === '') {
    const reason = fromHtml ? 'no readable text in "html"' : 'record has no "text" or "html"';
    return { kind: 'skipped', origin: place.origin, reason };
  }
  const date = normalizeDate(r.publishedAt ?? fromHtml?.publishedAt);
  const url = r.url ?? fromHtml?.url ?? null;
  const article: RawArticle = {
    id: r.id ?? r.article ?? url ?? place.fallbackId,
    title: r.title ?? fromHtml?.title ?? null,
    url,
    source: r.source ?? fromHtml?.source ?? null,
    publishedAt: date.value,
    text,
    origin: place.origin,
  };
  return date.warning ? { kind: 'article', article, warnings: [date.warning] } : { kind: 'article', article };
}

/**
 * Reads a .json file holding one record or an array of records. The file is parsed whole, so it is
 * bounded by maxFileBytes like any other file; use JSONL for large dumps.
 */
export async function* readJsonFile(file: string, maxFileBytes: number): AsyncGenerator<SourceItem> {
  const content = await readTextFile(file, maxFileBytes);
  if (!content.ok) {
    yield { kind: 'skipped', origin: file, reason: content.reason };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(content.text);
  } catch (error) {
    yield { kind: 'skipped', origin: file, reason: `invalid JSON: ${oneLine((error as Error).message)}` };
    return;
  }
  const base = path.basename(file);
  if (!Array.isArray(value)) {
    yield recordToItem(value, { fallbackId: base, origin: file });
    return;
  }
  for (const [i, item] of value.entries()) {
    yield recordToItem(item, { fallbackId: `${base}#${i + 1}`, origin: `${file}#${i + 1}` });
  }
}

/**
 * Streams a .jsonl file: one record per line, blank lines ignored. A bad line (invalid JSON, no
 * text, not UTF-8, or longer than maxFileBytes) is skipped with its `path#line` and the rest is read.
 */
export async function* readJsonlFile(file: string, maxFileBytes: number): AsyncGenerator<SourceItem> {
  // A binary file has "lines" too; say so once instead of once per newline byte.
  const binary = await sniffBinary(file);
  if (binary) {
    yield { kind: 'skipped', origin: file, reason: binary };
    return;
  }
  const base = path.basename(file);
  let lines = 0;
  for await (const line of readLines(file, maxFileBytes)) {
    const origin = `${file}#${line.number}`;
    if ('error' in line) {
      lines += 1;
      yield { kind: 'skipped', origin, reason: line.error };
      continue;
    }
    if (line.text.trim() === '') continue;
    lines += 1;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      yield { kind: 'skipped', origin, reason: `invalid JSON: ${oneLine((error as Error).message)}` };
      continue;
    }
    yield recordToItem(value, { fallbackId: `${base}#${line.number}`, origin });
  }
  if (lines === 0) yield { kind: 'skipped', origin: file, reason: 'empty file' };
}
