/**
 * A deterministic synthetic news corpus for the ingest benchmark: articles built from varied
 * sentence templates over name lists (people with titles, agencies, cartels, ships, places),
 * written as JSONL records `{ id, title, source, publishedAt, text }`.
 */
import fs from 'node:fs';
import { once } from 'node:events';

const FIRST = [
  'Ana',
  'Luis',
  'María',
  'Carlos',
  'Elena',
  'Jorge',
  'Sofía',
  'Miguel',
  'Laura',
  'Pedro',
  'Isabel',
  'Andrés',
  'Carmen',
  'Diego',
  'Lucía',
  'Tomás',
  'Rosa',
  'Pablo',
  'Julia',
  'Ramón',
  'James',
  'Mary',
  'Robert',
  'Linda',
  'David',
  'Susan',
  'Daniel',
  'Karen',
  'Mark',
  'Nancy',
  'Paul',
  'Helen',
  'Steven',
  'Ruth',
  'Kevin',
  'Alice',
  'Brian',
  'Grace',
  'Eric',
  'Diane',
];
const LAST = [
  'Moreno',
  'Ortega',
  'Salazar',
  'Castillo',
  'Navarro',
  'Delgado',
  'Vargas',
  'Cortés',
  'Ibarra',
  'Quintero',
  'Serrano',
  'Fuentes',
  'Aguilar',
  'Montoya',
  'Cabrera',
  'Villalobos',
  'Pacheco',
  'Beltrán',
  'Rosales',
  'Galindo',
  'Whitaker',
  'Holloway',
  'Brennan',
  'Caldwell',
  'Donovan',
  'Fletcher',
  'Garrison',
  'Hartley',
  'Kessler',
  'Lindqvist',
  'Mercer',
  'Norwood',
  'Prescott',
  'Radcliffe',
  'Sterling',
  'Thornton',
  'Underwood',
  'Vance',
  'Winslow',
  'Yardley',
];
const COUNTRIES = [
  'Mexico',
  'Colombia',
  'Guatemala',
  'Honduras',
  'Ecuador',
  'Peru',
  'Panama',
  'Venezuela',
  'Canada',
  'Brazil',
  'Chile',
  'Argentina',
  'Costa Rica',
  'El Salvador',
  'Nicaragua',
  'Cuba',
  'Jamaica',
  'Haiti',
  'Bolivia',
  'Paraguay',
];
const CITIES: Array<[string, string]> = [
  ['Monterrey', 'Mexico'],
  ['Guadalajara', 'Mexico'],
  ['Tijuana', 'Mexico'],
  ['Bogotá', 'Colombia'],
  ['Medellín', 'Colombia'],
  ['Quito', 'Ecuador'],
  ['Guayaquil', 'Ecuador'],
  ['Lima', 'Peru'],
  ['Panama City', 'Panama'],
  ['Caracas', 'Venezuela'],
  ['San José', 'Costa Rica'],
  ['Tegucigalpa', 'Honduras'],
  ['Toronto', 'Canada'],
  ['São Paulo', 'Brazil'],
  ['Santiago', 'Chile'],
];
const WATERS = ['the Caribbean', 'the Pacific', 'the Gulf of Mexico', 'the Atlantic'];
const AGENCY_TOPICS = [
  'Defense',
  'Justice',
  'Homeland Security',
  'the Treasury',
  'Public Security',
  'Foreign Affairs',
  'the Interior',
  'Energy',
  'Commerce',
  'Transportation',
];
const AGENCIES = [
  'Drug Enforcement Administration',
  'Federal Bureau of Investigation',
  'Coast Guard',
  'Southern Command',
  'National Guard',
  'Border Patrol',
  'Customs and Border Protection',
  'Office of Foreign Assets Control',
  'Attorney General’s Office',
  'Navy',
];
const CARTEL_STEMS = [
  'Gulf',
  'Pacific',
  'Northern',
  'Sierra',
  'Valle',
  'Costa',
  'Altiplano',
  'Frontera',
  'Laguna',
  'Montaña',
  'Río Bravo',
  'Occidente',
];
const SHIPS = [
  'Harbor Star',
  'Liberty Bell',
  'Meridian',
  'Stalwart',
  'Resolute',
  'Constellation',
  'Independence',
  'Vigilant',
  'Galveston',
  'Shenandoah',
  'Cape Fear',
  'Bunker Hill',
  'Valiant',
  'Endurance',
  'Sentinel',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ROLES: Array<[string, (r: Rng) => string]> = [
  ['Secretary of State', () => 'U.S. Department of State'],
  ['Foreign Minister', (r) => r.pick(COUNTRIES)],
  ['President', (r) => r.pick(COUNTRIES)],
  ['Defense Secretary', () => 'U.S. Department of Defense'],
  ['Attorney General', (r) => r.pick(COUNTRIES)],
  ['spokesman', (r) => `Ministry of ${r.pick(AGENCY_TOPICS)}`],
  ['Security Minister', (r) => r.pick(COUNTRIES)],
];

/** Mulberry32: small, fast and deterministic. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

interface Cast {
  people: Array<{ name: string; role: string; org: string }>;
  cartel: string;
  ships: string[];
  country: string;
  city: [string, string];
  agency: string;
}

function cast(r: Rng): Cast {
  const people = Array.from({ length: 3 }, () => {
    const [role, org] = r.pick(ROLES);
    return { name: `${r.pick(FIRST)} ${r.pick(LAST)}`, role, org: org(r) };
  });
  return {
    people,
    cartel: `${r.pick(CARTEL_STEMS)} Cartel`,
    ships: [r.pick(SHIPS), r.pick(SHIPS)],
    country: r.pick(COUNTRIES),
    city: r.pick(CITIES),
    agency: r.pick(AGENCIES),
  };
}

const surname = (name: string) => name.split(' ').slice(1).join(' ');

const TEMPLATES: Array<(c: Cast, r: Rng, day: string) => string> = [
  (c, _r, day) =>
    `On ${day}, ${c.people[0]!.role} ${c.people[0]!.name} spoke by phone with ${c.people[1]!.role} ${c.people[1]!.name} about border security and drug trafficking.`,
  (c) =>
    `${surname(c.people[0]!.name)} and ${surname(c.people[1]!.name)} agreed to meet again in ${c.city[0]} to discuss cooperation against the ${c.cartel}.`,
  (c, _r, day) =>
    `${c.people[2]!.role} ${c.people[2]!.name} traveled to ${c.city[0]}, ${c.city[1]}, on ${day} for talks with senior officials.`,
  (c) =>
    `The U.S. Department of State designated the ${c.cartel} a foreign terrorist organization, a move that ${c.country} criticized.`,
  (c, r) =>
    `The Navy deployed the USS ${c.ships[0]} and the USS ${c.ships[1]} to ${r.pick(WATERS)} as part of a counternarcotics mission.`,
  (c) =>
    `Officials from the ${c.agency} said the ${c.cartel} moved large quantities of fentanyl through ${c.city[0]}.`,
  (c, r) =>
    `Authorities in ${c.country} arrested ${r.pick(FIRST)} ${r.pick(LAST)}, a suspected leader of the ${c.cartel}, in ${c.city[0]}.`,
  (c) =>
    `“We will not accept interference in our internal affairs,” ${surname(c.people[1]!.name)} told reporters after the meeting.`,
  (c, r) =>
    `The ${c.agency} seized ${1 + r.int(900)} kilograms of cocaine aboard a vessel off the coast of ${c.country}.`,
  (c) => `${c.country} extradited several members of the ${c.cartel} to the United States last week.`,
  (c, _r, day) =>
    `On ${day}, the Treasury Department sanctioned three companies it said laundered money for the ${c.cartel}.`,
  (c) =>
    `Analysts said the talks between ${c.country} and the United States would shape security policy for years, and that both governments faced pressure at home to show results quickly.`,
  (c) =>
    `${c.people[0]!.name} has served as ${c.people[0]!.role} since last year and previously led a commission on public security in ${c.country}.`,
];

/** Articles a day in a `feed` corpus: about what the `random` corpus reaches at 100,000 articles. */
export const FEED_ARTICLES_PER_DAY = 150;

/**
 * How article dates are drawn. `random`: every article on a random day of 2024–2025 (672 days), as
 * when an archive is back-filled in no order, so each day's events keep growing until the end of
 * the run. `feed`: articles in publication order, FEED_ARTICLES_PER_DAY a day from 1 January 2024,
 * as a news feed is ingested, so a day is complete once the feed has moved past it.
 */
export type CorpusDates = 'random' | 'feed';

/** Writes `count` articles as JSONL to `file`; returns total words written. */
export async function writeSyntheticCorpus(
  file: string,
  count: number,
  seed = 42,
  dates: CorpusDates = 'random',
): Promise<{ words: number; bytes: number }> {
  const r = new Rng(seed);
  const out = fs.createWriteStream(file);
  let words = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const c = cast(r);
    // Drawn in both modes, so that a feed corpus has the same casts and sentences as a random one.
    let year = 2024 + r.int(2);
    let month = r.int(12);
    let dayOfMonth = 1 + r.int(27);
    if (dates === 'feed') {
      const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / FEED_ARTICLES_PER_DAY)));
      [year, month, dayOfMonth] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
    }
    const day = `${MONTHS[month]} ${dayOfMonth}`;
    const paragraphs: string[] = [];
    const n = 10 + r.int(8);
    for (let p = 0; p < n; p++) {
      const sentences = [r.pick(TEMPLATES)(c, r, day), r.pick(TEMPLATES)(c, r, day)];
      paragraphs.push(sentences.join(' '));
    }
    const text = paragraphs.join('\n\n');
    const record = {
      id: `synthetic-${String(i).padStart(6, '0')}`,
      title: `${c.people[0]!.name} presses ${c.country} on the ${c.cartel}`,
      source: 'Synthetic Wire',
      // A random article is published two days after its events, a feed article the same day.
      publishedAt: `${year}-${String(month + 1).padStart(2, '0')}-${String(dates === 'feed' ? dayOfMonth : Math.min(28, dayOfMonth + 2)).padStart(2, '0')}T12:00:00Z`,
      text,
    };
    const line = `${JSON.stringify(record)}\n`;
    words += text.split(/\s+/).length;
    bytes += Buffer.byteLength(text);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { words, bytes };
}
