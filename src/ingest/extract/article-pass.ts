/**
 * The article pass of mention finding: runs that no lexicon or pattern claimed in their sentence
 * are decided with what the whole article names (ship names without prefix, defined acronyms,
 * surnames of people named in full, context such as "in X" or ", a Venezuelan gang").
 */
import {
  familyNameFirst,
  initials,
  nameKey,
  personNamesCompatible,
  shipKey,
  spellsOut,
} from '../../domain/names';
import {
  aliasIntro,
  cartelContext,
  cartelKey,
  cartelShape,
  NOT_GROUP_MEMBER,
  NOT_MEMBER_OF_WORD,
  numberedGangEnd,
} from './cartels';
import { makeMention, spanText } from './classify';
import { isPossessive, LIST_GAP, tok } from './context';
import { dateline } from './dateline';
import { lookupCity, lookupDemonym, lookupPlace, type CityInfo } from './lexicon';
import { isWordCityName } from './lexicons/gazetteer';
import { isCommonWord, isGivenName } from './lexicons/name-data';
import { ORG_TAIL_WORDS } from './lexicons/orgs';
import { FUNCTION_WORD_SET, NON_ENTITY_CAPS, SAY_VERBS, VESSEL_NOUNS } from './lexicons/words';
import type { Mention, Sentence } from './model';
import type { Run } from './runs';
import { isCapWord, lower } from './runs';
import { ONE_WORD_TITLES } from './lexicons/titles';
import { isLeaderSurname } from './lexicons/leaders';

/** A run left undecided by the sentence pass. */
export interface Weak {
  sent: Sentence;
  run: Run;
  /** The place the run is when nothing in the article says otherwise (a gazetteer name). */
  place?: Mention;
}

/** The first letters of every word, upper-cased ("Republic of Korea" → "ROK"). */
const allInitials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

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
    const acr = bracketedWord(w);
    if (!acr) continue;
    const before = out.find((m) => m.sentence === w.sent.index && m.tokenEnd === w.run.s - 1);
    // A place spells its own letters out ("United Arab Emirates (UAE)"); any other letters after
    // a place are someone else's, like a dateline's news agency ("ISTANBUL (AA) -").
    // ("Republic of Korea (ROK)": its letters with the small words' too.)
    const place =
      before?.type === 'Location' &&
      initials(before.lexName ?? before.text) !== acr.text &&
      allInitials(before.text) !== acr.text;
    // "Tren de Aragua (TdA)": a mixed-case acronym counts when its capitals spell the name out.
    const mixed = acronymShaped(acr.text) && spellsOut(before?.lexName ?? before?.text ?? '', acr.text);
    if (before && !place && (/^\p{Lu}{2,}$/u.test(acr.text) || mixed)) acronyms.set(acr.text, before);
  }
  // "PCG Spokesperson X" (a body before a title, decided already) names the body "(PCG)" spells out.
  for (const m of out) {
    const full = m.type === 'Organization' && !m.lexName ? acronyms.get(m.text) : undefined;
    if (full?.type === 'Organization') m.lexName = full.lexName ?? full.text;
  }
  // "Australian Federal Police (AFP)": an acronym the article spells out names that body, even
  // when the lexicon knows the letters as another one (Agence France-Presse).
  // ("the Mexican Navy (Semar)": the letters the lexicon gives to a body of the same head noun,
  // "Secretariat of the Navy", written in brackets right after this one, name this one.)
  for (const m of out) {
    if (
      m.type !== 'Organization' ||
      !/^\p{Lu}(?:\p{Lu}{1,5}|\p{Ll}{2,5})$/u.test(m.text) ||
      !m.lexName ||
      m.lexName === m.text
    )
      continue;
    const before = out.find(
      (b) => b.sentence === m.sentence && b.end + 2 === m.start && b.type === 'Organization' && b !== m,
    );
    const head = before?.text.split(/\s+/).pop() ?? '';
    const sameHead =
      !!before &&
      /^\p{Lu}\p{Ll}{3,}$/u.test(head) &&
      new RegExp(`\\b${head}$`).test(m.lexName) &&
      m.lexName.toLowerCase() !== before.text.toLowerCase();
    if (!before || (![before.text, before.shortForm ?? ''].some((f) => initials(f) === m.text) && !sameHead))
      continue;
    acronyms.set(m.text, before);
    for (const other of out) {
      if (other.type !== 'Organization' || other.text !== m.text) continue;
      other.lexName = before.lexName ?? before.text;
      other.basis = before.basis;
    }
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
  // "the merchant ship Eternity C", "the Russian corvette, Boikiy": a vessel noun names a ship;
  // every other mention of that name in the article is the same ship.
  for (const w of weak) {
    if (!vesselCue(w)) continue;
    const text = spanText(w.sent, w.run.s, w.run.e);
    if (!ships.has(shipKey(text))) ships.set(shipKey(text), `${text}${hullNumber(w)}`);
  }
  // Distinct names only: the compatibility checks below run once per name, not per mention.
  const persons = [...new Set(out.filter((m) => m.type === 'Person').map((m) => m.text))];
  const cartels = out.filter((m) => m.type === 'Cartel');
  const known: Weak[] = [];
  const gazetteerPlaces: Weak[] = [];
  for (const w of weak) {
    const m = resolveKnown(w, ships, acronyms, orgs, persons, cartels);
    if (m) out.push(m);
    else if (w.place) gazetteerPlaces.push(w);
    else known.push(w);
  }
  const afterCartels = cartelPass(out, known);
  const nicknames = afterCartels.filter(isNickname);
  const rest = afterCartels.filter((w) => !nicknames.includes(w));
  // Unknown two-to-four-word names are people when the article gives evidence of it (a given
  // name, a say-verb, an appositive role); then one-word names that match one of them. A name with
  // no evidence is left out: a missing entity is better than a wrong type.
  const evidenced = personEvidence(rest);
  // "Al-Shabaab said …" then "Al-Shabaab, a group linked to …": a name that one occurrence shows
  // to be a body or a gang is that in every sentence, whatever a say-verb elsewhere suggests.
  // (A name some sentence shows to be a place, "the region of Viña del Mar", is a place too.)
  const runs = rest.map((w) => ({ w, text: spanText(w.sent, w.run.s, w.run.e), kind: contextKind(w) }));
  const groupKind = new Map<string, 'Cartel' | 'Location' | 'Organization'>();
  for (const r of runs) if (r.kind) groupKind.set(nameKey(r.text), r.kind);
  const single: Weak[] = [];
  const conjuncts: Weak[] = [];
  let city: CityInfo | null;
  for (const { w, text: runText, kind: own } of runs) {
    const key = nameKey(runText);
    const known = groupKind.get(key);
    const kind = own ?? (known === 'Location' ? null : known) ?? null;
    // "the Iran-backed Houthis" after "Houthi forces": the plural of a group already typed is it.
    const plural = kind && runText.endsWith('s') ? groupNamed(out, runText.slice(0, -1)) : null;
    if (plural) {
      out.push(groupMention(w, plural));
      continue;
    }
    if (kind) {
      // "the Houthi movement": the movement's name includes its head noun.
      const movement = kind === 'Organization' && tok(w.sent, w.run.e) === 'movement';
      const m = makeMention(w.sent, w.run.s, movement ? w.run.e + 1 : w.run.e, kind, {
        basis: `${kind.toLowerCase()}:context`,
        lexName: kind === 'Cartel' ? runText : null,
      });
      // ("Houthi rebels": the group as the article calls it, kept among its forms.)
      const members = tok(w.sent, w.run.e);
      if (kind === 'Organization' && MEMBER_NOUNS.has(members)) m.memberForm = `${m.text} ${members}`;
      out.push(m);
      continue;
    }
    if (memberNounAfter(w, persons, evidenced)) {
      out.push(makeMention(w.sent, w.run.s, w.run.e, 'Organization', { basis: 'organization:context' }));
      continue;
    }
    if (w.run.e - w.run.s >= 2 && nameShaped(w) && known !== 'Location' && evidenced.has(key)) {
      const m = makeMention(w.sent, w.run.s, w.run.e, 'Person', {
        basis: evidenced.get(key) ?? 'person:context',
      });
      out.push(m);
      if (!persons.includes(m.text)) persons.push(m.text);
    } else if (
      w.run.e - w.run.s >= 2 &&
      w.run.e - w.run.s <= 3 &&
      known !== 'Location' &&
      conjunctShaped(w)
    ) {
      conjuncts.push(w);
    } else if ((city = gazetteerCity(w, out, persons))) {
      const m = makeMention(w.sent, w.run.s, w.run.e, 'Location', {
        lexName: city.name,
        basis: 'place:geonames',
      });
      out.push(dateline(w.sent, m));
    } else if (w.run.e - w.run.s === 1) single.push(w);
  }
  // "Itamar Ben-Gvir and Bezalel Smotrich", "A, B and Ferdens Tilus": a name listed with a person
  // is a person (each one found may settle the next).
  for (let found = true; found;) {
    found = false;
    for (const w of conjuncts) {
      if (!listedWithPerson(w, out)) continue;
      const m = makeMention(w.sent, w.run.s, w.run.e, 'Person', { basis: 'person:conjunct' });
      out.push(m);
      if (!persons.includes(m.text)) persons.push(m.text);
      conjuncts.splice(conjuncts.indexOf(w), 1);
      found = true;
      break;
    }
  }
  // Once every person named in full is known: "Sonora said" after "Ana Sonora" is her.
  for (const w of gazetteerPlaces) if (w.place) out.push(placeOrSurname(w, w.place, persons));
  // "Tehreek-e-Taliban Pakistan (TTP)": letters in brackets right after a body or group typed just
  // above, spelling it out, name it there and wherever else the article uses them.
  const spelled = new Map<string, Mention>();
  for (const w of single) {
    const letters = bracketedWord(w)?.text ?? '';
    if (!acronymShaped(letters)) continue;
    const body = out.find(
      (m) =>
        m.sentence === w.sent.index &&
        m.tokenEnd === w.run.s - 1 &&
        (m.type === 'Organization' || m.type === 'Cartel') &&
        spellsOut(m.lexName ?? m.text, letters),
    );
    if (body) spelled.set(letters, body);
  }
  // (Typed elsewhere already, "the TTP has …" is that body too.)
  for (const m of out) {
    const body = spelled.get(m.text);
    if (body && !m.lexName && m.type === body.type) m.lexName = body.lexName ?? body.text;
  }
  for (const w of single) {
    const text = spanText(w.sent, w.run.s, w.run.e);
    const body = spelled.get(text);
    if (body) {
      out.push(groupMention(w, body));
      continue;
    }
    const next = tok(w.sent, w.run.e);
    const initial = w.run.s === firstWord(w.sent);
    // "the Houthis" after "the Houthi movement", "the Zetas" after "Los Zetas": the group's plural.
    const group = text.endsWith('s') ? groupNamed(out, text.slice(0, -1)) : null;
    if (group) {
      out.push(groupMention(w, group));
      continue;
    }
    // "Treasury said", "the Houthis said": a word of the vocabulary or a name with an article
    // before it is a body or a group, not a person.
    const prev = tok(w.sent, w.run.s - 1);
    // ("The grid operator Fingrid said": a name a company noun introduces is the company's.)
    const bare = !isCommonWord(text) && prev !== 'the' && !COMPANY_NOUNS.has(prev);
    if (
      persons.some(
        (p) => personNamesCompatible(p, text) || familyNameFirst(p) === text || familyWordFirst(p, text),
      ) ||
      (SAY_VERBS.has(next) && !initial && bare && nameShaped(w)) ||
      leaderBySurname(w, text, prev, initial)
    ) {
      out.push(makeMention(w.sent, w.run.s, w.run.e, 'Person', { basis: 'person:surname' }));
    }
  }
  placeLetters(out);
  linkNicknames(out, nicknames);
}

/**
 * "US warship arrives in Trinidad and Tobago … will be in TT for five days": capitals no body
 * spells out that are the initials of the one place of two words or more the article names are
 * that place (the title reader, and the acronym rule, took them for a body's).
 */
function placeLetters(out: Mention[]): void {
  const places = new Map<string, Set<string>>();
  for (const m of out) {
    if (m.type !== 'Location') continue;
    const name = m.lexName ?? m.text;
    if (name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2) continue;
    const letters = initials(name);
    places.set(letters, (places.get(letters) ?? new Set()).add(name));
  }
  if (!places.size) return;
  for (const m of out) {
    if (m.type !== 'Organization' || m.basis !== 'org:acronym' || !/^\p{Lu}{2,6}$/u.test(m.text)) continue;
    const named = places.get(m.text);
    if (named?.size !== 1) continue;
    m.type = 'Location';
    m.lexName = [...named][0] ?? null;
    m.basis = 'place:letters';
  }
}

// What may follow a person's surname standing alone: a possessive or a verb.
const SURNAME_NEXT =
  /^(?:[’']s\b|\s+(?:said|says|told|has|have|had|is|was|will|would|could|should|can|did|does|also|announced|ordered|signed|met|called|visited|urged|warned|accused|threatened|wants|wanted|made|took|added|declared|vowed|pledged|praised|criticized|criticised|rejected|approved|appointed|named|spoke|arrived|insisted|promised|claimed|denied)\b)/;

/**
 * "Trump's campaign", "…, Biden announced": a lone word that is a head of state's or government's
 * surname (the Factbook's, factbook-leaders.json), told as a person is, is a person. Not a country
 * or a city of any size; a word of the vocabulary only when capitalized inside the sentence and
 * longer than a short word ("May", "Lee" and "Moon" stay out); at a sentence's start only in the
 * possessive.
 */
function leaderBySurname(w: Weak, text: string, prev: string, initial: boolean): boolean {
  if (w.run.e - w.run.s !== 1 || prev === 'the' || !isLeaderSurname(text)) return false;
  if (lookupPlace(text) || (lookupCity(text)?.population ?? 0) >= 100_000) return false;
  if (isCommonWord(text) && (text.length < 5 || initial)) return false;
  const end = w.sent.tokens[w.run.e - 1]?.end ?? 0;
  const after = w.sent.text.slice(end - w.sent.start, end - w.sent.start + 14);
  // (A sentence's first word before a verb may be anything capitalized: only its possessive counts.)
  return SURNAME_NEXT.test(after) && (!initial || /^[’']s\b/.test(after));
}

/** The run's one word when it stands alone in brackets ("(CBP)", "(TdA)"), else null. */
function bracketedWord(w: Weak): Sentence['tokens'][number] | null {
  const t = w.sent.tokens;
  const word = t[w.run.s];
  if (w.run.e - w.run.s !== 1 || !word || t[w.run.s - 1]?.text !== '(' || t[w.run.e]?.text !== ')')
    return null;
  return word;
}

/** Letters shaped like an acronym, in capitals or mixed case with two capitals at least ("TdA"). */
function acronymShaped(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(text) && text.replace(/\p{Ll}/gu, '').length >= 2;
}

// The members' nouns a group's name is written before ("Houthi rebels").
const MEMBER_NOUNS = new Set(['rebels', 'militants', 'fighters', 'insurgents', 'militiamen']);

/** A mention of a group's plural ("the Houthis"), typed and named as the group. */
function groupMention(w: Weak, group: Mention): Mention {
  return makeMention(w.sent, w.run.s, w.run.e, group.type, {
    lexName: group.lexName ?? group.text,
    basis: group.basis,
  });
}

/**
 * First words that the name data knows as given names but that open place names far more often
 * ("San Andres", "Santa Marta", "Fort Worth", "El Paso"): no person evidence on their own.
 */
const PLACE_NAME_FIRST = new Set([
  'San',
  'Santa',
  'Santo',
  'Santos',
  'São',
  'Saint',
  'St.',
  'St',
  'Fort',
  'El',
  'La',
  'Le',
  'North',
  'South',
  'East',
  'West',
]);

const PERSON_NEXT =
  /^(?:,\s+(?:who|whose|alias|a\.k\.a\.|aka)\b|,\s+\d{1,3},|\s+(?:said|says|told|stated|added|wrote|explained|noted|argued|insisted|warned|claimed|testified|pleaded|pled|was (?:arrested|sentenced|convicted|charged|killed|born|elected|appointed|named)|has been (?:arrested|sentenced|convicted|charged))\b)/;
const OF_BODY_SAID =
  /^\s+of\s+the\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:said|says|told|added|stated|explained)\b/u;
// "alleged trafficker Dairo Úsuga", "drug lord X", "journalist X": a person noun right before.
// "the extradition of X": those acts befall a person when their object is an unknown name.
const PERSON_BEFORE =
  /\b(?:(?:extradition|deportation|arrest|killing|murder|assassination) of|separatist|militant|gunman|cleric|warlord|trafficker|kingpin|drug lord|capo|businessman|businesswoman|journalist|reporter|activist|lawyer|rapper|singer|actor|actress|politician|candidate|dissident|smuggler|hitman|suspect|fugitive|defendant|inmate|prisoner|soldier|officer|detective|pilot|farmer|student|priest|bishop|counterpart|predecessor|successor)s?,?\s+$/i;
// "…,” said Kedji Abbe": the name right after a closing quote and its say-verb is the speaker.
const QUOTED_BY = /[,.!?]["”]\s+(?:said|says|added|stated)\s+$/;
// "X, a 51-year-old man", "X, an employee of …", "X, leader of the Bel Air gang", "X, Commander
// of the Navy".
const PERSON_APPOSITIVE =
  /^,\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:member|leader|mastermind|ringleader|spokesperson|spokesman|spokeswoman|official|minister|director|chief|head|founder|commander|lawyer|attorney|analyst|professor|researcher|expert|officer|judge|prosecutor|diplomat|lawmaker|politician|candidate|businessman|businesswoman|journalist|activist|resident|son|daughter|brother|sister|wife|husband|father|mother|employee|man|woman|national|citizen)\b|(?:a|an)\s+\d{1,3}-year-old\b|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?[’']s\s+(?:(?:top|new|former|deputy|senior|current|chief|foreign|defen[cs]e|interior|finance|trade)\s+)?(?:ambassador|envoy|minister|president|spokesperson|spokesman|spokeswoman|consul|representative|secretary)\b|(?:[\w’'-]+\s+)?(?:leader|head|founder|co-founder|boss|member|employee|commander|chief|director|minister|secretary|president|governor|mayor|chairman|chairwoman|chairperson|ambassador|spokesperson|spokesman|spokeswoman)\s+of\s+(?:the\s+)?\p{Lu})/iu;

// Head words of things named after people: "the Bernardo Higgins Order", "the John Lewis Act".
export const THING_TAILS = new Set(
  `Order Medal Prize Award Cross Star Act Bill Law Doctrine Plan Initiative Program Programme Cup Trophy
Lecture Scholarship Fellowship Street Avenue Road Highway Bridge Boulevard Square Park Stadium Arena Hospital
Airport Station Terminal Building Hall Tower Library Museum Memorial Dam Canal Tunnel Honour Honor Club Resort
Jetty Pier Wharf Quay Dockyard
 Hotel Mansion Palace Jail Prison Penitentiary Monument Cathedral Mosque Embassy Consulate Barracks Harbour
Harbor Centre Center`.split(/\s+/),
);

/** Last words of a thing's, a company's or an office's name that are no one's surname. */
const NOT_SURNAME_TAILS = new Set(
  `Framework Chairmanship Leadership Presidency Pictures Studios Solutions Education Entertainment Productions
Films Records Electronics Foods Ventures Labs Software Semiconductor Semiconductors Aerospace Dynamics Robotics
Pharma Therapeutics Insurance Finance Securities Telecom Networks Digital Platforms Consulting Engineering
Declaration Agenda Strategy Dialogue Forum Corridor Summit`.split(/\s+/),
);

/** Last words of a natural feature's name ("Nile Basin", "Mekong Delta"): no one's surname. */
const GEO_TAILS = new Set(
  `Basin Delta Valley River Sea Ocean Gulf Bay Strait Straits Peninsula Plateau Desert Mountains Range Canyon
Lake Lagoon Island Islands Archipelago Coast Highlands Lowlands Plains Falls`.split(/\s+/),
);

const AWARD_OR_LAW = new Set(
  `Prize Award Medal Trophy Act Bill Law Doctrine Treaty Convention Accord Agreement`.split(/\s+/),
);

/**
 * The names (by nameKey) of undecided runs that some occurrence shows to be a person: a known
 * given name first (not an ordinary English word, unless the last word is not one either), or a
 * say-verb, "who" or an appositive role right after the name.
 */
function personEvidence(weak: Weak[]): Map<string, string> {
  const out = new Map<string, string>();
  const blocked = new Set<string>();
  for (const w of weak) {
    if (w.run.e - w.run.s < 2) continue;
    // "the 58th Asean Foreign Ministers' Meeting": a numbered name is an event's or a unit's.
    if (/^\d/.test(w.sent.tokens[w.run.s]?.text ?? '')) continue;
    const words = w.sent.tokens.slice(w.run.s, w.run.e).filter((t) => isCapWord(t));
    const first = words[0]?.text ?? '';
    const last = words[words.length - 1]?.text ?? '';
    const end = w.sent.tokens[w.run.e - 1]?.end ?? 0;
    const rest = w.sent.text.slice(end - w.sent.start);
    // "Al-Shabaab", "El-Nour": an Arabic article joined by a hyphen is no given name "Al".
    const article = /^(?:al|el|ul)$/i.test(first) && w.sent.tokens[w.run.s + 1]?.text === '-';
    // "the Arleigh Burke destroyer USS Carney": a ship class named after a person is no person.
    const vessel = VESSEL_AFTER.exec(rest);
    const shipClass = !!vessel && /^\s+\p{Lu}/u.test(rest.slice(vessel[0].length));
    // "on the Tal Baydar base": a site named after a person or with a given name is a site.
    const site = FACILITY_AFTER.test(rest);
    // "West African nations": a demonym ends no person's name; "Thai Police": nor does a body's
    // head word.
    const full = spanText(w.sent, w.run.s, w.run.e);
    // "Mar-a-Lago", "Port-au-Prince": a particle between hyphens makes a place's name.
    const hyphenPlace = /-(?:a|au|aux|de|du|la|le|en|sur|upon|on)-/.test(full);
    // "Viña del Mar": a large city's whole name is no one's, whatever its first word.
    const bigCity = w.run.e - w.run.s >= 2 && (lookupCity(full)?.population ?? 0) >= 100_000;
    // "Argentine Presidential Spokesman X", "the Arab League": a demonym opens no one's name.
    const given =
      isGivenName(first) &&
      !lookupDemonym(first) &&
      !bigCity &&
      !article &&
      !hyphenPlace &&
      !shipClass &&
      !site &&
      !PLACE_NAME_FIRST.has(first) &&
      last.replace(/\.$/, '').length > 1 &&
      !lookupDemonym(last) &&
      // "two Costa Ricans": the plural of a demonym names people, no one person.
      !(/[^s]s$/.test(last) && lookupDemonym(full.slice(0, -1))) &&
      !ORG_TAIL_WORDS.has(last) &&
      !THING_TAILS.has(last) &&
      // ("the Windsor Framework", "Sony Pictures": a given name before a word no surname is.)
      !words.slice(1).some((t) => NOT_SURNAME_TAILS.has(t.text)) &&
      // ("97 Tejas Mark 1A fighter jets": a model's name goes on with its number.)
      !/^\d/.test(rest.trimStart()) &&
      // ("the Nile Basin states": a river's or a sea's feature is a place.)
      !GEO_TAILS.has(last) &&
      (!isCommonWord(first) || !isCommonWord(last));
    const after = rest.slice(0, 80);
    const at = (w.sent.tokens[w.run.s]?.start ?? 0) - w.sent.start;
    const before = w.sent.text.slice(Math.max(0, at - 30), at);
    const key = nameKey(full);
    if (NO_PERSON_BEFORE.test(before)) blocked.add(key);
    if (given) out.set(key, 'person:given-name');
    else if (
      // "the Navy Spokesperson said": a body and a title, nobody's name.
      !ONE_WORD_TITLES.has(last.toLowerCase()) &&
      // "Focus Taiwan said": a name that ends in a country's is a body's or an outlet's.
      lookupPlace(last)?.kind !== 'country' &&
      (PERSON_NEXT.test(after) ||
        PERSON_APPOSITIVE.test(after) ||
        // ("the arrest of Bosnian Serb parliament speaker X": a demonym is no one's name.)
        (PERSON_BEFORE.test(before) && !lookupDemonym(first) && !lookupDemonym(last)) ||
        (QUOTED_BY.test(before) && nameShaped(w)) ||
        // ("…,” Markku Hassinen of the Finnish Border Guard said": a name, its body, a say-verb.)
        (OF_BODY_SAID.test(after) && nameShaped(w))) &&
      !out.has(key)
    )
      out.set(key, 'person:context');
  }
  for (const key of blocked) out.delete(key);
  return out;
}

// Where a name is no one's, whatever its first word: "the exercise 'Sagar Kavach'" (a drill's or
// an operation's name in quotes), "Spain's southern Costa del Sol" (a part of a country), "the
// Houthis (Ansar Allah)" (a group's other name in brackets).
const NO_PERSON_BEFORE =
  /(?:\b(?:exercises?|drills?|operations?|missions?|campaigns?|programmes?|programs?|projects?|code-?named)\s+["“‘']|\p{Lu}[\p{L}.]*[’']s?\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+|\p{Lu}\p{Ll}+s\s+\()$/u;

const GANG_NOUN_AFTER =
  /^(?:gang|gangs|cartel|members?|leaders?|bosses|boss|clique|cliques|factions?|operatives|affiliates?|associates?|gangsters?)$/i;

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
    // ("Barrio 18"; "MS-13" when a member's or the gang's noun follows: "an MS-13 member".)
    const shaped =
      cartelShape(w.sent, w.run.s, e) ||
      (numbered > 0 &&
        (/^[A-Z][a-z]/.test(w.sent.tokens[w.run.s]?.text ?? '') ||
          GANG_NOUN_AFTER.test(w.sent.tokens[e]?.text ?? '')));
    if (shaped || cartelContext(w.sent, w.run.s, e) || listedWithGroups(out, w, e))
      note(spanText(w.sent, w.run.s, e));
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
    const m = makeMention(w.sent, w.run.s, e, 'Cartel', { lexName: canonical, basis: 'cartel:context' });
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

/**
 * "The designated groups are: Tren de Aragua, Sinaloa Cartel, Gulf Cartel and Carteles Unidos":
 * an unknown name listed between criminal groups, in a list of at least two of them, is one too
 * (not a place, and not a name that opens with a given name).
 */
function listedWithGroups(out: Mention[], w: Weak, e: number): boolean {
  const t = w.sent.tokens;
  // (A Spanish article opens a group's name: "La Nueva Familia Michoacana".)
  const article = /^(?:La|El|Los|Las)$/.test(t[w.run.s]?.text ?? '') ? 1 : 0;
  const first = t[w.run.s + article]?.text ?? '';
  const text = spanText(w.sent, w.run.s, e);
  if (lookupPlace(text) || lookupCity(text) || isGivenName(first) || isCommonWord(text)) return false;
  const groups = out.filter((m) => m.type === 'Cartel' && m.sentence === w.sent.index);
  if (groups.length < 2) return false;
  const sep = (k: number): boolean => t[k]?.text === ',' || lower(t[k]) === 'and' || lower(t[k]) === 'or';
  // The item right before ("…, Gulf Cartel and X") or right after ("X, Gulf Cartel, …").
  const before = groups.some(
    (m) =>
      (m.tokenEnd === w.run.s - 1 && sep(w.run.s - 1)) ||
      (m.tokenEnd === w.run.s - 2 && t[w.run.s - 2]?.text === ',' && lower(t[w.run.s - 1]) === 'and'),
  );
  const after = groups.some((m) => m.tokenStart === e + 1 && sep(e));
  return before || after;
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
  /\b(?:known as|known by the (?:alias|nickname)|alias|nicknamed|dubbed|a\.k\.a\.|aka)\s*[,:]?\s*["“]$|\b(?:alias|a\.k\.a\.|aka|nicknamed)\s+$/i;

/**
 * "Kihara" after "Kihara Minoru": the first word of a two-word name, written family name first,
 * when that word is no given name (so "Marco" never stands for "Marco Rubio").
 */
function familyWordFirst(person: string, word: string): boolean {
  const words = person.trim().split(/\s+/);
  return words.length === 2 && words[0] === word && !isGivenName(word) && !isCommonWord(word);
}

/**
 * A nickname after a name: 'Wilmer Restrepo, known by the alias "El Zarco,"', or unquoted after
 * "alias" ("Guillermo Toledo, alias El Profe"); "known as" unquoted also introduces group names.
 */
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
      out.push(
        makeMention(w.sent, w.run.s, w.run.e, 'Person', {
          lexName: person.lexName ?? person.text,
          basis: 'person:surname',
        }),
      );
    }
  }
}

/** A gazetteer place, unless a person named in full in the article bears the name. */
function placeOrSurname(w: Weak, place: Mention, persons: string[]): Mention {
  const text = spanText(w.sent, w.run.s, w.run.e);
  return persons.some((p) => personNamesCompatible(p, text) && nameKey(p) !== nameKey(text))
    ? makeMention(w.sent, w.run.s, w.run.e, 'Person', { basis: 'person:surname' })
    : place;
}

function resolveKnown(
  w: Weak,
  ships: Map<string, string>,
  acronyms: Map<string, Mention>,
  orgs: Mention[],
  persons: string[],
  cartels: Mention[] = [],
): Mention | null {
  const text = spanText(w.sent, w.run.s, w.run.e);
  const ship = ships.get(shipKey(text));
  if (ship) return makeMention(w.sent, w.run.s, w.run.e, 'Ship', { lexName: ship, basis: 'ship:named' });
  const defined = acronyms.get(text);
  if (defined)
    return makeMention(w.sent, w.run.s, w.run.e, defined.type, {
      lexName: defined.text,
      basis: defined.basis,
    });
  if (/^\p{Lu}{2,6}$/u.test(text)) {
    const org = orgs.find((o) => initials(o.shortForm ?? o.text) === text || initials(o.text) === text);
    if (org)
      return makeMention(w.sent, w.run.s, w.run.e, 'Organization', { lexName: org.text, basis: org.basis });
    // "Cartel de Jalisco Nueva Generacion … senior CJNG member": a criminal group's capitals.
    const group = cartels.find((c) => text.length >= 3 && initials(c.lexName ?? c.text) === text);
    if (group)
      return makeMention(w.sent, w.run.s, w.run.e, 'Cartel', {
        lexName: group.lexName ?? group.text,
        basis: group.basis,
      });
  }
  if (undefinedAcronymOfBody(w, text))
    return makeMention(w.sent, w.run.s, w.run.e, 'Organization', {
      basis: 'org:acronym',
      qualifierCountry: possessorCountry(w),
    });
  if (
    w.run.e - w.run.s >= 2 &&
    persons.some((p) => personNamesCompatible(p, text) && nameKey(p) !== nameKey(text))
  ) {
    return makeMention(w.sent, w.run.s, w.run.e, 'Person', { basis: 'person:surname' });
  }
  return null;
}

const BODY_ACRONYM_AFTER =
  /^(?:[’']s\b|\s+(?:said|says|announced|confirmed|stated|officers?|agents?|officials?|personnel|spokes(?:man|woman|person)|director|chief|head|investigators?|teams?|units?|headquarters)\b)/;

/**
 * An acronym the article never spells out, used the way bodies are: "the CBSA said", "CBSA
 * officers", "CBSA’s Detector Dog Service". A place ("UK") or a defined acronym is decided before.
 */
function undefinedAcronymOfBody(w: Weak, text: string): boolean {
  if (
    w.run.e - w.run.s !== 1 ||
    !/^\p{Lu}{3,6}$/u.test(text) ||
    lookupPlace(text) ||
    NON_ENTITY_CAPS.has(text)
  )
    return false;
  const t = w.sent.tokens;
  const end = t[w.run.e - 1]?.end ?? 0;
  const after = w.sent.text.slice(end - w.sent.start, end - w.sent.start + 30);
  // ("Ecuador's SNAI prison authority": a country's capitals are one of its bodies.)
  return (
    BODY_ACRONYM_AFTER.test(after) ||
    /^the$/i.test(t[w.run.s - 1]?.text ?? '') ||
    possessorCountry(w) !== null
  );
}

/** The country written in the possessive right before a run ("Ecuador's SNAI"), or null. */
function possessorCountry(w: Weak): string | null {
  const t = w.sent.tokens;
  if (!/^[’']s$/.test(t[w.run.s - 1]?.text ?? '')) return null;
  const place = lookupPlace(t[w.run.s - 2]?.text ?? '');
  return place?.kind === 'country' ? place.name : null;
}

// "the newspaper El Universal", "militant group Hamas", "the Houthi movement", "Hamas militants",
// "X reported": words that say the name is an outlet, an armed movement or another body.
// "Iran-backed Houthis": a group a country backs is a body too.
const BODY_BEFORE =
  /\b(?:newspaper|daily|broadcaster|news agency|news outlet|outlet|magazine|website|television channel|tv channel|(?:militant|armed|rebel|insurgent|paramilitary|resistance|extremist|jihadist|islamist|separatist|guerrilla|opposition|advocacy|rights|terrorist) (?:group|movement|organi[sz]ation)|political party|party|company|firm|agency|regulator|watchdog|operator|conglomerate|airline|lender|carrier|insurer|retailer|automaker|carmaker|chipmaker|shipbuilder|manufacturer|concern|contractor|subsidiary|miner|refiner|(?:oil|energy|mining|commodities|commodity) (?:major|trader|group|house)|(?:arms|drone|missile|weapons|tank|aircraft|jet) maker|(?:tech|arms|defen[cs]e|energy|oil|mining|shipping) giant|contracts?\s+with|\p{Lu}[\p{L}.]*-(?:backed|allied|aligned|funded|sponsored|supported|armed)(?:\s+(?:militia|group|faction|rebels?|movement))?|(?:armed\s+|paramilitary\s+|shiite\s+|shia\s+|sunni\s+)?militia)\s+(?:the\s+)?$/iu;
// "militants belonging to X", "fighters from the X", "gunmen linked to X": the group armed men
// come from or are tied to is a body ("forces loyal to X" may be a person's).
const ARMED_MEN_OF =
  /\b(?:militants?|fighters?|gunmen|insurgents?|rebels?|jihadists?|terrorists?|operatives?|cadres?|members?|affiliates?)\s+(?:(?:belonging to|linked (?:to|with)|affiliated (?:to|with)|allied (?:to|with)|tied to|associated with|aligned with)|(?<!\bmembers?\s+)of)\s+(?:the\s+)?$/i;
// "X claimed responsibility for …", "the attack was claimed by X", "an X affiliate": only a group
// claims an attack or has affiliates.
const CLAIMED_ATTACK =
  /^\s+(?:\([^)]{1,12}\)\s+)?(?:(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|the\s+(?:attack|bombing|killing|assault|ambush|strike|raid))|affiliates?|offshoot|splinter group)\b/i;
const CLAIMED_BY = /\b(?:was|were|been|is|are)\s+claimed\s+by\s+(?:the\s+)?$/i;
const LINKED_GROUP =
  /^[-‑](?:linked|affiliated|aligned|allied|inspired)\s+(?:[\w-]+\s+)?(?:group|militants|fighters|militia|faction|network|insurgents|rebels|cell|jihadists)\b/i;
const ARABIC_ARTICLE = /^(?:Al|El|Ansar|Jund|Hay'at|Jaish|Harakat)$/;
const BODY_AFTER =
  /^(?:,?\s+(?:S\.A\.|S\.A\.S\.|S\.?A\. de C\.?V\.|Inc\.|LLC\b|Ltd\.?|Corp\.|GmbH\b|PLC\b|N\.V\.|B\.V\.|S\.p\.A\.|Pty\b|Limited\b)|[’']s\s+(?:[$€£]?[\d.,]+\s+(?:million|billion)\s+)?(?:purchase|acquisition|takeover|merger|shareholders|shares|share price|stock|subsidiary|CEO|chief executive|chairman|chairwoman|board of directors)\b|\s+(?:movement|militia|militants|rebels|insurgents|fighters|party|reported|reports|newspaper)\b|,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:company|firm|group|movement|militia|party|newspaper|broadcaster|agency|outlet|organi[sz]ation|network)\b(?![’']))/iu;

// "the founder of Blackwater", "employees of Vantor": what one founds, owns or works for is a body.
const FOUNDED_BODY =
  /\b(?:founder|co-founder|owner|chief executive|ceo|chairman|chairwoman|employees?|shareholders?)\s+of\s+(?:the\s+)?$/i;

// Nouns that introduce a company's, an outlet's or an agency's one-word name ("the grid operator
// Fingrid", "the transport agency Traficom").
const COMPANY_NOUNS = new Set(
  `operator operators company companies firm firms carrier carriers giant maker manufacturer producer lender
bank insurer airline broadcaster newspaper daily platform shipowner owner exporter importer supplier
contractor conglomerate retailer startup utility developer shipper agency authority regulator watchdog`.split(
    /\s+/,
  ),
);

// "a Hamas official", "the first serving Zarqan Party minister": the body a role is held in.
const MEMBER_NOUN_AFTER =
  /^\s+(?:officials?|spokes(?:man|woman|person)|lawmakers?|legislators?|ministers?|members?|leaders?|militants?|fighters?|operatives?)\b/i;

/**
 * A name followed by the noun of a role held in a body ("Hamas officials"), when it is nobody's
 * name: not a person the article names, no person evidence, not a place or a common word.
 */
function memberNounAfter(w: Weak, persons: string[], evidenced: Map<string, string>): boolean {
  const text = spanText(w.sent, w.run.s, w.run.e);
  const end = w.sent.tokens[w.run.e - 1]?.end ?? 0;
  if (!MEMBER_NOUN_AFTER.test(w.sent.text.slice(end - w.sent.start, end - w.sent.start + 20))) return false;
  if (!nameShaped(w) || evidenced.has(nameKey(text)) || lookupPlace(text) || lookupCity(text)) return false;
  if (w.run.e - w.run.s === 1 && (isCommonWord(text) || isGivenName(text))) return false;
  // "Argentine Presidential Spokesman X": an adjective ends the title's words, not a body's name.
  const last = w.sent.tokens[w.run.e - 1]?.text ?? '';
  if (/(?:ial|ary)$/.test(last) && isCommonWord(last)) return false;
  return !persons.some((p) => personNamesCompatible(p, text));
}

const FACILITY_AFTER =
  /^\s+(?:base|airbase|air base|military base|camp|field|oil field|oilfield|gas field|airport|prison|refinery|plant|mine|dam|complex|compound|checkpoint|barracks|outpost|mosque|church|cathedral|temple|synagogue|shrine|hospital|clinic|school|market|bazaar|mall|hotel|stadium|square|street|road|avenue|highway|bridge|tunnel|district|neighbou?rhood|village|town)\b/i;
// ("the Qi Jiguang training ship", "the Varyag guided missile cruiser": a navy's kind of ship may
// stand between the name and the noun.)
const VESSEL_KIND =
  '(?:(?:training|amphibious|warfare|assault|research|survey|supply|patrol|guided|guided-missile|missile|landing|replenishment|logistics|hospital|command|salvage|surveillance|intelligence|reconnaissance|escort)\\s+){0,3}';
const VESSEL_AFTER = new RegExp(`^\\s+${VESSEL_KIND}(?:${VESSEL_NOUNS.join('|')})\\b`, 'i');
// ("a cargo vessel called Fitburg": a vessel noun and a naming verb.)
const VESSEL_BEFORE = new RegExp(
  `\\b(?:${VESSEL_NOUNS.join('|')})(?:s|,)?\\s+(?:(?:called|named|dubbed)\\s+["“‘']?)?(?:the\\s+)?$`,
  'i',
);
// "the cutters Valiant and Joseph Doyle": a later name in a list after a plural vessel noun.
// ("fellow destroyers Carney, Laboon, Mason and Thomas Hudner": every name of the list.)
const VESSEL_LIST = new RegExp(
  `\\b(?:${VESSEL_NOUNS.join('|')})s\\s+(?:(?:[\\p{Lu}][\\p{L}’'-]*\\s+){1,3}(?:and|,)\\s+(?:the\\s+)?|(?:[\\p{Lu}][\\p{L}’'-]*\\s*){1,3},\\s+){1,5}$`,
  'u',
);
// "The Sophie II was the third ship assaulted": the name is said to be a vessel.
const VESSEL_PREDICATE = new RegExp(
  `^\\s+(?:is|was)\\s+(?:the|a|an)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:${VESSEL_NOUNS.join('|')})\\b(?!\\s+(?:captains?|owners?|operators?|crews?|company|companies|firms?))`,
  'i',
);
// "the Galaxy Leader, a Japanese-owned and Bahamian-flagged ship": an appositive says it is a
// vessel (not "a ship captain", "a tanker operator").
const VESSEL_APPOSITIVE = new RegExp(
  `^,\\s+an?\\s+(?:[\\w’'-]+\\s+(?:and\\s+)?){0,5}?(?:${VESSEL_NOUNS.join('|')})\\b(?!\\s+(?:captains?|owners?|operators?|crews?|company|companies|firms?|managers?|brokers?|builders?|engineers?|officers?|workers?))`,
  'i',
);

const PERSON_AFTER =
  /^\s*(?:,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|minister|director|commander|officer|head|chief|secretary|president|analyst|expert|lawyer|adviser|advisor)\b|(?:said|says|told|added)\b)/i;

/**
 * "supply vessels Unaizah Mae 1 and …": a one- or two-digit number right after a ship's name,
 * before punctuation or a function word, is part of the name (" 1"), else "".
 */
function hullNumber(w: Weak): string {
  const [n, after] = [w.sent.tokens[w.run.e], w.sent.tokens[w.run.e + 1]];
  if (!n || !/^\d{1,2}$/.test(n.text) || n.start !== (w.sent.tokens[w.run.e - 1]?.end ?? 0) + 1) return '';
  return !after || !after.word || FUNCTION_WORD_SET.has(after.text.toLowerCase()) ? ` ${n.text}` : '';
}

/** A run right after a vessel noun ("the tanker Magic Seas"), shaped like a ship's name. */
function vesselCue(w: Weak): boolean {
  const t = w.sent.tokens;
  const lead = w.sent.text.slice(
    Math.max(0, (t[w.run.s]?.start ?? 0) - w.sent.start - 40),
    (t[w.run.s]?.start ?? 0) - w.sent.start,
  );
  // "The Virginio Fasan frigate, which …": a vessel noun right after "the <name>" (not "the
  // Arleigh Burke destroyer USS Carney", where the class comes before the ship's own name).
  const end = t[w.run.e - 1]?.end ?? 0;
  const after = VESSEL_AFTER.exec(w.sent.text.slice(end - w.sent.start));
  // (An acronym before a vessel noun is its owner's: "the PCG vessel".)
  const named =
    !!after &&
    /\bthe\s+$/i.test(lead) &&
    !/^[\p{Lu}\d-]+$/u.test(spanText(w.sent, w.run.s, w.run.e)) &&
    !/^\s*\p{Lu}/u.test(w.sent.text.slice(end - w.sent.start + after[0].length));
  // "Star Nasia sails under the flag of the Marshall Islands": only a ship sails under a flag.
  const flagged = /^\s+(?:sails|sailed|sailing|sail)\s+under\s+(?:the\s+)?(?:[\w-]+\s+)?flag\b/i.test(
    w.sent.text.slice(end - w.sent.start),
  );
  const apposed =
    /\bthe\s+$/i.test(lead) &&
    (VESSEL_APPOSITIVE.test(w.sent.text.slice(end - w.sent.start)) ||
      VESSEL_PREDICATE.test(w.sent.text.slice(end - w.sent.start)));
  const listed = VESSEL_LIST.test(lead);
  if ((!VESSEL_BEFORE.test(lead) && !named && !flagged && !apposed && !listed) || w.run.e - w.run.s > 4)
    return false;
  // ("… to track the vessel, Liu Runke, a spokesman for …, said": a person set off after the
  // noun's clause, told as one.)
  if (/,\s*$/.test(lead) && PERSON_AFTER.test(w.sent.text.slice(end - w.sent.start))) return false;
  const text = spanText(w.sent, w.run.s, w.run.e);
  // "the Indian Naval warship": whose navy, not the ship's name.
  if (/^(?:\p{Lu}\p{L}+\s+)?(?:Naval|Navy|Coast Guard|Military|Army)$/u.test(text)) return false;
  // "P-8 Poseidon aircraft": a letter before a hyphen is a model's designation.
  if (text.length < 2 || w.sent.tokens[w.run.e]?.text === '-') return false;
  const place = lookupPlace(text);
  // "the vessels the North Koreans were rescued in": people named by a demonym are no ship.
  const people = /s$/.test(text) && !!lookupDemonym(text.slice(0, -1));
  return (
    (!place || !!place.gazetteer) &&
    !people &&
    !FUNCTION_WORD_SET.has(text.toLowerCase()) &&
    !NON_ENTITY_CAPS.has(text)
  );
}

const GANG_APPOSITIVE = new RegExp(
  // ("X, the leader of the criminal organization …": the person leads the group, is none.)
  String.raw`^,\s+(?:a|an|the)\s+(?:` +
    NOT_MEMBER_OF_WORD +
    String.raw`){0,3}?(?:gang|cartel|syndicate|mafia|(?:criminal|crime|trafficking|drug-trafficking|drug trafficking) (?:organi[sz]ation|group|network|ring))\b` +
    NOT_GROUP_MEMBER,
  'i',
);

const PLACE_OF =
  /\b(?:city|cities|town|towns|port|ports|province|provinces|department|departments|state|states|region|municipality|municipalities|commune|communes|village|capital|island|district|neighborhood|suburb|border town|port city)\s+of\s+(?:(?:[\p{Lu}][\p{L}’'-]*\s+){0,2}[\p{Lu}][\p{L}’'-]*(?:,|\s+and|\s+or)\s+)?$/u;
// What may follow a city that closes a place's name ("X, Abuja, on Monday", "X, Abuja."): not a verb.
const CITY_CLOSED =
  /^\s*(?:[,.;:)!?"”]|$|(?:on|in|at|and|or|to|for|from|with|by|last|this|after|before|near|where|when|which|who)\b)/;
const PLACE_APPOSITIVE =
  /(?:[’']s|\bthe)\s+(?:(?:second|third|largest|biggest|northern|southern|eastern|western|coastal|border|port|industrial|commercial|historic|ancient)\s+)?(?:capital|capital city|city|town|village|province|state|region)\s*,\s+$/i;
// "50 nautical miles south of X", "kilometres north-east of X": a distance and a bearing from a place.
const BEARING_OF =
  /\b(?:miles|kilometers|kilometres|km|nautical miles|nm)\s+(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$/i;
const PLACE_NAME_HEAD = /^(?:Los|Las|San|Santa|Santo|Puerto|Villa|Ciudad)$/;
const MOTION = new Set(['to', 'from', 'into', 'toward', 'towards', 'at', 'outside']);
const PLACE_NOUN_AFTER =
  /^\s+(?:prison|jail|penitentiary|airport|airbase|naval base|air base|jungle|rainforest|desert|highlands|lowlands|coast|coastline|valley|basin|gap|isthmus|province|department|region|municipality|district|island|islands|islet|cay|reef|atoll|peninsula|township)\b/;

/**
 * What a run's context says it is: "Tren de Aragua, a Venezuelan gang" → Cartel; "in Culiacán",
 * "near Matamoros, Mexico" → Location (no one is "in" a person).
 */
const SEAT_BEFORE =
  /\b(?:MPs?|MEPs?|MLAs?|MSPs?|TDs?|members? of parliament|(?:congress)?(?:wo)?m[ae]n|senators?|representatives?|assemblym[ae]n)\s+for\s+(?:the\s+)?$/i;

function contextKind(w: Weak): 'Cartel' | 'Location' | 'Organization' | null {
  const t = w.sent.tokens;
  // "in Operation Lionfish": an operation is what was done, not where.
  if (t[w.run.s]?.text === 'Operation') return null;
  // "for the Nobel Peace Prize", "under the Alien Enemies Act": an award or a law is no place or body.
  if (AWARD_OR_LAW.has(t[w.run.e - 1]?.text ?? '')) return null;
  // "contacted by the Indonesians, the … Agency sent": a people, not a body or a place.
  const whole = spanText(w.sent, w.run.s, w.run.e);
  if (/[^s]s$/.test(whole) && lookupDemonym(whole.slice(0, -1))) return null;
  const end = t[w.run.e - 1]?.end ?? 0;
  const after = w.sent.text.slice(end - w.sent.start);
  if (GANG_APPOSITIVE.test(after)) return 'Cartel';
  const before = w.sent.text.slice(0, (t[w.run.s]?.start ?? 0) - w.sent.start);
  // "Separately, Britain's …", "Local coast guard units …", "Unconfirmed reports are …": an
  // ordinary word opening the sentence.
  if (w.run.e - w.run.s === 1 && w.run.s === firstWord(w.sent) && isCommonWord(t[w.run.s]?.text ?? ''))
    return null;
  if (BODY_BEFORE.test(before) || BODY_AFTER.test(after) || FOUNDED_BODY.test(before)) return 'Organization';
  // "An Al Qaeda-linked group": what a group is linked to is a body ("a Prigozhin-linked group",
  // a given name then a surname, is linked to a person).
  const personal =
    w.run.e - w.run.s >= 2 &&
    !!t[w.run.s]?.cap &&
    isGivenName(t[w.run.s]?.text ?? '') &&
    !ARABIC_ARTICLE.test(t[w.run.s]?.text ?? '');
  if (LINKED_GROUP.test(after) && !personal) return 'Organization';
  if (
    (ARMED_MEN_OF.test(before) || CLAIMED_BY.test(before) || CLAIMED_ATTACK.test(after)) &&
    !personal &&
    nameShaped(w)
  )
    return 'Organization';
  const prev = t[w.run.s - 1]?.text ?? '';
  const next = t[w.run.e]?.text ?? '';
  // "is in Police Custody": a title-cased phrase of ordinary words is no place, unless a city bears
  // it ("in Long Beach"; one word, "in Muscat", stays a place).
  const ordinary =
    w.run.e - w.run.s >= 2 && t.slice(w.run.s, w.run.e).every((k) => !isCapWord(k) || isCommonWord(k.text));
  const placeLike = !ordinary || isWordCityName(spanText(w.sent, w.run.s, w.run.e));
  const lead = w.sent.text.slice(0, (t[w.run.s]?.start ?? 0) - w.sent.start);
  // ("as reported in Diario Libre", "wrote in Foreign Affairs": a publication, no place.)
  const published =
    /\b(?:reported|published|wrote|writing|written|quoted|appeared|op-ed|column|article|interview)\s+in\s+$/i.test(
      lead,
    );
  if ((prev === 'in' || prev === 'near') && !published && !/^[’']s$/.test(next) && nameShaped(w) && placeLike)
    return 'Location';
  // "the former MP for Great Yarmouth", "the senator for Kent": a member's seat is a place.
  if (SEAT_BEFORE.test(lead) && nameShaped(w) && placeLike) return 'Location';
  // "sent to Los Pinos", "from Santa Rita": Spanish place-name heads after a motion preposition.
  if (PLACE_NAME_HEAD.test(t[w.run.s]?.text ?? '') && MOTION.has(prev) && w.run.e - w.run.s >= 2)
    return 'Location';
  // "the northern city of Tumbes", "the port of Turbo", "the department of Antioquia", "the ports
  // of Guayaquil and Manta", "the Darién jungle": a place noun names what the run is.
  if ((PLACE_OF.test(lead) || BEARING_OF.test(lead)) && nameShaped(w)) return 'Location';
  // "in Oman's capital, Muscat,", "the country's second city, Bulawayo": a place noun in apposition.
  if (PLACE_APPOSITIVE.test(lead) && nameShaped(w)) return 'Location';
  if (PLACE_NOUN_AFTER.test(after) && nameShaped(w) && !/^[’']s$/.test(next)) return 'Location';
  // "Matamoros, Mexico" names a place; "Marcelo Ebrard, Mexico's Secretary …" and a list of
  // "Cambodia's Tea Seiha, Indonesia's …" name people of those countries.
  const comma = /^,\s+([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)(?![\p{L}.’'])/u.exec(after);
  const afterComma = comma?.[1];
  const owned = isPossessive(w.sent, w.run.s - 1);
  // ("the Nobel Peace Prize, White House spokeswoman …": a building after the comma is no
  // country or region the name lies in.)
  // ("According to Aliyev, Baku attaches …": a city that opens a clause of its own is no place
  // the name lies in; "the State House, Abuja, …" is.)
  const region = afterComma ? lookupPlace(afterComma) : null;
  const cityOpensClause =
    region?.kind === 'city' && !CITY_CLOSED.test(after.slice((comma?.index ?? 0) + (comma?.[0].length ?? 0)));
  if (region && region.kind !== 'facility' && !cityOpensClause && nameShaped(w) && prev !== ',' && !owned)
    return 'Location';
  // "a Richmond Hill, Ont. resident", "Coral Gables, Fla.": a town before a state or province
  // written the AP or Canadian Press way.
  if (REGION_ABBREVIATION.test(after) && nameShaped(w) && prev !== ',' && !owned) return 'Location';
  return null;
}

// The AP stylebook's U.S. state abbreviations and the Canadian Press's province ones, with their dot.
const REGION_ABBREVIATION =
  /^,\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|Alta|B\.C|Man|N\.B|N\.L|Nfld|N\.S|Ont|P\.E\.I|Que|Sask)\.(?=[\s,;)]|$)/;

/** Cities of at least this population are places wherever their name stands alone. */
const BIG_CITY = 1_000_000;
const CITY_NOUN_BEFORE =
  /\b(?:capital|city|town|port|village|municipality)(?:\s+(?:city|town))?(?:,\s+|\s+of\s+)$/i;
const CITY_BEFORE = new Set(['to', 'from', 'into', 'toward', 'towards', 'at', 'outside', 'across', 'via']);

/**
 * A gazetteer city the article uses as a place: a city of a million or more, or one after a motion
 * preposition ("flew to Eilat"), before "-based", or coordinated with a place the article names
 * ("the Houston and Galveston areas"): that city, else null. Never a name a person in the article
 * bears.
 */
function gazetteerCity(w: Weak, out: Mention[], persons: string[]): CityInfo | null {
  const text = spanText(w.sent, w.run.s, w.run.e);
  const city = lookupCity(text);
  if (!city || !nameShaped(w)) return null;
  if (persons.some((p) => personNamesCompatible(p, text))) return null;
  if (city.population >= BIG_CITY) return city;
  const t = w.sent.tokens;
  const prev = t[w.run.s - 1]?.text.toLowerCase() ?? '';
  if (CITY_BEFORE.has(prev)) return city;
  if (t[w.run.e]?.text === '-' && /^based$/i.test(t[w.run.e + 1]?.text ?? '')) return city;
  // ("near the state capital, Culiacan", "the port city of Manta": the noun says it is a place.)
  const before = w.sent.text.slice(0, (t[w.run.s]?.start ?? 0) - w.sent.start);
  if (CITY_NOUN_BEFORE.test(before)) return city;
  const placeEndingAt = (k: number): boolean =>
    out.some((m) => m.sentence === w.sent.index && m.type === 'Location' && m.tokenEnd === k);
  const placeStartingAt = (k: number): boolean =>
    out.some((m) => m.sentence === w.sent.index && m.type === 'Location' && m.tokenStart === k);
  const next = t[w.run.e]?.text.toLowerCase() ?? '';
  const coordinated =
    ((prev === 'and' || prev === 'or') && placeEndingAt(w.run.s - 1)) ||
    ((next === 'and' || next === 'or') && placeStartingAt(w.run.e + 1));
  return coordinated ? city : null;
}

/** A body or group whose name starts with (or, without "Los"/"Las", is) the given word. */
function groupNamed(out: Mention[], word: string): Mention | null {
  const key = nameKey(word);
  // ("109 Thais" after "the Thai army": a nation's people, not the body its adjective names.)
  if (key.length < 3 || lookupDemonym(word)) return null;
  return (
    out.find(
      (m) =>
        (m.type === 'Organization' || m.type === 'Cartel') &&
        nameKey(m.lexName ?? m.text)
          .replace(/^(?:los|las|the)\s+/, '')
          .split(' ')[0] === key,
    ) ?? null
  );
}

function firstWord(sent: Sentence): number {
  return Math.max(
    0,
    sent.tokens.findIndex((t) => t.word),
  );
}

/** Every word capitalized (not all-caps), no digits, no closed-class or non-entity words. */
/** Two or three words shaped like a person's name that no lexicon knows as anything else. */
function conjunctShaped(w: Weak): boolean {
  const words = w.sent.tokens.slice(w.run.s, w.run.e).map((t) => t.text);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return (
    words.every((t) => /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(t) && !lookupPlace(t) && !lookupDemonym(t)) &&
    !isCommonWord(first) &&
    !PLACE_NAME_FIRST.has(first) &&
    !ORG_TAIL_WORDS.has(last) &&
    !THING_TAILS.has(last) &&
    !GEO_TAILS.has(last) &&
    !words.slice(1).some((t) => NOT_SURNAME_TAILS.has(t)) &&
    !lookupPlace(words.join(' ')) &&
    !lookupCity(words.join(' '))
  );
}

/** The run stands in a list ("A and B", "A, B and C") right next to a person's mention. */
function listedWithPerson(w: Weak, out: Mention[]): boolean {
  const sent = w.sent;
  const start = sent.tokens[w.run.s]?.start ?? 0;
  const end = sent.tokens[w.run.e - 1]?.end ?? 0;
  return out.some((m) => {
    if (m.type !== 'Person' || m.sentence !== sent.index) return false;
    const gap =
      m.end <= start
        ? sent.text.slice(m.end - sent.start, start - sent.start)
        : m.start >= end
          ? sent.text.slice(end - sent.start, m.start - sent.start)
          : null;
    return gap !== null && LIST_GAP.test(gap);
  });
}

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
