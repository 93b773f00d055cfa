/**
 * The article pass of mention finding: runs that no lexicon or pattern claimed in their sentence
 * are decided with what the whole article names (ship names without prefix, defined acronyms,
 * surnames of people named in full, context such as "in X" or ", a Venezuelan gang").
 */
import { initials, nameKey, personNamesCompatible, shipKey } from '../../domain/names';
import { aliasIntro, cartelContext, cartelKey, cartelShape, numberedGangEnd } from './cartels';
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
  const known: Weak[] = [];
  for (const w of weak) {
    const m = resolveKnown(w, ships, acronyms, orgs, persons);
    if (m) out.push(m);
    else known.push(w);
  }
  const afterCartels = cartelPass(out, known);
  const nicknames = afterCartels.filter(isNickname);
  const rest = afterCartels.filter((w) => !nicknames.includes(w));
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
  linkNicknames(out, nicknames);
}

/**
 * Criminal groups without the word "cartel" (see cartels.ts): collects the names that any mention's
 * shape or context marks, then makes every weak run with such a name a Cartel, and turns a name
 * introduced as another name of a group ("X, which also calls itself the Y") into that group.
 * Returns the runs still undecided.
 */
function cartelPass(out: Mention[], weak: Weak[]): Weak[] {
  const names = new Map<string, string>();
  const note = (form: string): void => {
    const key = cartelKey(form);
    const had = names.get(key);
    // Prefer the full plural form ("Los Cachiros") over a bare one ("Cachiros").
    if (!had || (/^(?:Los|Las)\s/.test(form) && !/^(?:Los|Las)\s/.test(had))) names.set(key, form);
  };
  for (const m of out) if (m.type === 'Cartel') note(m.lexName ?? m.text);
  const ends = new Map<Weak, number>();
  for (const w of weak) {
    const numbered = numberedGangEnd(w.sent, w.run.s, w.run.e);
    const e = numbered > 0 ? numbered : w.run.e;
    ends.set(w, e);
    const shaped =
      cartelShape(w.sent, w.run.s, e) ||
      (numbered > 0 && /^[A-Z][a-z]/.test(w.sent.tokens[w.run.s]?.text ?? ''));
    if (shaped || cartelContext(w.sent, w.run.s, e)) note(spanText(w.sent, w.run.s, e));
  }
  if (names.size === 0) return weak;
  const rest: Weak[] = [];
  const made: Mention[] = [];
  for (const w of weak) {
    const e = ends.get(w) ?? w.run.e;
    const text = spanText(w.sent, w.run.s, e);
    let canonical = aliasIntro(w.sent, w.run.s) ? groupBefore(out, made, w.sent, w.run.s) : undefined;
    canonical ??= names.get(cartelKey(text));
    if (!canonical) {
      rest.push(w);
      continue;
    }
    const m = makeMention(w.sent, w.run.s, e, 'Cartel', { lexName: canonical });
    made.push(m);
    out.push(m);
  }
  // "The Clan del Golfo, which also calls itself the Gaitanista Army of Colombia": one group.
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i];
    if (!m || m.type === 'Cartel' || m.type === 'Person' || m.role === 'qualifier') continue;
    if (m.type === 'Location' && m.lexName) continue;
    const sent = sentenceOf(weak, m);
    if (!sent || !aliasIntro(sent, m.tokenStart)) continue;
    const group = groupBefore(out, made, sent, m.tokenStart);
    if (!group) continue;
    const span = out.filter((x) => x.sentence === m.sentence && x.start >= m.start && x.end <= m.end);
    for (const x of span) out.splice(out.indexOf(x), 1);
    out.push({
      ...m,
      type: 'Cartel',
      lexName: group,
      qualifierCountry: null,
      shortForm: null,
      role: 'plain',
    });
    i = Math.min(i, out.length);
  }
  return rest;
}

/** The group named within a few tokens before token s of the sentence, if any. */
function groupBefore(out: Mention[], made: Mention[], sent: Sentence, s: number): string | undefined {
  const near = [...out, ...made].filter(
    (m) => m.type === 'Cartel' && m.sentence === sent.index && m.tokenEnd <= s && m.tokenEnd >= s - 6,
  );
  const last = near.sort((a, b) => a.tokenEnd - b.tokenEnd)[near.length - 1];
  return last ? (last.lexName ?? last.text) : undefined;
}

function sentenceOf(weak: Weak[], m: Mention): Sentence | undefined {
  return weak.find((w) => w.sent.index === m.sentence)?.sent;
}

const NICKNAME_INTRO =
  /\b(?:known as|known by the (?:alias|nickname)|alias|nicknamed|dubbed)\s*[,:]?\s*["“]$/i;

/** A quoted nickname after a name: 'Wilmer Restrepo, known by the alias "El Zarco,"'. */
function isNickname(w: Weak): boolean {
  const at = (w.sent.tokens[w.run.s]?.start ?? 0) - w.sent.start;
  return NICKNAME_INTRO.test(w.sent.text.slice(Math.max(0, at - 40), at));
}

/** A nickname is another name of the person named just before it in the sentence. */
function linkNicknames(out: Mention[], nicknames: Weak[]): void {
  for (const w of nicknames) {
    const person = out
      .filter((m) => m.type === 'Person' && m.sentence === w.sent.index && m.tokenEnd <= w.run.s)
      .sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
    if (person && w.run.s - person.tokenEnd <= 12) {
      out.push(makeMention(w.sent, w.run.s, w.run.e, 'Person', { lexName: person.lexName ?? person.text }));
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

const PLACE_OF =
  /\b(?:city|cities|town|towns|port|ports|province|provinces|department|departments|state|states|region|municipality|village|capital|island|district|neighborhood|suburb|border town|port city)\s+of\s+(?:(?:[\p{Lu}][\p{L}’'-]*\s+){0,2}[\p{Lu}][\p{L}’'-]*(?:,|\s+and|\s+or)\s+)?$/u;
const PLACE_NAME_HEAD = /^(?:Los|Las|San|Santa|Santo|Puerto|Villa|Ciudad)$/;
const MOTION = new Set(['to', 'from', 'into', 'toward', 'towards', 'at', 'outside']);
const PLACE_NOUN_AFTER =
  /^\s+(?:prison|jail|penitentiary|airport|naval base|air base|jungle|rainforest|desert|highlands|lowlands|coast|coastline|valley|basin|gap|isthmus|province|department|region|municipality)\b/;

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
  // "sent to Los Pinos", "from Santa Rita": Spanish place-name heads after a motion preposition.
  if (PLACE_NAME_HEAD.test(t[w.run.s]?.text ?? '') && MOTION.has(prev) && w.run.e - w.run.s >= 2)
    return 'Location';
  // "the northern city of Tumbes", "the port of Turbo", "the department of Antioquia", "the ports
  // of Guayaquil and Manta", "the Darién jungle": a place noun names what the run is.
  const lead = w.sent.text.slice(0, (t[w.run.s]?.start ?? 0) - w.sent.start);
  if (PLACE_OF.test(lead) && nameShaped(w)) return 'Location';
  if (PLACE_NOUN_AFTER.test(after) && nameShaped(w) && !/^[’']s$/.test(next)) return 'Location';
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
    if (t.text.length > 1 && t.text === t.text.toUpperCase() && !/^\p{Lu}\.$|^[IVX]{2,4}$/u.test(t.text))
      return false;
  }
  return true;
}
