/**
 * Builds src/ingest/extract/lexicons/factbook-leaders.json, the heads of state and government the
 * extractor recognizes, from the CIA World Factbook (public domain) as republished in JSON, with
 * its weekly history, by github.com/factbook/factbook.json (CC0).
 *
 *   git clone https://github.com/factbook/factbook.json /tmp/factbook
 *   npx tsx scripts/leaders-from-factbook.ts /tmp/factbook
 *
 * One snapshot per month from 2016 on is read; every "Title Given SURNAME (since 1 May 2020)" in a
 * country's "chief of state" and "head of government" entries is kept once, with the country
 * named as the extractor's gazetteer names it. The Factbook writes surnames in capitals, which is
 * what lets a news text's "Andrés Manuel López Obrador" be matched to "Andrés Manuel LÓPEZ OBRADOR".
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lookupPlace } from '../src/ingest/extract/lexicon';
import type { Leader } from '../src/ingest/extract/lexicons/leaders';

/** The offices kept: heads of state and government and their deputies. */
const TITLES = [
  'Executive Vice President',
  'First Vice President',
  'Second Vice President',
  'Vice President',
  'President',
  'Deputy Prime Minister',
  'Prime Minister',
  'Chancellor',
  'Executive Vice Premier',
  'Premier',
  'Crown Prince',
  'King',
  'Queen',
  'Emir',
  'Amir',
  'Sultan',
  'Supreme Leader',
];

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", nbsp: ' ' };
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  cedil: '\u0327',
  ring: '\u030a',
};

/** The Factbook's HTML entities ("L&Oacute;PEZ") as text. */
function unescape(s: string): string {
  return s
    .replace(/&([A-Za-z])(acute|grave|circ|tilde|uml|cedil|ring);/g, (_, c: string, a: string) =>
      (c + (ACCENTS[a] ?? '')).normalize('NFC'),
    )
    .replace(
      /&(szlig|eth|thorn|oslash|aelig);/gi,
      (_, w: string) =>
        ({ szlig: 'ß', eth: 'ð', thorn: 'þ', oslash: 'ø', aelig: 'æ' })[w.toLowerCase()] ?? '',
    )
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(\w+);/g, (m, w: string) => ENTITIES[w] ?? m)
    .replace(/<[^>]+>/g, ' ');
}

function isoDay(text: string): string | null {
  const m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const TITLE_RE = new RegExp(
  `(?:^|[;,.]\\s*|\\band\\s+)(${TITLES.join('|')})\\s+([^;()]+?)\\s*(?:\\([^)]*\\)\\s*)*?\\(since ([^)]+)\\)`,
  'g',
);

/** The titled people with a "since" date in one executive-branch entry. */
export function parseLeaders(country: string, text: string): Leader[] {
  const out: Leader[] = [];
  for (const m of unescape(text).replace(/\s+/g, ' ').matchAll(TITLE_RE)) {
    const name = m[2]!.replace(/,?\s+(?:Jr|Sr)\.?$/, '').trim();
    const since = isoDay(m[3]!);
    // A surname in capitals is what a Factbook name always has; a note's prose has none.
    if (!since || !/\b\p{Lu}{2,}\b/u.test(name) || /^\p{Ll}/u.test(name) || name.split(' ').length > 7)
      continue;
    out.push({ country, title: m[1]!, name, since });
  }
  return out;
}

/**
 * The country's name as the extractor's gazetteer knows it: the Factbook's short form ("Congo
 * (Brazzaville)", "Laos or Lao PDR" cut to their first name), else its long form ("The Dominican"
 * is "Dominican Republic").
 */
function countryName(short: string | undefined, long: string | undefined): string | null {
  for (const form of [short, long]) {
    const name = unescape(form ?? '')
      .replace(/\s*\(.*\)$/, '')
      .replace(/\s+or\s+.*$/, '')
      .trim();
    const place = name && !/^none$/i.test(name) ? lookupPlace(name) : null;
    if (place?.kind === 'country') return place.name;
  }
  return null;
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

function main(): void {
  const repo = process.argv[2];
  if (!repo) throw new Error('usage: tsx scripts/leaders-from-factbook.ts <factbook.json clone>');
  const commits = git(repo, 'log', '--format=%H %ad', '--date=short', '--since=2016-01-01', 'HEAD')
    .trim()
    .split('\n')
    .map((l) => l.split(' ') as [string, string]);
  // The newest commit of each month, oldest month first (so a leader keeps the earliest "since").
  const monthly = new Map<string, string>();
  for (const [hash, day] of commits.reverse()) monthly.set(day.slice(0, 7), hash);
  const seen = new Map<string, Leader>();
  for (const hash of monthly.values()) {
    const files = git(repo, 'ls-tree', '-r', '--name-only', hash)
      .split('\n')
      .filter((f) => /^[a-z-]+\/[a-z]{2}\.json$/.test(f) && !f.startsWith('meta'));
    for (const file of files) {
      let data: Record<string, Record<string, Record<string, { text?: string }>>>;
      try {
        data = JSON.parse(git(repo, 'show', `${hash}:${file}`)) as typeof data;
      } catch {
        continue;
      }
      const gov = data.Government;
      const names = gov?.['Country name'];
      const short = countryName(
        names?.['conventional short form']?.text,
        names?.['conventional long form']?.text,
      );
      const exec = gov?.['Executive branch'];
      // (A dependency's chief of state is another country's: Guam's President is the U.S.'s.)
      if (!short || !exec || gov['Dependency status']) continue;
      for (const field of ['chief of state', 'head of government']) {
        for (const l of parseLeaders(short, exec[field]?.text ?? '')) {
          const key = `${l.country}|${l.title}|${l.name.normalize('NFD').replace(/\p{M}/gu, '')}`;
          if (!seen.has(key)) seen.set(key, l);
        }
      }
    }
  }
  const leaders = [...seen.values()].sort(
    (a, b) =>
      a.country.localeCompare(b.country) || a.since.localeCompare(b.since) || a.name.localeCompare(b.name),
  );
  const out = path.join(__dirname, '..', 'src', 'ingest', 'extract', 'lexicons', 'factbook-leaders.json');
  writeFileSync(out, JSON.stringify(leaders, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`${leaders.length} leaders from ${monthly.size} monthly snapshots → ${out}`);
}

if (require.main === module) main();
