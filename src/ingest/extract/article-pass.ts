/**
 * The article pass of mention finding: runs that no lexicon or pattern claimed in their sentence
 * are decided with what the whole article names (ship names without prefix, defined acronyms,
 * surnames of people named in full, context such as "in X" or ", a Venezuelan gang").
 */
import { initials, nameKey, personNamesCompatible, shipKey } from '../../domain/names';
import { makeMention, spanText } from './classify';
import { lookupPlace } from './lexicon';
import { FUNCTION_WORD_SET, NON_ENTITY_CAPS, SAY_VERBS } from './lexicons/words';
import type { Mention, Sentence } from './model';
import type { Run } from './runs';
import { isCapWord } from './runs';

/** A run left undecided by the sentence pass. */
export interface Weak {
  sent: Sentence;
  run: Run;
}

/** Decides the runs no lexicon or pattern claimed, using what the whole article names. */
export function articlePass(out: Mention[], weak: Weak[]): void {
  const ships = new Map<string, string>();
  const orgs: Mention[] = [];
  const acronyms = new Map<string, Mention>();
  for (const m of out) {
    if (m.type === 'Ship') ships.set(shipKey(m.text), m.text);
    if (m.type === 'Organization') orgs.push(m);
  }
  // "U.S. Customs and Border Protection (CBP)": the parenthesized acronym names the body.
  for (const w of weak) {
    const t = w.sent.tokens;
    const acr = t[w.run.s];
    if (w.run.e - w.run.s !== 1 || !acr || t[w.run.s - 1]?.text !== '(' || t[w.run.e]?.text !== ')') continue;
    const before = out.find((m) => m.sentence === w.sent.index && m.tokenEnd === w.run.s - 1);
    if (before && /^\p{Lu}{2,}$/u.test(acr.text)) acronyms.set(acr.text, before);
  }
  // "the Jalisco cartel, known as CJNG": the acronym names the mention just before.
  for (const w of weak) {
    const text = spanText(w.sent, w.run.s, w.run.e);
    const lead = w.sent.text.slice(0, (w.sent.tokens[w.run.s]?.start ?? 0) - w.sent.start);
    if (!/^\p{Lu}{2,6}$/u.test(text) || !/(?:,\s*|\b)(?:known as|also called|dubbed|or)\s+$/.test(lead))
      continue;
    const before = out.filter(
      (m) => m.sentence === w.sent.index && m.tokenEnd <= w.run.s && m.tokenEnd >= w.run.s - 4,
    );
    const last = before[before.length - 1];
    if (last) acronyms.set(text, last);
  }
  // Distinct names only: the compatibility checks below run once per name, not per mention.
  const persons = [...new Set(out.filter((m) => m.type === 'Person').map((m) => m.text))];
  const rest: Weak[] = [];
  for (const w of weak) {
    const m = resolveKnown(w, ships, acronyms, orgs, persons);
    if (m) out.push(m);
    else rest.push(w);
  }
  // Unknown two-to-four-word names are people; then one-word names that match one of them.
  const single: Weak[] = [];
  for (const w of rest) {
    const kind = contextKind(w);
    if (kind) {
      const m = makeMention(w.sent, w.run.s, kind === 'Cartel' ? w.run.e : w.run.e, kind, {
        lexName: kind === 'Cartel' ? spanText(w.sent, w.run.s, w.run.e) : null,
      });
      out.push(m);
      continue;
    }
    if (w.run.e - w.run.s >= 2 && nameShaped(w)) {
      const m = makeMention(w.sent, w.run.s, w.run.e, 'Person');
      out.push(m);
      if (!persons.includes(m.text)) persons.push(m.text);
    } else if (w.run.e - w.run.s === 1) single.push(w);
  }
  for (const w of single) {
    const text = spanText(w.sent, w.run.s, w.run.e);
    const next = w.sent.tokens[w.run.e]?.text.toLowerCase() ?? '';
    const initial = w.run.s === firstWord(w.sent);
    if (
      persons.some((p) => personNamesCompatible(p, text)) ||
      (SAY_VERBS.has(next) && !initial && nameShaped(w))
    ) {
      out.push(makeMention(w.sent, w.run.s, w.run.e, 'Person'));
    }
  }
}

function resolveKnown(
  w: Weak,
  ships: Map<string, string>,
  acronyms: Map<string, Mention>,
  orgs: Mention[],
  persons: string[],
): Mention | null {
  const text = spanText(w.sent, w.run.s, w.run.e);
  const ship = ships.get(shipKey(text));
  if (ship) return makeMention(w.sent, w.run.s, w.run.e, 'Ship', { lexName: ship });
  const defined = acronyms.get(text);
  if (defined) return makeMention(w.sent, w.run.s, w.run.e, defined.type, { lexName: defined.text });
  if (/^\p{Lu}{2,6}$/u.test(text)) {
    const org = orgs.find((o) => initials(o.shortForm ?? o.text) === text || initials(o.text) === text);
    if (org) return makeMention(w.sent, w.run.s, w.run.e, 'Organization', { lexName: org.text });
  }
  if (
    w.run.e - w.run.s >= 2 &&
    persons.some((p) => personNamesCompatible(p, text) && nameKey(p) !== nameKey(text))
  ) {
    return makeMention(w.sent, w.run.s, w.run.e, 'Person');
  }
  return null;
}

const GANG_APPOSITIVE =
  /^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:gang|cartel|syndicate|mafia|militia|(?:criminal|crime|trafficking|drug-trafficking|drug trafficking) (?:organi[sz]ation|group|network|ring))\b/i;

/**
 * What a run's context says it is: "Tren de Aragua, a Venezuelan gang" → Cartel; "in Culiacán",
 * "near Matamoros, Mexico" → Location (no one is "in" a person).
 */
function contextKind(w: Weak): 'Cartel' | 'Location' | null {
  const t = w.sent.tokens;
  const end = t[w.run.e - 1]?.end ?? 0;
  const after = w.sent.text.slice(end - w.sent.start);
  if (GANG_APPOSITIVE.test(after)) return 'Cartel';
  const prev = t[w.run.s - 1]?.text ?? '';
  const next = t[w.run.e]?.text ?? '';
  if ((prev === 'in' || prev === 'near') && !/^[’']s$/.test(next) && nameShaped(w)) return 'Location';
  const afterComma = /^,\s+([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)/u.exec(after)?.[1];
  if (afterComma && lookupPlace(afterComma) && nameShaped(w) && prev !== ',') return 'Location';
  return null;
}

function firstWord(sent: Sentence): number {
  return Math.max(
    0,
    sent.tokens.findIndex((t) => t.word),
  );
}

/** Every word capitalized (not all-caps), no digits, no closed-class or non-entity words. */
function nameShaped(w: Weak): boolean {
  for (let k = w.run.s; k < w.run.e; k++) {
    const t = w.sent.tokens[k];
    if (!t) return false;
    if (!isCapWord(t)) continue; // particles
    if (/\p{N}/u.test(t.text) || NON_ENTITY_CAPS.has(t.text) || FUNCTION_WORD_SET.has(t.text.toLowerCase())) {
      return false;
    }
    if (t.text.length > 1 && t.text === t.text.toUpperCase() && !/^\p{Lu}\.$/u.test(t.text)) return false;
  }
  return true;
}
