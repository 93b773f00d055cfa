/**
 * Finds every entity mention in an article: a sentence pass (titles, lexicons, patterns) and an
 * article pass for names that only the whole article can decide (surnames used alone, ship names
 * without prefix, acronyms defined once, unknown two-word names).
 */
import type { Mention, Sentence, TitleInfo } from './model';
import { classifyRun, makeMention, spanText } from './classify';
import { capitalCountry, lookupCity, lookupDemonym, lookupPlace, type PlaceInfo } from './lexicon';
import { dateline } from './dateline';
import { COURTESY_TITLES, ONE_WORD_TITLES, TITLE_MODIFIERS } from './lexicons/titles';
import { FUNCTION_WORD_SET, SAY_VERBS } from './lexicons/words';
import type { Run, TitleSpan } from './runs';
import { findRuns, findTitles, holdersOffice, isCapWord, isDash } from './runs';
import type { Weak } from './article-pass';
import { articlePass, THING_TAILS } from './article-pass';
import { cartelKey, groupAppositive } from './cartels';
import { initials, spellsOut } from '../../domain/names';
import { isPossessive, tok } from './context';
import { DESIGNATION_NAME, MILITARY_BRANCHES } from './lexicons/orgs';
import { isCommonWord, isGivenName } from './lexicons/name-data';

// Titles too common as ordinary nouns to make a one-word name a person on their own.
const WEAK_TITLES = new Set(
  'general major justice chief head chair captain leader founder commander director judge attorney speaker minister secretary adviser advisor administrator commissioner prosecutor representative'.split(
    ' ',
  ),
);
const METONYMY_NEXT = new Set(
  'has have had is was wants wanted said says insists insisted demanded demands requested accused warned will would recently also announced condemned rejected denied urged agreed imposed approved confirmed declined did does welcomed praised dismissed responded'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set('in at to from into near of for by via across'.split(' '));
// A role in the office a building houses ("a White House national security adviser").
const OFFICE_ROLE_NEXT =
  /^(?:(?:national security|senior|top|deputy|chief|press|communications|domestic policy|economic)\s+)?(?:advisers?|advisors?|aides?|officials?|spokes(?:man|woman|person)|press secretary|secretary|counsel|chief of staff|staff|director|czar)\b/i;

/** Finds all mentions in the sentences, in text order. */
export function findMentions(sentences: Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  const weak: Weak[] = [];
  const offices = new Set<string>();
  for (const sent of sentences) sentencePass(sent, mentions, weak, offices);
  articlePass(mentions, weak);
  linkAliasedPersons(mentions, sentences);
  aliasesEverywhere(mentions, sentences);
  sameGroupEverywhere(mentions);
  spelledOutGroups(mentions, sentences);
  officeOwnedForces(mentions, sentences);
  // "its National Security Adviser (NSA)": the letters name an office here, not the body a
  // lexicon knows by them, wherever the article uses them.
  const kept = mentions.filter((m) => !(offices.has(m.text) && m.type === 'Organization'));
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

// "Mexico's secretary of the Navy": the office before names whose force it is.
const OWNED_OFFICE_BEFORE =
  /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)[’']s\s+(?:[\p{Ll}-]+\s+){1,3}of\s+the\s+$/u;

/** A bare force ("the Navy") that an office of a named country ("Mexico's secretary of …") heads is that country's. */
function officeOwnedForces(mentions: Mention[], sentences: Sentence[]): void {
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.qualifierCountry || !MILITARY_BRANCHES.has(m.text)) continue;
    const sent = sentences[m.sentence];
    const hit = sent
      ? OWNED_OFFICE_BEFORE.exec(
          sent.text.slice(Math.max(0, m.start - sent.start - 80), m.start - sent.start),
        )
      : null;
    const place = hit?.[1] ? lookupPlace(hit[1]) : null;
    if (place?.kind === 'country') m.qualifierCountry = place.name;
  }
}

const ALIAS_INTRO = /^\s*,?\s*(?:also known as|better known as|known as|a\.k\.a\.|aka|alias)\s+["“]?$/i;

/**
 * "Hector Guerrero Flores, also known as Nino Guerrero": a person named right after a person and
 * "also known as" is that person under another name.
 */
function linkAliasedPersons(mentions: Mention[], sentences: Sentence[]): void {
  const people = mentions.filter((m) => m.type === 'Person').sort((a, b) => a.start - b.start);
  for (let k = 1; k < people.length; k++) {
    const [prev, m] = [people[k - 1]!, people[k]!];
    const sent = sentences[m.sentence];
    if (!sent || prev.sentence !== m.sentence || m.lexName) continue;
    if (ALIAS_INTRO.test(sent.text.slice(prev.end - sent.start, m.start - sent.start)))
      m.lexName = prev.lexName ?? prev.text;
  }
}

/**
 * "Dairo Usuga, also known as "Otoniel," …. Colombia extradited Otoniel in 2022.": a name the
 * article gives a person as an alias is that person wherever it stands alone (its one-word form
 * had no evidence of its own there).
 */
function aliasesEverywhere(mentions: Mention[], sentences: Sentence[]): void {
  const aliases = new Map<string, Mention>();
  for (const m of mentions)
    if (m.type === 'Person' && m.lexName && m.lexName !== m.text) aliases.set(m.text, m);
  for (const [text, alias] of aliases) {
    const words = text.split(/\s+/);
    for (const sent of sentences) {
      const t = sent.tokens;
      for (let i = 0; i + words.length <= t.length; i++) {
        if (!words.every((w, k) => t[i + k]?.text === w)) continue;
        const [s, e] = [i, i + words.length];
        // Standing alone: no capitalized word glued on either side, and no mention there yet.
        if (isCapWord(t[s - 1]) || isCapWord(t[e])) continue;
        const start = t[s]!.start;
        if (mentions.some((m) => m.sentence === sent.index && m.start <= start && m.end > start)) continue;
        mentions.push(makeMention(sent, s, e, 'Person', { lexName: alias.lexName, basis: alias.basis }));
      }
    }
  }
}

function isDesignationName(text: string): boolean {
  const m = DESIGNATION_NAME.exec(text);
  return !!m && m[0].length === text.replace(/^the\s+/i, '').length;
}

const OPEN_QUOTE = /^["“‘']$/;
const CLOSE_QUOTE = /^["”’']$/;

/**
 * "Joaquin “El Chapo” Guzman", "Ismael 'El Mayo' (The Bull) Zambada": a given name, a quoted
 * nickname (and maybe a glossed one in parentheses), then the surname. The person is named by
 * the given name and surname; the nickname is another name of theirs.
 */
function nicknamedNames(
  sent: Sentence,
  runs: Run[],
  runAt: Map<number, Run>,
  used: Set<Run>,
  out: Mention[],
): void {
  const toks = sent.tokens;
  for (const given of runs) {
    if (used.has(given) || given.e - given.s > 3 || !isGivenName(toks[given.s]?.text ?? '')) continue;
    if (!OPEN_QUOTE.test(toks[given.e]?.text ?? '')) continue;
    const nick = runAt.get(given.e + 1);
    if (!nick || nick.e - nick.s > 3 || !CLOSE_QUOTE.test(toks[nick.e]?.text ?? '')) continue;
    let k = nick.e + 1;
    // "(Shorty)", "(The Fox)": a gloss of the nickname in parentheses.
    let gloss: Run | undefined;
    if (toks[k]?.text === '(') {
      const close = toks.findIndex((x, i) => i > k && i <= k + 5 && x.text === ')');
      if (close < 0) continue;
      gloss = runs.find((r) => r.s > k && r.e <= close);
      k = close + 1;
    }
    const surname = runAt.get(k);
    if (!surname || surname.e - surname.s > 2 || used.has(surname) || classifyRun(sent, surname.s, surname.e))
      continue;
    const full = `${spanText(sent, given.s, given.e)} ${spanText(sent, surname.s, surname.e)}`;
    for (const r of [given, nick, surname, gloss]) if (r) used.add(r);
    out.push({
      ...makeMention(sent, given.s, surname.e, 'Person', { basis: 'person:given-name' }),
      text: full,
    });
    out.push(makeMention(sent, nick.s, nick.e, 'Person', { lexName: full, basis: 'person:given-name' }));
  }
}

/** How many words of a run are ordinary English words and no given name ("Rules", "Can"). */
function ordinaryWords(sent: Sentence, run: Run): number {
  let n = 0;
  for (const t of sent.tokens.slice(run.s, run.e)) {
    if (t.word && isCommonWord(t.text) && !isGivenName(t.text)) n++;
  }
  return n;
}

/**
 * "Tren de Aragua (TdA) members … two TdA leaders": letters in brackets right after a criminal
 * group's name, whose capitals spell it out, are that group wherever the article uses them.
 */
function spelledOutGroups(mentions: Mention[], sentences: Sentence[]): void {
  for (const g of mentions) {
    if (g.type !== 'Cartel') continue;
    const sent = sentences[g.sentence];
    const acr = sent
      ? /^\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,5})\)/u.exec(sent.text.slice(g.end - sent.start))?.[1]
      : null;
    if (!acr || !spellsOut(g.lexName ?? g.text, acr)) continue;
    for (const m of mentions) {
      if (m.text !== acr || m.type === 'Person' || m.type === 'Location') continue;
      m.type = 'Cartel';
      m.lexName = g.lexName ?? g.text;
      m.basis = g.basis;
    }
  }
}

/** A name typed a criminal group once is one in all its mentions that only a head word typed. */
function sameGroupEverywhere(mentions: Mention[]): void {
  const groups = new Set(
    mentions.filter((m) => m.type === 'Cartel').map((m) => cartelKey(m.lexName ?? m.text)),
  );
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.basis !== 'org:head' || m.lexName) continue;
    if (!groups.has(cartelKey(m.text))) continue;
    m.type = 'Cartel';
    m.basis = 'cartel:context';
  }
}

function sentencePass(sent: Sentence, out: Mention[], weak: Weak[], offices: Set<string>): void {
  const toks = sent.tokens;
  // ("the Attorney General's Office", "the U.S. Attorney's Office": an office holder's title
  // before "’s Office" names the body, not a person's office.)
  const titles = findTitles(toks).filter((t) => !holdersOffice(toks, t.e));
  for (const t of titles) {
    const acr = toks[t.e + 1]?.text ?? '';
    if (toks[t.e]?.text === '(' && toks[t.e + 2]?.text === ')' && /^\p{Lu}{2,6}$/u.test(acr)) {
      if (initials(spanText(sent, t.s, t.e)) === acr) offices.add(acr);
    }
  }
  const inTitle = new Array<boolean>(toks.length).fill(false);
  for (const t of titles) for (let k = t.s; k < t.e; k++) inTitle[k] = true;
  const runs = findRuns(toks, inTitle);
  const runAt = new Map(runs.map((r) => [r.s, r]));
  const runEndingAt = new Map(runs.map((r) => [r.e, r]));
  const used = new Set<Run>();
  nicknamedNames(sent, runs, runAt, used, out);

  for (const t of titles) {
    // "co-founders Joaquin “El Chapo” Guzman and Ismael “El Mayo” Zambada": names told with a
    // nickname (nicknamedNames took them already) hold the title before them.
    const nicked = nicknamedAt(out, sent, t.e);
    const atName = runAt.get(t.e);
    if (nicked && (!atName || used.has(atName))) {
      const info = titleQualifier(sent, t.s, runEndingAt, used, out);
      const text = spanText(sent, info.modStart ?? t.s, t.e);
      const shared: TitleInfo = {
        title: t.plural ? text.replace(/s$/, '') : text,
        key: t.key,
        qualifier: info.qualifier,
        demonymCountry: info.demonymCountry,
      };
      if (!COURTESY_TITLES.has(t.key)) {
        Object.assign(nicked, { title: shared, basis: 'person:title' });
        const second =
          t.plural && tok(sent, nicked.tokenEnd) === 'and'
            ? nicknamedAt(out, sent, nicked.tokenEnd + 1)
            : null;
        if (second) Object.assign(second, { title: shared, basis: 'person:title' });
      }
      continue;
    }
    let name = runAt.get(t.e);
    if (!name && toks[t.e]?.text === ',') {
      name = runAt.get(t.e + 1);
      // "Minister of Foreign Affairs, Emigration and …", "Director, Media & Advocacy": one
      // ordinary word after the comma goes on the title, it names no one.
      if (name && name.e - name.s === 1 && isCommonWord(toks[name.s]?.text ?? '')) continue;
    }
    // "Peru's Ambassador to Chile Ana Ruiz": the post's place, then the name.
    name ??= nameAfterPost(sent, t.e, runAt);
    // "Rio de Janeiro’s Secretary of Military Police, Marcelo de Menezes,": the office's own
    // "of …" belongs to the title when an appositive name follows it.
    const office = name ? null : officeName(sent, t, runAt, used);
    if (office) {
      name = office.name ?? undefined;
      t.e = office.end;
    }
    // "the President of Türkiye Recep Tayyip Erdoğan": the place between title and name qualifies.
    const between = name ? null : placeBetween(sent, t.e, runAt, used);
    if (between) name = between.name;
    if (!name || used.has(name) || (classifyRun(sent, name.s, name.e) && !placeNamedPerson(sent, name)))
      continue;
    // "A Second Judge Rules Mexican Drug Lord Can Be Extradited": a title-case headline, not a name.
    if (ordinaryWords(sent, name) >= 2) continue;
    // ("the leader of the opposition PRI party": letters in capitals before a noun are a body's.)
    if (
      name.e - name.s === 1 &&
      /^\p{Lu}{2,6}$/u.test(toks[name.s]?.text ?? '') &&
      /^\p{Ll}/u.test(toks[name.e]?.text ?? '')
    )
      continue;
    // "at the Ambassador Bridge", "the President Hotel": a thing named with a title word.
    if (THING_TAILS.has(toks[name.e - 1]?.text ?? '')) continue;
    // "Chief Adviser of the interim government": a title word is no one's name.
    if (name.e - name.s === 1 && ONE_WORD_TITLES.has(toks[name.s]?.text.toLowerCase() ?? '')) continue;
    // A plural title names people in full ("Presidents Gustavo Petro and …"; not "Senators Vote").
    if (t.plural && name.e - name.s < 2) continue;
    const titleText = spanText(sent, t.s, t.e);
    const lowerTitle = titleText === titleText.toLowerCase();
    if (name.e - name.s < 2 && lowerTitle && WEAK_TITLES.has(t.key)) continue;
    // One ordinary word is no name right before another title ("spokesperson Senior Commissioner,
    // X": part of that title), after a title word inside a body's name ("the Central General
    // Staff"), nor as the last word of a sentence ("spokesman Big. Gen. X": a misspelt rank the
    // splitter cut off).
    const next = /^[.,]$/.test(toks[name.e]?.text ?? '') ? name.e + 1 : name.e;
    const oneWord = name.e - name.s === 1 && isCommonWord(toks[name.s]?.text ?? '');
    const last = toks[name.e]?.text === '.' && name.e + 1 === toks.length;
    if (oneWord && (titles.some((x) => x.s === next) || insideName(sent, t.s) || last)) continue;
    used.add(name);
    // "Guyana’s Chief of Defence Staff, Brigadier Omar Khan", "China’s Minister of National
    // Defence Adm Dong Jun": the office before a rank is the role; its qualifier says where.
    // Only a qualified office is taken ("Foreign Minister Prince X" alone says not whose).
    const stacked = stackedOffice(sent, titles, t, runAt, used);
    const owner = stacked ? titleQualifier(sent, stacked.s, runEndingAt, used, out) : null;
    // A courtesy word ("Sheikh") is no rank: the office before it is the title in any case.
    const head = owner?.qualifier || owner?.demonymCountry || COURTESY_TITLES.has(t.key) ? (stacked ?? t) : t;
    // ("the vice commander of Special Operations Command, Lieutenant General X": an office not
    // taken leaves the body after its "of" a name of its own.)
    if (stacked?.ofRun && head !== stacked) used.delete(stacked.ofRun);
    const info = head === t ? titleQualifier(sent, t.s, runEndingAt, used, out) : owner!;
    info.title = spanText(sent, info.modStart ?? head.s, head.e);
    if (head.plural) info.title = info.title.replace(/s$/, '');
    info.key = head.key;
    // "Australia’s deputy prime minister and defence minister X": coordinated titles share it.
    if (!info.qualifier && !info.demonymCountry) {
      const first = coordinatedTitle(sent, titles, head);
      const shared = first ? titleQualifier(sent, first.s, runEndingAt, used, out) : null;
      if (shared) [info.qualifier, info.demonymCountry] = [shared.qualifier, shared.demonymCountry];
    }
    // ("Britain's new head of the Border Security Command X": the body after the title is where
    // the post is, more closely than the country before it.)
    if (
      between &&
      (!info.qualifier || (between.place.type === 'Organization' && info.qualifier.type === 'Location'))
    )
      info.qualifier = takeQualifier(between, used, out);
    // (With no other qualifier, the body named after the title's "of" is whose the title is; the
    // title is then the words before that "of".)
    if (office?.body && !info.qualifier && head === t) {
      office.body.mention.role = 'qualifier';
      out.push(office.body.mention);
      info.qualifier = office.body.mention;
      info.title = spanText(sent, info.modStart ?? head.s, office.body.titleEnd);
    }
    const post = postQualifier(sent, name.e, runAt, used, out);
    if (!info.qualifier && post) info.qualifier = post;
    const title: TitleInfo | null = COURTESY_TITLES.has(info.key)
      ? null
      : { title: info.title, key: info.key, qualifier: info.qualifier, demonymCountry: info.demonymCountry };
    out.push(makeMention(sent, name.s, name.e, 'Person', { title, basis: 'person:title' }));
    // "Foreign Ministers Mauro Vieira of Brazil and Diana Mondino of Argentina": the plural
    // title is the second name's too, with its own "of" place.
    // ("judges A B, C D and E F": so is every full name of a list the plural title opens.)
    const listed = t.plural && !post && title ? listedNames(sent, name.e, runAt, used) : [];
    for (const run of listed) {
      used.add(run);
      out.push(makeMention(sent, run.s, run.e, 'Person', { title, basis: 'person:title' }));
    }
    const second =
      t.plural && !listed.length ? secondName(sent, post ? post.tokenEnd : name.e, runAt, used) : null;
    if (second && title) {
      used.add(second);
      const own = postQualifier(sent, second.e, runAt, used, out);
      const shared = { ...title, qualifier: own ?? (post ? null : title.qualifier) };
      out.push(makeMention(sent, second.s, second.e, 'Person', { title: shared, basis: 'person:title' }));
    }
  }

  for (const run of runs) {
    if (used.has(run)) continue;
    // "designated as a Foreign Terrorist Organization": a category, not a body.
    if (isDesignationName(spanText(sent, run.s, run.e))) continue;
    // "his Israeli counterpart Israel Katz": after a person noun, a given name that is also a
    // country's, then a surname, is a person.
    // ("Israel Katz said …": so is one right before a verb of saying, when the given name is a
    // country's; a state's opens bodies too: "Georgia Tech said".)
    if (
      (PERSON_NOUN_BEFORE.test(sent.tokens[run.s - 1]?.text ?? '') ||
        (SAY_VERBS.has(sent.tokens[run.e]?.text ?? '') &&
          lookupPlace(sent.tokens[run.s]?.text ?? '')?.kind === 'country')) &&
      placeNamedPerson(sent, run)
    ) {
      used.add(run);
      out.push(makeMention(sent, run.s, run.e, 'Person', { basis: 'person:title' }));
      continue;
    }
    const found = classifyRun(sent, run.s, run.e);
    if (!found) {
      weak.push({ sent, run });
      continue;
    }
    // A name only the GeoNames gazetteer knows: decided with the article (a ship or a person may
    // bear it), a place by default.
    const only = found.length === 1 ? found[0] : undefined;
    if (only?.basis === 'place:geonames') {
      weak.push({ sent, run, place: dateline(sent, only) });
      continue;
    }
    for (const m of found) {
      // "60 kg of ICE (methamphetamine)": letters after a quantity name a drug, not a body; so do
      // letters in brackets after a drug ("crystal methamphetamine (ICE)").
      if (m.type === 'Organization' && /^\p{Lu}{2,5}$/u.test(m.text)) {
        const lead = sent.text.slice(0, m.start - sent.start);
        if (
          /\b(?:kg|kgs|kilos?|kilograms?|grams?|g|tons?|tonnes?|pounds?|lbs?|packets?|bags?|blocks?|tablets?|pills?)\s+of\s+$/i.test(
            lead,
          ) ||
          // ("… worth of heroin, ICE seized": a drug listed after another.)
          /\b(?:methamphetamine|meth|amphetamines?|heroin|cocaine|cannabis|marijuana|ecstasy|drugs?)\s*(?:\(|,\s*|\s+and\s+)$/i.test(
            lead,
          )
        )
          continue;
      }
      // "U.S. $683 million", "Singapore $2 billion": a currency's country is no place in the story.
      if (m.type === 'Location' && sent.tokens[m.tokenEnd]?.text === '$') continue;
      // "the Red Command, one of Brazil’s most powerful criminal organizations": a body's head
      // word in a name the text calls a criminal group.
      if (
        m.type === 'Organization' &&
        m.basis === 'org:head' &&
        !m.lexName &&
        groupAppositive(sent, m.tokenStart, m.tokenEnd)
      ) {
        m.type = 'Cartel';
        m.basis = 'cartel:context';
      }
      // "near Agu Centre", "held at the Congress Center": a centre one is at is a place.
      if (
        m.type === 'Organization' &&
        m.basis === 'org:head' &&
        !m.lexName &&
        /^Cent(?:re|er)$/.test(sent.tokens[m.tokenEnd - 1]?.text ?? '') &&
        /\b(?:near|at|outside|inside)\s+(?:the\s+)?$/.test(sent.text.slice(0, m.start - sent.start))
      ) {
        m.type = 'Location';
        m.basis = 'place:head';
      }
      // ("representatives of the municipal Department of Foreign Affairs": the city's office.)
      if (m.type === 'Organization' && LOCAL_BODY_BEFORE.test(tok(sent, m.tokenStart - 1))) m.local = true;
      possessiveOwner(sent, m, out);
      out.push(dateline(sent, adjustPlace(sent, m)));
    }
    const lastFound = found[found.length - 1];
    if (lastFound) militaryOrBorder(sent, lastFound, out);
    if (lastFound) placeCourt(sent, lastFound, out);
  }
  demonymForces(sent, out);
  ofCountryOwner(sent, out);
}

const LOCAL_BODY_BEFORE = /^(?:municipal|provincial|local|city|regional|county|district|state-level)$/;

/** "the Mexican army killed …": a country's adjective and its force in lower case name the body. */
function demonymForces(sent: Sentence, out: Mention[]): void {
  const toks = sent.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // ("Iranian navy seizes oil tanker": a headline opens with the force, no article before it;
    // "MADRID: Spanish national police …": nor after a dateline.)
    if (!t?.cap || (i > 0 && !/^(?:the|its|their|:|—|–)$/i.test(toks[i - 1]?.text ?? ''))) continue;
    const country = lookupDemonym(t.text)?.country;
    const force = country ? lowerForce(toks, i + 1) : null;
    if (!country || !force) continue;
    out.push(
      makeMention(sent, i, i + 1 + force.n, 'Organization', {
        basis: 'org:head',
        qualifierCountry: country,
        shortForm: force.head,
      }),
    );
  }
}

/**
 * "the Helsinki district court ordered …": a city's court written in lower case is a body named
 * after the city ("Helsinki District Court"); the city stays a place only as its qualifier.
 */
function placeCourt(sent: Sentence, m: Mention, out: Mention[]): void {
  if (m.type !== 'Location') return;
  const kind = lookupPlace(m.lexName ?? m.text)?.kind ?? lookupCity(m.lexName ?? m.text)?.kind;
  if (kind !== 'city' && kind !== 'state') return;
  const words = [tok(sent, m.tokenEnd), tok(sent, m.tokenEnd + 1)];
  // (A bare "the New York court" is a reference, not a name.)
  const n = COURT_KIND.test(words[0] ?? '') && words[1] === 'court' ? 2 : 0;
  if (!n) return;
  m.role = 'qualifier';
  const head = sent.tokens
    .slice(m.tokenEnd, m.tokenEnd + n)
    .map((t) => t.text.charAt(0).toUpperCase() + t.text.slice(1))
    .join(' ');
  out.push(
    makeMention(sent, m.tokenStart, m.tokenEnd + n, 'Organization', {
      basis: 'org:head',
      lexName: `${m.lexName ?? m.text} ${head}`,
    }),
  );
}
const COURT_KIND =
  /^(?:district|regional|city|county|provincial|high|appeals|appellate|criminal|administrative|military|federal|superior|supreme)$/;

/** "the Ministry of Foreign Affairs of Iran": a country after a body's "of" owns the body. */
function ofCountryOwner(sent: Sentence, out: Mention[]): void {
  for (const m of out) {
    if (m.sentence !== sent.index || m.type !== 'Organization' || m.qualifierCountry) continue;
    if (tok(sent, m.tokenEnd) !== 'of') continue;
    const owner = out.find(
      (x) => x.sentence === sent.index && x.tokenStart === m.tokenEnd + 1 && x.type === 'Location',
    );
    if (owner) ownedByCountry(m, owner);
  }
}

const COMPANY_OFFICE =
  /^(?:CEO|CFO|COO|chief executive|chief financial|chief operating|chairman|chairwoman|co-founder|founder)\b/i;

/** Makes a country mention the owner of a body's mention; a place that is no country owns nothing. */
function ownedByCountry(m: Mention, owner: Mention): void {
  const place = lookupPlace(owner.lexName ?? owner.text);
  if (place?.kind !== 'country') return;
  m.qualifierCountry = place.name;
  m.shortForm ??= m.text;
  owner.role = 'qualifier';
}

/**
 * "Uruapan Mayor X", "Michoacán Governor Y": a city or state the gazetteer knows, right before a
 * local office, is where the office is held (alone at a sentence's start it would be no name).
 */
function localOffice(sent: Sentence, run: Run, titleStart: number, form: string): Mention[] | null {
  if (run.e - run.s > 3 || !LOCAL_OFFICE.test(sent.tokens[titleStart]?.text ?? '')) return null;
  const place = lookupPlace(form);
  const city = place ? null : lookupCity(form);
  const known =
    place && (place.kind === 'state' || place.kind === 'city')
      ? place.name
      : city && (city.population ?? 0) >= 50_000
        ? city.name
        : null;
  return known
    ? [makeMention(sent, run.s, run.e, 'Location', { lexName: known, basis: 'place:gazetteer' })]
    : null;
}
const LOCAL_OFFICE =
  /^(?:Mayor|Governor|Gov\.|Lieutenant|Attorney|Prosecutor|Sheriff|Police|[Cc]ouncil(?:or|lor|man|woman)|[Aa]lder(?:man|woman))$/;

/** The qualifier before a title: "U.S." / "Mexico’s" / "State Department" / "Mexican". */
function titleQualifier(
  sent: Sentence,
  titleStart: number,
  runEndingAt: Map<number, Run>,
  used: Set<Run>,
  out: Mention[],
): TitleInfo & { modStart?: number } {
  const info: TitleInfo & { modStart?: number } = {
    title: '',
    key: '',
    qualifier: null,
    demonymCountry: null,
  };
  let k = titleStart;
  while (k > 0 && TITLE_MODIFIERS.has((sent.tokens[k - 1]?.text ?? '').toLowerCase())) k--;
  if (k < titleStart) info.modStart = k;
  let end = k;
  if (sent.tokens[k - 1]?.text.match(/^[’']s$/)) end = k - 1;
  // ("Ministry of External Affairs (MEA) spokesperson": the body's short form in brackets.)
  if (
    tok(sent, end - 1) === ')' &&
    tok(sent, end - 3) === '(' &&
    /^\p{Lu}{2,6}$/u.test(sent.tokens[end - 2]?.text ?? '')
  )
    end -= 3;
  let run = runEndingAt.get(end);
  if (!run || used.has(run)) return info;
  // ("Deputy Pentagon Press Secretary X": a modifier of the title may open the body's run.)
  if (
    run.e - run.s >= 2 &&
    TITLE_MODIFIERS.has(tok(sent, run.s)) &&
    !classifyRun(sent, run.s, run.e) &&
    classifyRun(sent, run.s + 1, run.e)
  ) {
    used.add(run);
    run = { ...run, s: run.s + 1 };
  }
  // ("State-Owned Enterprises Minister X": words cut at a hyphen are part of the portfolio.)
  const cut = sent.tokens[run.s - 1];
  if (cut && isDash(cut) && cut.end === sent.tokens[run.s]?.start) return info;
  const form = spanText(sent, run.s, run.e);
  const dem = lookupDemonym(form);
  if (dem && end === k) {
    info.demonymCountry = dem.country;
    used.add(run);
    return info;
  }
  // "CBSA regional director", "NATO chief": an acronym right before a title names a body.
  const acronym = run.e - run.s === 1 && /^\p{Lu}{2,6}$/u.test(form) && !lookupPlace(form);
  const classified = classifyRun(sent, run.s, run.e);
  // "Gazprom CEO Alexei Miller": a name before a company's office is the company's.
  const company =
    classified === null &&
    end === k &&
    run.e - run.s <= 3 &&
    COMPANY_OFFICE.test(spanText(sent, titleStart, Math.min(sent.tokens.length, titleStart + 3)));
  const found =
    classified && classified.length > 0
      ? classified
      : classified === null && (acronym || company)
        ? [
            makeMention(sent, run.s, run.e, 'Organization', {
              basis: acronym ? 'org:acronym' : 'org:company-office',
            }),
          ]
        : localOffice(sent, run, titleStart, form);
  const q = found?.[found.length - 1];
  if (!found || !q || q.type === 'Person') return info;
  // ("U.S. Army Pacific's deputy commander": words the run's classes leave out after the country
  // are the body that has the office, not the country.)
  // ("U.S. District Judge X": a court's or a rank's word after the country is still the title's.)
  const rest = sent.tokens.slice(q.tokenEnd, run.e).map((t) => t.text);
  if (
    rest.length > 0 &&
    !rest.every((w) => /^(?:District|Circuit|Federal|Bankruptcy|Magistrate|Senior|Chief)$/.test(w))
  )
    return info;
  used.add(run);
  for (const m of found) {
    if (m === q) m.role = 'qualifier';
    out.push(m);
  }
  // ("White House press secretary X", "White House Homeland Security Advisor X": a building
  // before a title is the office it houses.)
  if (q.type === 'Location' && lookupPlace(q.lexName ?? q.text)?.kind === 'facility') {
    q.type = 'Organization';
    q.basis = 'org:metonymy';
  }
  info.qualifier = q;
  return info;
}

/**
 * An office title right before the rank title t: "Minister of National Defence Adm …", "Chief of
 * Defence Staff, Brigadier …" (the office's "of …" run and a comma may stand between). Returns the
 * office's span, ending before the comma, and its key.
 */
function stackedOffice(
  sent: Sentence,
  titles: TitleSpan[],
  t: TitleSpan,
  runAt: Map<number, Run>,
  used: Set<Run>,
): (TitleSpan & { ofRun?: Run }) | null {
  const t0 = titles.filter((x) => x.e <= t.s).pop();
  if (!t0 || t0 === t) return null;
  let k = t0.e;
  let ofRun: Run | undefined;
  const the = tok(sent, k + 1) === 'the' ? 1 : 0;
  if (tok(sent, k) === 'of' && (ofRun = runAt.get(k + 1 + the)) && !used.has(ofRun)) k = ofRun.e;
  const end = k;
  if (tok(sent, k) === ',') k++;
  if (k !== t.s || end === t0.e + 1 || end === t0.e + 2) return null;
  if (ofRun && end === ofRun.e) {
    used.add(ofRun);
    return { s: t0.s, e: end, key: t0.key, ofRun };
  }
  return { s: t0.s, e: end, key: t0.key };
}

/** "deputy prime minister and defence minister": the title joined to t by "and", if any. */
function coordinatedTitle(sent: Sentence, titles: TitleSpan[], t: TitleSpan): TitleSpan | null {
  if (tok(sent, t.s - 1) !== 'and') return null;
  return titles.find((x) => x.e === t.s - 1) ?? null;
}

/**
 * The name after a post's place: "to Chile Ana Ruiz", "to Russia, Nazih Nagari" (an ambassador's
 * or envoy's host country). The place run itself stays a place.
 */
function nameAfterPost(sent: Sentence, k: number, runAt: Map<number, Run>): Run | undefined {
  if (tok(sent, k) !== 'to') return undefined;
  const place = runAt.get(k + 1);
  const found = place ? classifyRun(sent, place.s, place.e) : null;
  if (!place || found?.length !== 1 || found[0]?.type !== 'Location') return undefined;
  return runAt.get(place.e) ?? (tok(sent, place.e) === ',' ? runAt.get(place.e + 1) : undefined);
}

/** A place or body that qualifies a title ("of Peru"), with its run; and the name after it. */
interface Qualifier {
  run: Run;
  place: Mention;
}
interface QualifiedName extends Qualifier {
  name: Run;
}

/** "President of Peru Ana Ruiz": a place after the title's "of", then the name run. */
function placeBetween(
  sent: Sentence,
  titleEnd: number,
  runAt: Map<number, Run>,
  used: Set<Run>,
): QualifiedName | null {
  const of = placeAfterOf(sent, titleEnd, runAt, used);
  // "the Prime Minister of Japan, Fumio Kishida,": the name in apposition after a comma.
  const name =
    of &&
    (runAt.get(of.run.e) ??
      (tok(sent, of.run.e) === ',' ? runAt.get(of.run.e + 1) : undefined) ??
      nameAfterPost(sent, of.run.e, runAt));
  if (of && name && !used.has(name)) return { ...of, name };
  // "the President of the European Council, António Costa,", "the Secretary General of NATO,
  // Mark Rutte,": a body after "of", then the name in apposition.
  const body = bodyAfterOf(sent, titleEnd, runAt, used);
  if (body) return body;
  // "the Minister of Foreign Affairs of Azerbaijan Jahun Bayramov": one run holds the country and
  // the name after it.
  // ("of the Republic of Kazakhstan Yermek Kosherbayev": a state's formal name.)
  const the = tok(sent, titleEnd + 1) === 'the' ? 1 : 0;
  const run = sent.tokens[titleEnd]?.text === 'of' ? runAt.get(titleEnd + 1 + the) : undefined;
  // ("the President of the United States of America, X": the whole run is the country.)
  if (!run || used.has(run) || countryForm(spanText(sent, run.s, run.e))) return null;
  for (let n = Math.min(5, run.e - run.s - 2); n >= 1; n--) {
    const place = countryForm(spanText(sent, run.s, run.s + n));
    if (!place || !sent.tokens[run.s + n]?.cap) continue;
    const mention = makeMention(sent, run.s, run.s + n, 'Location', {
      lexName: place.name,
      basis: 'place:gazetteer',
    });
    return { run, place: mention, name: { s: run.s + n, e: run.e } };
  }
  return null;
}

/** "of (the) Body[ (ACR)], Name": the one body after "of" and the name after its comma. */
function bodyAfterOf(
  sent: Sentence,
  titleEnd: number,
  runAt: Map<number, Run>,
  used: Set<Run>,
): QualifiedName | null {
  // ("the spokesman for the Ukrainian Navy, X,": "for" names the body as "of" does.)
  if (!/^(?:of|for)$/.test(tok(sent, titleEnd))) return null;
  const the = tok(sent, titleEnd + 1) === 'the' ? 1 : 0;
  const run = runAt.get(titleEnd + 1 + the);
  if (!run || used.has(run)) return null;
  const body = isOneBody(sent, run.s, run.e);
  if (!body) return bodyThenName(sent, run, used);
  // ("of the European Union (EU), Ylva X,": the body's short form in brackets.)
  const k = tok(sent, run.e) === '(' && tok(sent, run.e + 2) === ')' ? run.e + 3 : run.e;
  if (tok(sent, k) !== ',') return null;
  const name = appositiveName(sent, k + 1, runAt, used);
  return name ? { run, place: body, name } : null;
}

/**
 * "the head of the Border Security Command Martin Hewitt": one run holds the body and, after it, a
 * name of two or three words that opens with a given name.
 */
function bodyThenName(sent: Sentence, run: Run, used: Set<Run>): QualifiedName | null {
  // (The surname is no ordinary word.)
  if (isCommonWord(sent.tokens[run.e - 1]?.text ?? '')) return null;
  for (let k = run.e - 2; k >= Math.max(run.s + 1, run.e - 3); k--) {
    if (!isGivenName(sent.tokens[k]?.text ?? '')) continue;
    const body = isOneBody(sent, run.s, k);
    if (!body || body.tokenStart !== run.s) continue;
    used.add(run);
    return { run, place: body, name: { s: k, e: run.e } };
  }
  return null;
}

/** The one body that tokens [s, e) name, ending at e, if they name one. */
function isOneBody(sent: Sentence, s: number, e: number): Mention | null {
  const found = classifyRun(sent, s, e);
  const body = found?.[0];
  return found?.length === 1 && body?.type === 'Organization' && body.tokenEnd === e ? body : null;
}

/**
 * The name in apposition that starts at token k ("…, Mark Rutte,"): an unused run of two words or
 * more that nothing classifies, closed by a comma or the end of the sentence.
 */
function appositiveName(sent: Sentence, k: number, runAt: Map<number, Run>, used: Set<Run>): Run | null {
  const name = runAt.get(k);
  if (!name || used.has(name) || name.e - name.s < 2 || classifyRun(sent, name.s, name.e)) return null;
  return /^[,.]?$/.test(tok(sent, name.e)) ? name : null;
}

/**
 * The name after an office whose own "of …"/"for …" follows its title word; returns the name run
 * and where the title now ends. Two shapes: "Rio de Janeiro’s Secretary of Military Police,
 * Marcelo de Menezes," (the name in apposition after a comma), and "Under Secretary for Terrorism
 * and Financial Intelligence John K. Hurley" (the office runs into the name, which starts at the
 * last given name that leaves two to four words).
 */
function officeName(
  sent: Sentence,
  t: { s: number; e: number },
  runAt: Map<number, Run>,
  used: Set<Run>,
): { name: Run | null; end: number; body?: { mention: Mention; titleEnd: number } } | null {
  const toks = sent.tokens;
  const joint = toks[t.e]?.text ?? '';
  // ("Secretary of Security and Civilian Protection Omar X": an office of two areas.)
  const areas = joint === 'and' && /\s(?:of|for)\s/.test(spanText(sent, t.s, t.e));
  if ((!/^(?:for|of)$/.test(joint) && !areas) || !/^\p{Lu}/u.test(toks[t.s]?.text ?? '')) return null;
  // ("the President of the European Council António Costa": "the" before the office.)
  const office = runAt.get(t.e + 1) ?? (toks[t.e + 1]?.text === 'the' ? runAt.get(t.e + 2) : undefined);
  if (!office || used.has(office)) return null;
  // "the Prime Minister of Japan, Fumio Kishida": a country after "of" qualifies (placeBetween).
  if (lookupPlace(spanText(sent, office.s, office.e))?.kind === 'country') return null;
  // ("the President of Kazakhstan Kassym-Jomart Tokayev": one run, the country first.)
  for (let n = 1; n <= Math.min(5, office.e - office.s - 1); n++)
    if (countryForm(spanText(sent, office.s, office.s + n))) return null;
  // ("the Secretary General of NATO, Mark Rutte,": a body's name after "of" is the office's
  // qualifier, which bodyAfterOf takes; not after a possessive: "Rio de Janeiro’s Secretary of
  // Military Police, X," holds the office.)
  if (
    joint === 'of' &&
    /^[,(]$/.test(toks[office.e]?.text ?? '') &&
    !/^[’']s$/.test(toks[t.s - 1]?.text ?? '') &&
    isOneBody(sent, office.s, office.e)
  )
    return null;
  if (joint === 'of' && toks[office.e]?.text === ',') {
    const name = appositiveName(sent, office.e + 1, runAt, used);
    if (!name) return null;
    used.add(office);
    return { name, end: office.e };
  }
  // "for Terrorism and Financial Intelligence …": the office's words may span several runs.
  const chain: Run[] = [];
  let run: Run | undefined = office;
  while (run && !used.has(run)) {
    chain.push(run);
    const next: Run | undefined = /^(?:and|of|for)$/.test(toks[run.e]?.text ?? '')
      ? runAt.get(run.e + 1)
      : undefined;
    if (!next) break;
    run = next;
  }
  const last = chain[chain.length - 1];
  // "the Minister of the Interior of Mauritania, X,": the office's words, then "of" and the
  // country whose office it is (placeBetween takes that and the name).
  if (
    last &&
    chain.length >= 2 &&
    toks[last.s - 1]?.text === 'of' &&
    lookupPlace(spanText(sent, last.s, last.e))?.kind === 'country'
  ) {
    for (const r of chain.slice(0, -1)) used.add(r);
    return { name: null, end: last.s - 1 };
  }
  if (!last || last.e - last.s < 2 || (chain.length === 1 && last.e - last.s < 3)) return null;
  // The surname is no ordinary word ("Intelligence", "Affairs"), unless a given name stands right
  // before it ("for Political Affairs John Bass").
  if (isCommonWord(toks[last.e - 1]?.text ?? '') && !isGivenName(toks[last.e - 2]?.text ?? '')) return null;
  const from = chain.length > 1 ? last.s : last.s + 1;
  // "for Latin America Brian Nichols": a word that ends a place is no given name.
  const endsPlace = (i: number): boolean =>
    !!lookupPlace(`${toks[i - 1]?.text ?? ''} ${toks[i]?.text ?? ''}`) ||
    lookupPlace(toks[i]?.text ?? '')?.kind === 'country';
  for (let k = last.e - 2; k >= Math.max(from, last.e - 4); k--) {
    const first = toks[k]?.text ?? '';
    const before = toks[k - 1]?.text ?? '';
    // ("of the Navy John Phelan": a service's name is no given name before the holder's.)
    const givenBefore = isGivenName(before) && !MILITARY_BRANCHES.has(before);
    if (!isGivenName(first) || endsPlace(k) || (k > last.s && givenBefore && !endsPlace(k - 1))) continue;
    for (const r of chain) used.add(r);
    // ("the President of the European Council António Costa": the office's words name one body,
    // which qualifies the title.)
    const found = chain.length === 1 ? isOneBody(sent, last.s, k) : null;
    const body = found?.tokenStart === last.s ? found : null;
    return { name: { s: k, e: last.e }, end: k, ...(body ? { body: { mention: body, titleEnd: t.e } } : {}) };
  }
  return null;
}

/** The run of one place right after an "of" at token k ("of Peru"), not yet used, if any. */
function placeAfterOf(sent: Sentence, k: number, runAt: Map<number, Run>, used: Set<Run>): Qualifier | null {
  if (sent.tokens[k]?.text !== 'of') return null;
  const run = runAt.get(k + 1);
  if (!run || used.has(run)) return null;
  const found = classifyRun(sent, run.s, run.e);
  const place = found?.[0];
  return place && found.length === 1 && place.type === 'Location' ? { run, place } : null;
}

/** "President Claudia Sheinbaum of Mexico": a place after "of" qualifies the title. */
function postQualifier(
  sent: Sentence,
  nameEnd: number,
  runAt: Map<number, Run>,
  used: Set<Run>,
  out: Mention[],
): Mention | null {
  const of = placeAfterOf(sent, nameEnd, runAt, used);
  return of ? takeQualifier(of, used, out) : null;
}

/**
 * "Defense Minister Israel Katz": after a title, a given name that is also a country's, then a
 * surname that is no place, body or common word.
 */
function placeNamedPerson(sent: Sentence, name: Run): boolean {
  const toks = sent.tokens;
  const first = toks[name.s]?.text ?? '';
  const rest = toks.slice(name.s + 1, name.e);
  return (
    name.e - name.s >= 2 &&
    name.e - name.s <= 3 &&
    isGivenName(first) &&
    // (A surname may be "McVea", "O'Neill", "Al-Sisi".)
    rest.every(
      (t) => /^\p{Lu}[\p{L}’'-]*\p{Ll}$/u.test(t.text) && !lookupPlace(t.text) && !isCommonWord(t.text),
    ) &&
    !classifyRun(sent, name.s + 1, name.e)
  );
}

const PERSON_NOUN_BEFORE =
  /^(?:counterpart|predecessor|successor|deputy|spokesman|spokeswoman|spokesperson)s?$/i;

/** A country by its name or its formal style ("Republic of Kazakhstan", "Kingdom of Spain"). */
function countryForm(text: string): PlaceInfo | null {
  const place =
    lookupPlace(text) ??
    (/^(?:Republic|Kingdom|Federation|State|Commonwealth|Sultanate|Emirate|Principality) of /.test(text)
      ? lookupPlace(text.replace(/^\S+ of /, ''))
      : null);
  return place?.kind === 'country' ? place : null;
}

/** The full name of a person told with a nickname ("Joaquin “El Chapo” Guzman") that starts at token k. */
function nicknamedAt(out: Mention[], sent: Sentence, k: number): Mention | undefined {
  return out.find(
    (x) => x.sentence === sent.index && x.type === 'Person' && x.tokenStart === k && !x.lexName && !x.title,
  );
}

/** The name right after "and" that ends a plural title's first name ("… X of A and Y"). */
function secondName(sent: Sentence, from: number, runAt: Map<number, Run>, used: Set<Run>): Run | null {
  if (sent.tokens[from]?.text.toLowerCase() !== 'and') return null;
  const run = runAt.get(from + 1);
  if (!run || used.has(run) || classifyRun(sent, run.s, run.e)) return null;
  return run;
}

/**
 * The full names listed after a plural title's first one, "…, C D and E F" (an Oxford comma
 * allowed): [] unless the list ends with "and" and every name in it is an unknown one of two
 * words or more.
 */
function listedNames(sent: Sentence, from: number, runAt: Map<number, Run>, used: Set<Run>): Run[] {
  const out: Run[] = [];
  let k = from;
  while (tok(sent, k) === ',' && tok(sent, k + 1) !== 'and') {
    const run = runAt.get(k + 1);
    if (!run || used.has(run) || run.e - run.s < 2 || classifyRun(sent, run.s, run.e)) return [];
    out.push(run);
    k = run.e;
  }
  if (!out.length) return [];
  const last = secondName(sent, tok(sent, k) === ',' ? k + 1 : k, runAt, used);
  return last && last.e - last.s >= 2 ? [...out, last] : [];
}

/** Records a place run as the qualifier of a title and returns its mention. */
function takeQualifier(of: Qualifier, used: Set<Run>, out: Mention[]): Mention {
  used.add(of.run);
  of.place.role = 'qualifier';
  out.push(of.place);
  return of.place;
}

/** A capital used for its government ("Washington has requested") names the country. */
function adjustPlace(sent: Sentence, m: Mention): Mention {
  // ("Downing Street did not deny", "the Élysée Palace said": a seat of government the gazetteer
  // does not know, named for its street or palace, acting.)
  if (
    m.basis === 'place:head' &&
    /\s(?:Street|Palace)$/.test(m.text) &&
    METONYMY_NEXT.has(tok(sent, m.tokenEnd)) &&
    !PREPOSITIONS.has(tok(sent, m.tokenStart - 1))
  )
    return { ...m, type: 'Organization', basis: 'org:metonymy' };
  if (m.type !== 'Location' || !m.lexName) return m;
  const place = lookupPlace(m.lexName);
  // "the eastern Mediterranean", "the Western Pacific": a sea's part is a place of its own.
  const compass = sent.tokens[m.tokenStart - 1];
  if (
    (place?.kind === 'water' || place?.kind === 'region') &&
    compass &&
    COMPASS.test(compass.text) &&
    compass.end < m.start &&
    m.tokenStart - 1 > 0
  ) {
    const s = m.tokenStart - 1;
    return { ...m, start: compass.start, tokenStart: s, text: spanText(sent, s, m.tokenEnd), lexName: null };
  }
  const next = tok(sent, m.tokenEnd);
  const prev = tok(sent, m.tokenStart - 1);
  // "the White House insists", "a White House adviser": the office housed there, not the building.
  if (
    place?.kind === 'facility' &&
    !PREPOSITIONS.has(prev) &&
    (METONYMY_NEXT.has(next) || OFFICE_ROLE_NEXT.test(spanText(sent, m.tokenEnd, m.tokenEnd + 3)))
  )
    return { ...m, type: 'Organization', basis: 'org:metonymy' };
  if (place?.kind !== 'city' || !place.country) return m;
  // ("a gang that Washington labeled a terrorist group", "Washington says its campaign …": a
  // verb of the capital's own.)
  if ((METONYMY_NEXT.has(next) || GOVERNMENT_VERB.test(next)) && !PREPOSITIONS.has(prev) && prev !== ',') {
    return { ...m, lexName: place.country };
  }
  // "defense ties with Washington", "Beijing's claims": the other side of a relation between
  // states, or the owner of a stance, is the government the capital houses.
  const before = sent.text.slice(Math.max(0, m.start - sent.start - 40), m.start - sent.start);
  const after = sent.text.slice(m.end - sent.start, m.end - sent.start + 30);
  if (
    TIES_WITH.test(before) ||
    STANCE_OF.test(after) ||
    ADDRESSED.test(before) ||
    BETWEEN_STATES.test(before)
  )
    return { ...m, lexName: place.country };
  return m;
}

// "labeled", "designated", "says", "claims": a government's verb right after the capital (not any
// verb: "talks in Peru's capital city Lima ended").
const GOVERNMENT_VERB =
  /^(?:labell?ed|designated|sanctioned|ordered|deployed|dispatched|sent|expelled|recalled|summoned|launched|threatened|responded|retaliated|blamed|vowed|pledged|promised|offered|signed|reached|says|claims|argues|insists|wants|accuses|denies|rejects|plans|hopes|seeks|believes|considers|views|maintains|demands|blames|fears|sees)$/;
// "tensions between Washington and Caracas", "the alliance between Manila and Washington".
const BETWEEN_STATES = new RegExp(
  `\\b(?:${'tensions? relations relationship ties talks rift dispute alliance cooperation conflict rivalry standoff negotiations dialogue trade deal agreement'
    .split(' ')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|')})\\s+between\\s+(?:(?:\\p{Lu}[\\p{L}.]*\\s+){1,2}and\\s+)?$`,
  'u',
);

const TIES_WITH =
  /\b(?:ties|relations|relationship|talks|cooperation|tensions|dispute|negotiations|dialogue|alliance|partnership|rift|standoff|rapprochement|communications|contacts|engagement)\s+with\s+$/i;
// "accuses Washington of", "urged Beijing to": a capital a government addresses or blames.
const ADDRESSED =
  /\b(?:accus(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|warn(?:s|ed|ing)?|blam(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|call(?:s|ed|ing)? on|commitments? to|support for|pressure on|sanctions (?:on|against)|tariffs on|ultimatum to|message to|warnings? to)\s+$/i;
const STANCE_OF =
  /^[’']s\s+(?:(?:new|latest|recent|own|controversial|lethal|oldest|closest|military|continued|renewed|growing|firm|strong|full|ongoing|stated|official|aggressive)\s+){0,2}(?:offensive|operations?|commitment|ally|actions?|strikes?|interests?|role|intervention|involvement|aggression|war|military|forces|government|administration|officials|plans?|strategy|decision|demands?|position|policy|policies|support|pressure|claims?|requests?|response|stance|approach|move|efforts?|campaign|accusations?|allegations|allies|sanctions|tariffs|threats?|warnings?|backing|refusal|insistence|objections?|criticism|envoy|ambassador)\b/;

const COMPASS =
  /^(?:[Ee]astern|[Ww]estern|[Nn]orthern|[Ss]outhern|[Cc]entral|[Nn]orth-?[Ee]astern|[Nn]orth-?[Ww]estern|[Ss]outh-?[Ee]astern|[Ss]outh-?[Ww]estern)$/;

/**
 * "Colombia’s National Police", "Honduras’ Financial Intelligence Unit": a country in the
 * possessive right before a body owns it.
 */
function possessiveOwner(sent: Sentence, m: Mention, out: Mention[]): void {
  if (m.type !== 'Organization' || m.qualifierCountry) return;
  if (!isPossessive(sent, m.tokenStart - 1)) return;
  // "Ukraine's NATO membership": a country's place in a body it would join, not its body.
  if (
    /^(?:membership|accession|bid|application|entry|ambitions?|aspirations?|integration)$/i.test(
      tok(sent, m.tokenEnd),
    )
  )
    return;
  const owner = out.find(
    (x) => x.sentence === sent.index && x.tokenEnd === m.tokenStart - 1 && x.type === 'Location',
  );
  if (owner) {
    ownedByCountry(m, owner);
    if (m.qualifierCountry) m.ownerForm = sent.text.slice(owner.start - sent.start, m.end - sent.start);
  }
}

/**
 * A country's armed force written in lower case, at token k: its length in tokens (0 if none) and
 * its name's head ("navy" → "Navy"). Not when a noun follows that it only modifies ("U.S. military
 * deployments", "Colombia's navy chief").
 */
function lowerForce(toks: Sentence['tokens'], k: number): { n: number; head: string } | null {
  const one = toks[k]?.text ?? '';
  // ("Spanish national Police have arrested …": a lower-case "national" before a capital.)
  const two = `${one} ${/^(?:national|federal)$/.test(one) ? (toks[k + 1]?.lower ?? '') : (toks[k + 1]?.text ?? '')}`;
  const n = LOWER_FORCES.has(two) ? 2 : LOWER_FORCES.has(one) ? 1 : 0;
  if (!n) return null;
  const next = toks[k + n]?.text ?? '';
  const ministry = two.endsWith(' ministry');
  if (/^\p{Ll}/u.test(next) && !FORCE_VERB_AFTER.test(next) && !(ministry && /^spokes\w+$/.test(next)))
    return null;
  const words = (n === 2 ? two : one).split(' ');
  const head =
    n === 1 && one === 'military'
      ? 'military'
      : words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { n, head };
}

const LOWER_FORCES = new Set([
  'military',
  'navy',
  'army',
  'coast guard',
  'coastguard',
  'air force',
  'marines',
  'national guard',
  // ("the Swedish armed forces in Latvia", "the German foreign office did not respond")
  'armed forces',
  'defence forces',
  'defense forces',
  'foreign office',
  // ("Spain's national police said", "the Mexican federal police")
  'national police',
  'federal police',
  // ("China's foreign ministry said", "the Japanese defense ministry spokesperson")
  'foreign ministry',
  'defense ministry',
  'defence ministry',
  'interior ministry',
  'justice ministry',
  // ("Mexico's security ministry said", "Costa Rica's judicial police said", "Lithuania's
  // prosecution service", "Russia's military intelligence")
  'security ministry',
  'finance ministry',
  'economy ministry',
  'trade ministry',
  'judicial police',
  'criminal police',
  'border police',
  'border guard',
  'prosecution service',
  'military intelligence',
  'intelligence service',
  // ("Egypt's presidency said in a statement", "Taiwan's presidential office condemned …")
  'presidency',
  'presidential office',
]);
// What may follow a force named as the subject or object ("the Mexican army killed", "Colombia's
// navy said", "the U.S. military in Syria"); a noun after it is what it modifies ("military
// buildup", "navy chief").
const FORCE_VERB_AFTER =
  /^(?:\p{Ll}+(?:ed|ly)|said|says|say|has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|also|then|took|takes|struck|strikes|found|finds|sent|sends|began|begins|led|leads|made|makes|shot|fought|fights|seized|seizes|arrested|captured|killed|kills|held|met|sank|hit|fled|gave|kept|told|and|or|in|on|at|of|to|for|with|from|near|off|into|along|under|after|before|during|since|which|that|who|whose)$/u;

/** "the U.S. military", "Colombia's navy" are bodies; "the U.S.-Mexico border" is a place. */
function militaryOrBorder(sent: Sentence, m: Mention, out: Mention[]): void {
  const toks = sent.tokens;
  if (m.type !== 'Location') return;
  const country = lookupPlace(m.lexName ?? m.text)?.kind === 'country';
  // "the U.S. military" names the body; "U.S. military deployments" uses it as an adjective.
  // "A spokesman for Colombia's navy said …": the possessive says whose.
  const possessive = isPossessive(sent, m.tokenEnd);
  // ("Seoul's defense ministry said": a capital in the possessive stands for its government.)
  const owner = country ? m.lexName : possessive ? capitalCountry(m.lexName ?? m.text) : null;
  if (!country && !owner) return;
  const force = lowerForce(toks, possessive ? m.tokenEnd + 1 : m.tokenEnd);
  if (force && (possessive || /^(the|its|their)$/i.test(toks[m.tokenStart - 1]?.text ?? ''))) {
    // (A country whose navy acts takes part in the act: its possessive stays a mention of it.)
    if (!possessive) m.role = 'qualifier';
    const end = (possessive ? m.tokenEnd + 1 : m.tokenEnd) + force.n;
    out.push(
      makeMention(sent, m.tokenStart, end, 'Organization', {
        basis: 'org:head',
        qualifierCountry: owner,
        shortForm: force.head,
      }),
    );
    return;
  }
  if (!country) return;
  // m is the second country of "A-B border": find A right before the dash.
  const dash = toks[m.tokenStart - 1]?.text;
  if ((dash === '-' || dash === '–') && toks[m.tokenEnd]?.text === 'border') {
    const prev = out.find((x) => x.sentence === sent.index && x.tokenEnd === m.tokenStart - 1);
    if (prev && prev.type === 'Location') {
      prev.role = 'qualifier';
      m.role = 'qualifier';
      out.push(makeMention(sent, prev.tokenStart, m.tokenEnd + 1, 'Location', { basis: 'place:head' }));
    }
  }
}

/** The capitalized word before a title opens a name that goes on through it ("Central General"). */
function insideName(sent: Sentence, s: number): boolean {
  const prev = sent.tokens[s - 1];
  if (!prev?.cap || !prev.word || s - 1 === 0) return false;
  const w = prev.text.toLowerCase();
  return (
    !TITLE_MODIFIERS.has(w) &&
    !FUNCTION_WORD_SET.has(w) &&
    !lookupPlace(prev.text) &&
    !lookupDemonym(prev.text)
  );
}
