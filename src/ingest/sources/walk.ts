/**
 * Expands the paths given on the command line into the files to read, in a deterministic order,
 * one at a time (directories are listed one level at a time, never collected whole).
 */
import type { Dirent, Stats } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A file to read, or a named path that cannot be read, with the reason. */
export type WalkEntry =
  { kind: 'file'; path: string; explicit: boolean } | { kind: 'skipped'; path: string; reason: string };

// Code-unit order, not localeCompare: the same on every machine and locale.
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function listSorted(dir: string): Promise<Dirent[]> {
  const entries: Dirent[] = [];
  // One directory's names must be held to sort them; the walk below still descends lazily.
  for await (const entry of await opendir(dir)) entries.push(entry);
  return entries.sort((a, b) => byName(a.name, b.name));
}

/** Why a file inside a directory is not read (e.g. its extension), or null to pass it over silently. */
export type RejectReason = (file: string) => string | null;

async function* walkDir(
  dir: string,
  accepts: (file: string) => boolean,
  rejectReason: RejectReason,
): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = await listSorted(dir);
  } catch (error) {
    yield { kind: 'skipped', path: dir, reason: `cannot list directory: ${(error as Error).message}` };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walkDir(full, accepts, rejectReason);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      // Symlinked files are read; symlinked directories are not followed, which rules out cycles.
      if (entry.isSymbolicLink() && !(await stat(full).catch(() => null))?.isFile()) continue;
      if (accepts(full)) {
        yield { kind: 'file', path: full, explicit: false };
      } else {
        const reason = rejectReason(full);
        if (reason) yield { kind: 'skipped', path: full, reason };
      }
    }
  }
}

/**
 * Yields the files under `paths` in order: each path as given, directories recursively with
 * entries sorted by name. Hidden files and directories are passed over silently inside
 * directories; a file there that `accepts` rejects is yielded as skipped with `rejectReason`
 * (silently passed over when that gives null). A file named explicitly is always yielded (with
 * `explicit: true`) so that the caller can say why it is not read.
 */
export async function* walkPaths(
  paths: readonly string[],
  accepts: (file: string) => boolean,
  rejectReason: RejectReason = () => null,
): AsyncGenerator<WalkEntry> {
  for (const p of paths) {
    let info: Stats;
    try {
      info = await stat(p);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      yield {
        kind: 'skipped',
        path: p,
        reason: code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${message}`,
      };
      continue;
    }
    if (info.isDirectory()) {
      yield* walkDir(p, accepts, rejectReason);
    } else if (info.isFile()) {
      yield { kind: 'file', path: p, explicit: true };
    } else {
      yield { kind: 'skipped', path: p, reason: 'not a regular file' };
    }
  }
}
