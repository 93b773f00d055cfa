/**
 * Definite descriptions: "the navy said …" after "the Mexican Navy" names that navy. A lower-case
 * head noun right after "the" stands for the one body of the article whose name has that head,
 * when the article named it before and names no other body, and mentions no unnamed one, that the
 * noun could stand for ("Chinese navy" beside "the Philippine Navy" leaves "the navy" open).
 * The mentions found here feed the relation and event rules only; they add no alias.
 */
import type { EntityGroup } from './entities';
import { makeMention } from './classify';
import { lookupDemonym, lookupPlace } from './lexicon';
import type { Mention, Sentence } from './model';

/** Head nouns that name a body on their own after "the" (lower case), and the types they name. */
const HEADS: readonly { words: string[]; type: 'Organization' | 'Cartel' }[] = [
  { words: ['navy'], type: 'Organization' },
  { words: ['coast', 'guard'], type: 'Organization' },
  { words: ['ministry'], type: 'Organization' },
  { words: ['department'], type: 'Organization' },
  { words: ['embassy'], type: 'Organization' },
  { words: ['police'], type: 'Organization' },
  { words: ['court'], type: 'Organization' },
  { words: ['cartel'], type: 'Cartel' },
];

/** Mentions of bodies the article refers to by a definite description alone. */
export function definiteMentions(sentences: Sentence[], groups: EntityGroup[], text: string): Mention[] {
  const out: Mention[] = [];
  const lower = text.toLowerCase();
  for (const head of HEADS) {
    const phrase = head.words.join(' ');
    if (!lower.includes(`the ${phrase}`)) continue;
    const named = groups.filter(
      (g) => g.type === head.type && [g.name, ...g.forms].some((f) => hasHead(f, head.words)),
    );
    const body = named.length === 1 ? named[0] : undefined;
    if (!body || otherUnnamed(text, phrase, body)) continue;
    const first = Math.min(...body.mentions.map((m) => m.start));
    for (const sent of sentences) {
      const t = sent.tokens;
      for (let i = 1; i + head.words.length <= t.length; i++) {
        if (t[i - 1]?.lower !== 'the') continue;
        if (!head.words.every((w, k) => t[i + k]?.text === w)) continue;
        const e = i + head.words.length;
        // "the police Special Task Force", "the police deployment", "the department of
        // Chalatenango": a modifier, not a name. The noun stands alone before a verb or a pause.
        if (!standsAlone(t[e]?.text)) continue;
        if ((t[i]?.start ?? 0) < first) continue;
        out.push(makeMention(sent, i, e, body.type, { basis: 'organization:definite', entity: body.name }));
      }
    }
  }
  return out;
}

// What may follow a body's noun standing alone: a pause, a possessive, an auxiliary, an adverb or
// a preposition of time or place, or a past-tense verb ("the navy seized", "the court ruled").
const AFTER_ALONE =
  /^(?:[,.;:)"”’']|[’']s|said|says|say|told|tells|has|had|have|was|were|is|are|will|would|could|can|may|might|also|later|then|now|still|previously|first|on|in|at|during|late|early|last|this|and|after|before|did|does)$/i;

function standsAlone(next: string | undefined): boolean {
  if (next === undefined) return true;
  return AFTER_ALONE.test(next) || /^\p{Ll}{3,}ed$/u.test(next);
}

/** "Mexican Navy", "Ministry of Defense", "U.S. Embassy in Guatemala": the name has the head. */
function hasHead(name: string, words: string[]): boolean {
  const w = name.toLowerCase().split(/\s+/);
  const n = words.length;
  const at = (i: number) => words.every((x, k) => w[i + k] === x);
  if (w.length >= n && at(w.length - n)) return true;
  // (After a country that qualifies it: "U.S. Department of the Treasury".)
  return [0, 1].some((i) => w.length > i + n + 1 && at(i) && ['of', 'in', 'for'].includes(w[i + n] ?? ''));
}

/**
 * Whether the text speaks of another body with that head that it does not name: "China's coast
 * guard" or "the Chinese navy" where the named one is another country's.
 */
function otherUnnamed(text: string, phrase: string, body: EntityGroup): boolean {
  // (The phrase is matched as written, lower case: a text without its first word has none.)
  if (!text.includes(phrase.split(' ')[0] ?? phrase)) return false;
  const re = new RegExp(`(\\p{Lu}[\\p{L}.]*)(?:[’']s)?\\s+${phrase.replace(' ', '\\s+')}\\b`, 'gu');
  for (const m of text.matchAll(re)) {
    const word = m[1] ?? '';
    if (word === 'The') continue;
    const country = lookupDemonym(word)?.country ?? lookupPlace(word)?.country ?? null;
    if (country && body.country && country === body.country) continue;
    if (body.name.split(/\s+/).includes(word)) continue;
    return true;
  }
  return false;
}
