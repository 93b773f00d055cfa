/**
 * The cleaner against the five real scraped seed articles and their gold annotations in shared/:
 * known page furniture must go, and no sentence that the gold quotes as evidence may be lost.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanArticle } from '../../src/ingest/clean';

const projectRoot = path.resolve(__dirname, '../..');
const shared = path.resolve(projectRoot, '../shared');
const seedDir = path.join(shared, 'corpus/seed');
const goldDir = path.join(shared, 'eval/gold/seed');
if (!existsSync(seedDir) || !existsSync(goldDir)) {
  throw new Error(
    `shared/ not found: expected ${seedDir} and ${goldDir} (shared/ is checked out beside the project root)`,
  );
}

interface Gold {
  article: string;
  relations: { evidence?: string }[];
  events: { evidence?: string }[];
}

const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const clean = (file: string) => {
  const text = readFileSync(path.join(seedDir, file), 'utf8');
  const result = cleanArticle({
    id: file,
    title: null,
    url: null,
    source: null,
    publishedAt: null,
    text,
    origin: file,
  });
  return { text, result };
};

it('finds the seed articles', () => {
  expect(seeds.length).toBeGreaterThanOrEqual(5);
});

describe.each(seeds)('%s', (file) => {
  const { text, result } = clean(file);
  const goldFile = path.join(goldDir, file.replace(/\.txt$/, '.json'));
  const gold = existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, 'utf8')) as Gold) : null;
  const evidence = [...(gold?.relations ?? []), ...(gold?.events ?? [])]
    .map((r) => r.evidence)
    .filter((e): e is string => typeof e === 'string' && text.includes(e));

  it('keeps every gold evidence sentence, quotable from the original through toOriginal', () => {
    for (const sentence of evidence) {
      const s = result.cleanText.indexOf(sentence);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(text.slice(result.toOriginal(s), result.toOriginal(s + sentence.length))).toBe(sentence);
    }
  });

  it('keeps every line of prose that carries no copyright notice', () => {
    const prose = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.split(/\s+/).length >= 8 && /[.!?]["”’)]*$/.test(l) && !l.includes('©'));
    for (const line of prose) expect(result.cleanText).toContain(line);
  });

  it('removes lines that are only player clocks, slashes, copyright or related-story headers', () => {
    const furniture = /^(?:\d+:\d{2}(?: \d+:\d{2})*|\/|©.*|More On This Topic|Play Live Radio|Next Up:)$/;
    for (const line of result.cleanText.split('\n')) expect(line).not.toMatch(furniture);
  });
});

describe('known furniture in the seed files', () => {
  it.each([
    ['004_e7dfa14446febc47.txt', 'Available On Air Stations'],
    ['004_e7dfa14446febc47.txt', 'NYTNS'],
    ['004_e7dfa14446febc47.txt', 'TIERNEY L. CROSS'],
    ['004_e7dfa14446febc47.txt', 'Secretary of State Marco Rubio'],
    ['001_3e349a1bc3eb3372.txt', 'Bolsonaro to Be Moved to Papuda Prison After Supreme Court Order'],
    ['001_3e349a1bc3eb3372.txt', 'US Imposes 25% Tariff on High-End Semiconductors as Phase One Move'],
  ])('%s loses the line %j', (file, line) => {
    const { text, result } = clean(file);
    expect(text.split('\n').map((l) => l.trim())).toContain(line);
    expect(result.cleanText.split('\n')).not.toContain(line);
    expect(result.removed.map((r) => r.text)).toContain(line);
  });

  it('takes the headline of 004 as its title and keeps its photo caption', () => {
    const { result } = clean('004_e7dfa14446febc47.txt');
    expect(result.title).toBe('Rubio flies to Mexico for security talks amid Trump pressure campaign');
    expect(result.cleanText).toMatch(/^FILE — Secretary of State Marco Rubio departs after a meeting/);
  });

  it('keeps the subheads and list items of 003', () => {
    const { result } = clean('003_be681fbe6b720575.txt');
    expect(result.removed).toEqual([]);
    expect(result.cleanText).toContain(
      '\nA familiar dispute: U.S. military action vs. Mexican sovereignty\n',
    );
    expect(result.cleanText).toContain('\n- a significant drop in homicides\n');
  });
});
