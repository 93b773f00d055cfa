import type { Command } from 'commander';
import { loadConfigFromEnv } from '../config';
import { cleanArticle } from '../ingest/clean';
import { extractClean } from '../ingest/pipeline';
import { readSources } from '../ingest/sources';

/** `newsgraph extract <file-or-dir>...`: prints the ANNOTATION.md JSON; never touches the database. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print what would be extracted, as a JSON array (one object per article); no database')
    .argument('<paths...>', 'files or directories')
    .action(async (paths: string[]) => {
      const config = loadConfigFromEnv();
      const out = process.stdout;
      let first = true;
      let articles = 0;
      const skipped: string[] = [];
      // Streamed: one article in memory at a time, however large the corpus.
      await write(out, '[');
      for await (const item of readSources(paths, { maxFileBytes: config.MAX_FILE_BYTES })) {
        if (item.kind === 'skipped') {
          skipped.push(`skipped ${item.origin}: ${item.reason}`);
          continue;
        }
        const extraction = extractClean(cleanArticle(item.article));
        await write(out, `${first ? '\n' : ',\n'}${JSON.stringify(extraction, null, 2)}`);
        first = false;
        articles++;
      }
      await write(out, '\n]\n');
      for (const line of skipped) process.stderr.write(`${line}\n`);
      process.stderr.write(`extracted ${articles} article(s), skipped ${skipped.length}\n`);
      if (articles === 0) process.exitCode = 1;
    });
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve).once('error', reject);
  });
}
