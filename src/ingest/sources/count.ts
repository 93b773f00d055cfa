import { createReadStream } from 'node:fs';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS, unsupportedReason } from './index';
import { walkPaths } from './walk';

/**
 * About how many items `readSources(paths)` will yield (files, and JSONL lines), for a progress
 * bar's total. Streams JSONL files counting newlines; reads nothing else.
 */
export async function countSourceItems(paths: readonly string[]): Promise<number> {
  const accepts = (file: string) => SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase());
  let count = 0;
  for await (const entry of walkPaths(paths, accepts, unsupportedReason)) {
    if (entry.kind === 'file' && entry.path.toLowerCase().endsWith('.jsonl'))
      count += await countLines(entry.path);
    else count += 1;
  }
  return count;
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? lines : lines + 1;
}
