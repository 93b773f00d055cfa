import type { RawArticle } from '../../src/domain/types';

/**
 * A small news corpus whose resolution does not depend on the order articles arrive in, for the
 * concurrency tests: every person has a surname nobody else has and is named in full (with title)
 * before any bare surname in the same article; every call has a full date and a pair of people
 * that no other call on that date has; several articles report each call, in different words.
 * So a sequential run in any order yields one graph, and concurrent writers must yield it too.
 */
const PEOPLE: Array<[string, string, string]> = [
  ['Ana Moreno', 'Foreign Minister', 'Peru'],
  ['Luis Ortega', 'Security Minister', 'Chile'],
  ['Elena Varga', 'Attorney General', 'Colombia'],
  ['Jorge Salcedo', 'President', 'Ecuador'],
  ['Sofía Quintero', 'Foreign Minister', 'Panama'],
  ['Miguel Arrieta', 'Defense Minister', 'Honduras'],
  ['Laura Bermúdez', 'Attorney General', 'Guatemala'],
  ['Pedro Villalobos', 'Security Minister', 'Mexico'],
  ['Isabel Carrizo', 'President', 'Costa Rica'],
  ['Tomás Echeverría', 'Foreign Minister', 'Bolivia'],
  ['Rosa Palacios', 'Interior Minister', 'Paraguay'],
  ['Diego Montalvo', 'Defense Minister', 'Venezuela'],
];
const CITIES = ['Lima', 'Santiago', 'Bogotá', 'Quito', 'Panama City', 'Tegucigalpa'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

interface Story {
  a: number;
  b: number;
  month: number;
  day: number;
  city: string;
}

function stories(count: number): Story[] {
  const out: Story[] = [];
  for (let i = 0; i < count; i++) {
    const a = i % PEOPLE.length;
    const b = (a + 1 + (Math.floor(i / PEOPLE.length) % (PEOPLE.length - 1))) % PEOPLE.length;
    out.push({ a, b, month: i % MONTHS.length, day: 1 + ((i * 7) % 27), city: CITIES[i % CITIES.length]! });
  }
  return out;
}

const surname = (name: string) => name.split(' ').slice(1).join(' ');

function tell(s: Story, variant: number): string {
  const [aName, aRole, aCountry] = PEOPLE[s.a]!;
  const [bName, bRole, bCountry] = PEOPLE[s.b]!;
  const date = `${MONTHS[s.month]} ${s.day}, 2025`;
  const opening =
    variant % 2 === 0
      ? `On ${date}, ${aCountry}'s ${aRole} ${aName} spoke by phone with ${bCountry}'s ${bRole} ${bName} about border security.`
      : `${bCountry}'s ${bRole} ${bName} spoke by phone with ${aCountry}'s ${aRole} ${aName} on ${date} about drug trafficking.`;
  return [
    opening,
    `${surname(aName)} and ${surname(bName)} agreed to meet again in ${s.city}.`,
    `Officials in ${aCountry} said the talks with ${bCountry} would continue.`,
  ].join(' ');
}

/**
 * `count` articles (ids `story-000` …), each reporting two calls; call k is reported by the
 * articles k, k+1 and k+2 (mod the number of calls), so every call has three reports.
 */
export function storyCorpus(count: number, prefix = 'story'): RawArticle[] {
  const all = stories(count);
  return Array.from({ length: count }, (_, i) => {
    const first = all[i]!;
    const second = all[(i + count - 2) % count]!;
    const id = `${prefix}-${String(i).padStart(3, '0')}`;
    return {
      id,
      title: `Regional security talks, report ${i}`,
      url: null,
      source: 'Test Wire',
      publishedAt: '2025-07-01T12:00:00Z',
      text: `${tell(first, i)}\n\n${tell(second, i + 1)}`,
      origin: id,
    };
  });
}
