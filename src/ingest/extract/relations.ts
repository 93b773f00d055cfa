/**
 * Relations other than roles: PART_OF, LOCATED_IN, DEPLOYED_TO, DESIGNATED and OPPOSES, each from
 * a sentence that states it. Deduplicated per (type, from, to), first evidence kept.
 */
import { SHIP_PREFIXES } from '../../domain/names';
import type { ExtractedRelation, RelationType } from '../../domain/types';
import type { ArticleContext } from './context';
import {
  clauseEndAfter,
  COMPOUND_MODIFIER,
  evidence,
  isPossessive,
  FORCES_PARTICIPLE,
  LIST_JOINT,
  FROM_BEFORE,
  NOT_DESTINATION,
  textAfter,
  textBefore,
  tok,
  typeOf,
} from './context';
import { capitalCountry, lookupCity, lookupCountryForm, lookupDemonym, lookupPlace } from './lexicon';
import { DESIGNATION_NAME } from './lexicons/orgs';
import type { Mention, Sentence } from './model';
import { announcedCustody, diplomaticActs, extraditedTo, opposesRelations, wantedBy } from './opposes';
import { reportsNews } from './outlets';
import { CAPABILITY, IF_NEEDED } from './triggers';
import {
  appositiveRoles,
  HEAD_OF_STATE,
  headedCountry,
  counterpartRoles,
  definiteTitleRoles,
  groupNounRoles,
  partyMembers,
  ledByRoles,
  roleRelations,
} from './roles';

const SUB_UNIT =
  /\b(Bureau|Office|Division|Unit|Directorate|Command|Agency|Service|Section|Branch|Department|Brigade|Battalion|Regiment|Squadron)\b/;
const MILITARY =
  /\b(Navy|Army|Marines|Marine Corps|Air Force|Coast Guard|National Guard|Guard|Command|Forces|military|Fleet|Brigade|Battalion|Division|Corps|Strike Group|Carrier Group|Expeditionary Unit|Expeditionary Force|Task Force|Squadron|Regiment|Flotilla)\b/;
const WEAPONS_SENT = /^\s+(?:[\w-]+\s+){0,2}(?:drones|missiles|rockets)\b/i;
const NOT_FORCES_SENT =
  /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:delegations?|delegates|envoys?|negotiators|representatives|diplomats|officials|letters?|messages?|invitations?|note|proposal|request|condolences)\b/i;
const DEPLOY_RE =
  /\b(deploy(?:ed|s|ing|ment|ments)?|redeployed|dispatched|sent|stationed|moved|positioned|repositioned|relocated|arrived|patrol(?:led|ling)|patrols (?:the|in|off|near)|ordered)\b/i;
// ("classified six cartels … as FTOs": "classified" alone is secret, so only before "as" a
// terrorist designation.)
// ("the United Cartels, a designated foreign terrorist organization": an adjective says it was
// designated, not who did.)
const DESIGNATE_RE =
  /\b(designat(?<!\b(?:an?|the)\sdesignat)(?:ed|es|e|ing|ion)|label(?:l)?ed|list(?:ed|ing)|blacklist(?:ed|s|ing)?|classified(?=[^.;]{1,200}?\bas\s+(?:an?\s+)?(?:FTOs?|SDGTs?|(?:foreign\s+|global\s+|specially\s+designated\s+global\s+)?terrorists?)\b))\b/i;

/**
 * One relation rule: the relation types it may emit and how it reads the article — once for the
 * whole article, or once per sentence with that sentence's mentions. A new relation type is a
 * rule module registered in RELATION_RULES plus its entry in RELATION_TYPES (src/domain/types.ts);
 * `npm run generate:cypher` then writes the per-type Cypher (src/db/generated-cypher.ts).
 */
export interface RelationRule {
  name: string;
  types: readonly RelationType[];
  article?: (ctx: ArticleContext) => ExtractedRelation[];
  sentence?: (ctx: ArticleContext, sent: Sentence, ms: Mention[]) => ExtractedRelation[];
}

/** Every relation rule, in the order their relations are kept (the first evidence wins). */
export const RELATION_RULES: readonly RelationRule[] = [
  { name: 'titles', types: ['HOLDS_ROLE', 'MEMBER_OF'], article: roleRelations },
  { name: 'appositives', types: ['HOLDS_ROLE', 'MEMBER_OF'], article: appositiveRoles },
  { name: 'counterparts', types: ['HOLDS_ROLE'], article: counterpartRoles },
  { name: 'definite-titles', types: ['HOLDS_ROLE'], article: definiteTitleRoles },
  { name: 'led-by', types: ['HOLDS_ROLE', 'MEMBER_OF'], sentence: ledByRoles },
  { name: 'group-noun', types: ['MEMBER_OF'], sentence: groupNounRoles },
  { name: 'party', types: ['MEMBER_OF'], sentence: partyMembers },
  { name: 'part-of', types: ['PART_OF'], article: partOf },
  { name: 'located-in', types: ['LOCATED_IN'], sentence: locatedIn },
  { name: 'deployed-to', types: ['DEPLOYED_TO'], sentence: deployedTo },
  { name: 'designated', types: ['DESIGNATED'], sentence: designated },
  { name: 'opposes', types: ['OPPOSES'], sentence: opposesRelations },
  { name: 'diplomatic-acts', types: ['OPPOSES'], sentence: diplomaticActs },
  { name: 'wanted', types: ['OPPOSES'], sentence: wantedBy },
  { name: 'extradited', types: ['OPPOSES'], sentence: extraditedTo },
  { name: 'announced-custody', types: ['OPPOSES'], sentence: announcedCustody },
];

/** Every relation in the article. */
export function extractRelations(ctx: ArticleContext): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const keep = (rule: RelationRule, found: ExtractedRelation[]): void => {
    for (const r of found) {
      // A programming error, caught by the extraction tests: a rule emits only what it declares.
      if (!rule.types.includes(r.type)) throw new Error(`relation rule ${rule.name} emitted ${r.type}`);
      out.push(r);
    }
  };
  for (const rule of RELATION_RULES) if (rule.article) keep(rule, rule.article(ctx));
  for (const sent of ctx.sentences) {
    const ms = ctx.bySentence.get(sent.index) ?? [];
    for (const rule of RELATION_RULES) if (rule.sentence) keep(rule, rule.sentence(ctx, sent, ms));
  }
  const seen = new Set<string>();
  // ("X, a member of the Nationalist Party": membership, not an office called "member".)
  const members = new Set(out.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.from}|${r.to}`));
  const memberOffice = (r: ExtractedRelation): boolean =>
    r.type === 'HOLDS_ROLE' &&
    /^(?:\S+\s+)?members?$/i.test(r.role ?? '') &&
    members.has(`${r.from}|${r.to}`);
  // A news outlet cited as the source reports the facts; it stands on neither side of them.
  const reporter = (name: string): boolean => {
    const g = ctx.byName.get(name);
    return !!g && reportsNews(g);
  };
  return out.filter((r) => {
    const key = `${r.type}|${r.from}|${r.to}`;
    if (r.from === r.to || seen.has(key) || memberOffice(r)) return false;
    if (
      r.type !== 'HOLDS_ROLE' &&
      r.type !== 'MEMBER_OF' &&
      r.type !== 'PART_OF' &&
      (reporter(r.from) || reporter(r.to))
    )
      return false;
    seen.add(key);
    return true;
  });
}

const NOT_OF_THE_STATE =
  /\b(?:Alliance|Coalition|Front|Party|Movement|Foundation|Association|Forum|University|Institute (?:of|for) [\w\s]*Studies)\b/;
const COMPANY_TAIL = /\s(?:Group|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|PLC|Holdings)$/;

const ARMED_MOVEMENT_AFTER =
  /^\s*(?:\([^)]{1,12}\)\s*)?(?:guerrillas?|guerrilla group|rebels?|rebel group|insurgents?|insurgent group|militants?|militant group|militia)\b/i;

function partOf(ctx: ArticleContext): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  // A body of a country: from its qualifier or ownership decided when grouping.
  for (const g of ctx.groups) {
    // "India Today", "Qatar Tribune": an outlet named after a country is no body of it.
    if (g.type !== 'Organization' || !g.country || !ctx.byName.has(g.country) || reportsNews(g)) continue;
    // "China's CMOC Group", "the American Immigration Council": a company, or a body whose name
    // opens with "American" (the U.S.'s own are "U.S." or "United States" ones), is no state's.
    if (COMPANY_TAIL.test(g.name) || /^American\s/.test(g.name)) continue;
    // ("Sudan's Alliance for Freedom and Change, a political grouping", "the Bangladesh Institute of
    // Strategic Studies": parties, alliances and think tanks of a country are no bodies of its state.)
    if (NOT_OF_THE_STATE.test(g.name)) continue;
    // "the Colombian National Liberation Army (ELN) guerrilla group": an armed movement fights its
    // country's state ("the People's Liberation Army" is China's: only the words after decide).
    if (
      g.mentions.some((m) => {
        const at = ctx.sentences[m.sentence];
        return !!at && ARMED_MOVEMENT_AFTER.test(textAfter(at, m, 40));
      })
    )
      continue;
    const first = g.mentions[0];
    const sent = first ? ctx.sentences[first.sentence] : undefined;
    if (sent)
      out.push({ type: 'PART_OF', from: g.name, to: g.country, basis: 'part-of:owner', ...evidence(sent) });
  }
  // "The Public Ministry in Guatemala led his arrest": a state body "in" a country is the country's
  // (not an embassy or a company there: only the heads of a state's own bodies).
  for (const sent of ctx.sentences) {
    const ms = ctx.bySentence.get(sent.index) ?? [];
    for (const a of ms) {
      const ga = ctx.byName.get(a.entity ?? '');
      if (a.type !== 'Organization' || !ga || ga.country || !STATE_BODY.test(ga.name)) continue;
      if (tok(sent, a.tokenEnd) !== 'in') continue;
      const b = ms.find((x) => x.tokenStart === a.tokenEnd + 1 && x.type === 'Location');
      const gb = ctx.byName.get(b?.entity ?? '');
      if (gb?.isCountry && !out.some((r) => r.from === ga.name))
        out.push({ type: 'PART_OF', from: ga.name, to: gb.name, basis: 'part-of:in', ...evidence(sent) });
    }
  }
  // "The State Department’s Bureau of …", "the Bureau of … within/at/of the State Department".
  for (const sent of ctx.sentences) {
    const ms = (ctx.bySentence.get(sent.index) ?? []).filter((m) => m.type === 'Organization');
    for (const a of ms) {
      for (const b of ms) {
        if (a === b || !a.entity || !b.entity) continue;
        // ("the State Department Bureau of …": the department's name right before the bureau's.)
        const possessive =
          (/^[’']s$/.test(sent.tokens[a.tokenEnd]?.text ?? '') && b.tokenStart === a.tokenEnd + 1) ||
          (b.tokenStart === a.tokenEnd &&
            /\b(?:Department|Ministry)$/.test(a.text) &&
            /^(?:Bureau|Office|Division|Directorate|Agency|Unit|Service)\s+(?:of|for)\b/.test(b.text));
        const gap = b.tokenStart - a.tokenEnd;
        const within =
          gap >= 1 &&
          gap <= 2 &&
          ['within', 'at', 'of', 'inside'].includes(tok(sent, a.tokenEnd)) &&
          SUB_UNIT.test(a.text);
        // "Frontex, the EU's border agency": a body described as another's agency is part of it.
        const apposed =
          b.tokenStart === a.tokenEnd + 2 &&
          tok(sent, a.tokenEnd) === ',' &&
          tok(sent, a.tokenEnd + 1).toLowerCase() === 'the' &&
          AGENCY_OF.test(sent.text.slice(b.end - sent.start));
        if (apposed)
          out.push({
            type: 'PART_OF',
            from: a.entity,
            to: b.entity,
            basis: 'part-of:possessive',
            ...evidence(sent),
          });
        else if (possessive && SUB_UNIT.test(b.text))
          out.push({
            type: 'PART_OF',
            from: b.entity,
            to: a.entity,
            basis: 'part-of:possessive',
            ...evidence(sent),
          });
        else if (within)
          out.push({
            type: 'PART_OF',
            from: a.entity,
            to: b.entity,
            basis: 'part-of:within',
            ...evidence(sent),
          });
      }
    }
  }
  return out;
}

const STATE_BODY =
  /\b(?:Ministry(?: of [\p{L} ]+)?|National Police|Federal Police|Army|Navy|Air Force|Prosecutor[’']?s Office|Attorney General[’']?s Office|Public Prosecutor[’']?s Office|Supreme Court|Constitutional Court|Congress|Senate|Parliament|National Assembly)$/u;

const AGENCY_OF =
  /^[’']s\s+(?:[a-z-]+\s+){0,3}(?:agency|body|arm|unit|service|office|branch|force|division|department|ministry|authority|directorate)\b/;

const ADMIN_UNIT = new Set([
  'province',
  'state',
  'region',
  'district',
  'county',
  'department',
  'municipality',
  'governorate',
  'prefecture',
  // ("Kalala village in the Mawat district", "Ghulam Khan Kalay area of North Waziristan".)
  'village',
  'town',
  'city',
  'area',
  'township',
  // ("Hobyo port in Somalia", "the Garakad coast in Somalia".)
  'port',
  'coast',
  // ("the Tocoron prison in Venezuela's Aragua state", "the Kirikiri prison in Lagos".)
  'prison',
  'jail',
  'airport',
]);

/** A LOCATED_IN stated by one sentence. */
const locatedInRelation = (from: string, to: string, how: string, sent: Sentence): ExtractedRelation => ({
  type: 'LOCATED_IN',
  from,
  to,
  basis: `located-in:${how}`,
  ...evidence(sent),
});

function locatedIn(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const locs = ms.filter((m) => m.type === 'Location' && m.entity);
  for (const a of locs) {
    const ga = ctx.byName.get(a.entity ?? '');
    if (!ga || ga.isCountry || ga.kind === 'region') continue;
    // ("The shoal, known as Huangyan Island in China": "in China" is whose name it is.)
    if (
      /\b(?:known|referred to|called|named|dubbed)\s+(?:as\s+)?(?:the\s+)?(?:[^,;]{1,60}\sand\s+(?:the\s+)?)?$/i.test(
        textBefore(sent, a, 90),
      )
    )
      continue;
    // A bay is in a state; a sea holds only a feature ("Scarborough Shoal in the South China Sea").
    const feature = FEATURE_NAME.test(ga.name);
    // Lexicon containment, stated when both are in the sentence or the name says so ("Mexico City").
    const place = lookupPlace(ga.name);
    if (place?.country && place.country !== ga.name && ctx.byName.has(place.country)) {
      // Only where the text states it: the name says so; a place merely named in the same
      // sentence is world knowledge, not a statement ("Russia struck Kyiv … Ukraine said").
      const inName = ga.name.startsWith(place.country) || ga.name.startsWith(nameOf(place.country));
      if (inName) {
        out.push(locatedInRelation(ga.name, place.country, 'name', sent));
      }
    }
    // "the White House in Washington", "Culiacán, Sinaloa".
    // ("Khost province in Afghanistan": a lower-case unit word before "in" stays with the place.)
    // ("Lam Luk Ka district, Pathum Thani", "Kui Buri district of Prachuap Khiri Khan" too.)
    const unit =
      ADMIN_UNIT.has(tok(sent, a.tokenEnd)) && /^(?:in|of|,)$/.test(tok(sent, a.tokenEnd + 1)) ? 1 : 0;
    // ("the port of Guayaquil, in Ecuador, …": a comma may open the "in".)
    const commaIn = tok(sent, a.tokenEnd + unit) === ',' && tok(sent, a.tokenEnd + unit + 1) === 'in' ? 1 : 0;
    const sep = tok(sent, a.tokenEnd + unit + commaIn);
    // ("Scarborough Shoal in the South China Sea": "the" may follow "in".)
    const the = sep === 'in' && tok(sent, a.tokenEnd + unit + commaIn + 1).toLowerCase() === 'the' ? 1 : 0;
    // ("the town of Circasia in central Colombia", "Malaga, southern Spain": a compass word may too.)
    // ("the Donetsk region of eastern Ukraine": after a unit's "of" too.)
    const compass =
      (sep === 'in' || sep === ',' || (unit === 1 && sep === 'of')) &&
      COMPASS_WORD.test(tok(sent, a.tokenEnd + unit + commaIn + 1 + the))
        ? 1
        : 0;
    const b = locs.find((x) => x.tokenStart === a.tokenEnd + 1 + unit + commaIn + the + compass && x !== a);
    // "Arizona, Texas, California, Illinois, Florida and New York" is a list, not "Culiacán, Sinaloa".
    // ("in San Diego, California, on Thursday": a comma after the pair that no place follows.)
    const nextPlace = (k: number): boolean =>
      locs.some(
        (x) =>
          x.tokenStart === k + 1 ||
          (x.tokenStart === k + 2 && /^(?:and|or)$/.test(tok(sent, k + 1)) && tok(sent, k) === ','),
      );
    // ("across London, Staffordshire, and the West Midlands": a serial comma before the last name.)
    const serial = !!b && /^,\s+(?:and|or)\s+(?:the\s+)?\p{Lu}/u.test(sent.text.slice(b.end - sent.start));
    // ("in the Madrid region, Andalusia (the point of arrival), and the Basque Country": an aside
    // in brackets after the second name leaves the list a list.)
    let afterB = b?.tokenEnd ?? 0;
    if (tok(sent, afterB) === '(') {
      const close = sent.tokens.findIndex((t, k) => k > afterB && t.text === ')');
      if (close > 0) afterB = close + 1;
    }
    const listed =
      sep === ',' &&
      ((/^(?:,|and|or)$/.test(tok(sent, afterB)) &&
        (nextPlace(afterB) ||
          /^\s*,?\s*(?:and|or)\s+(?:the\s+)?\p{Lu}/u.test(
            sent.text.slice(sent.tokens[afterB]!.start - sent.start),
          ))) ||
        serial ||
        tok(sent, a.tokenStart - 1) === ',');
    // ("At Shengjin, Italy will take care of …": the country after the comma opens the clause.)
    const subject =
      !!b &&
      sep === ',' &&
      /^\s+(?:will|would|has|have|had|is|are|was|were|can|could|must|should|may|said|says)\b/.test(
        sent.text.slice(b.end - sent.start),
      );
    // ("orders from Kyiv, Russia's security service said": the possessive opens the next phrase;
    // "St. Petersburg, Russia's second largest city" still places the city.)
    const owns =
      !!b &&
      isPossessive(sent, b.tokenEnd) &&
      !/^[’']s\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:city|capital|port|town|region|province|state|island|village|hub)\b/u.test(
        sent.text.slice(b.end - sent.start),
      );
    // ("in the southern Red Sea, U.S. officials said": a country that modifies the noun after it
    // opens the next phrase.)
    const modifies =
      !!b &&
      sep === ',' &&
      /^\s+(?:[\p{Ll}-]+\s+)?(?:officials?|authorities|forces|troops|sources|officers|police|government|military|navy|army|diplomats?|lawmakers|prosecutors|agents|citizens|nationals|ships|vessels|warships|aircraft|drones?|spokes(?:man|woman|person))\b/u.test(
        sent.text.slice(b.end - sent.start),
      );
    // ("the Tocoron prison in Venezuela's Aragua state": the place the country owns is where.)
    const ownedIn =
      owns && sep === 'in' && b
        ? locs.find(
            (x) =>
              x.tokenStart === b.tokenEnd + 1 &&
              !ctx.byName.get(x.entity ?? '')?.isCountry &&
              (ADMIN_UNIT.has(tok(sent, x.tokenEnd)) || ctx.byName.get(x.entity ?? '')?.kind === 'state'),
          )
        : undefined;
    if (ownedIn?.entity && ownedIn.entity !== ga.name && ctx.byName.get(ownedIn.entity)?.kind !== ga.kind)
      out.push(locatedInRelation(ga.name, ownedIn.entity, 'adjacent', sent));
    if (
      b?.entity &&
      !listed &&
      !owns &&
      !modifies &&
      !subject &&
      (sep === 'in' ||
        sep === ',' ||
        (unit && sep === 'of') ||
        // ("NEW DELHI [India]", "Chicago (US)": a bracketed country; "Bajo de Masinloc
        // (Scarborough Shoal)" is one place's other name.)
        ((sep === '[' || sep === '(') &&
          /^[\])]$/.test(tok(sent, b.tokenEnd)) &&
          // ("San Antonio (Texas)": a city's state in brackets too.)
          (!!ctx.byName.get(b.entity)?.isCountry ||
            (ctx.byName.get(b.entity)?.kind === 'state' && ga.kind !== 'state'))))
    ) {
      const gb = ctx.byName.get(b.entity);
      // Two places of one rank (two states, two countries) contain neither.
      const same = !!ga.kind && ga.kind === gb?.kind && ga.kind !== 'facility';
      const intoWater = gb?.kind === 'water' && (!feature || sep !== 'in');
      // ("in central Niger state": a state named like a country is not that country.)
      const stateOf =
        !!gb?.isCountry &&
        /^(?:state|province|region|district|county|department)$/.test(tok(sent, b.tokenEnd));
      // ("the West Darfur town of El Geneina": a state's or country's settlement word before "of"
      // names what the next place is, so the next place is in this one.)
      const settlementOf =
        unit === 1 &&
        sep === 'of' &&
        /^(?:town|city|village|port)$/.test(tok(sent, a.tokenEnd)) &&
        (ga.kind === 'state' || ga.isCountry);
      if (settlementOf) {
        if (gb && !gb.isCountry && gb.kind !== 'state')
          out.push(locatedInRelation(gb.name, ga.name, 'adjacent', sent));
      } else if (
        gb &&
        !intoWater &&
        !same &&
        !stateOf &&
        !(gb.isCountry && placedElsewhere(ga.name, gb.name))
      )
        out.push(locatedInRelation(ga.name, gb.name, 'adjacent', sent));
    }
  }
  out.push(
    ...openerCountry(ctx, sent, locs),
    ...capitalOf(ctx, sent, locs),
    ...placeOf(ctx, sent, locs),
    ...coordinatedIn(ctx, sent, locs),
    ...possessivePlace(ctx, sent, locs),
    ...appositivePlace(ctx, sent, locs),
  );
  return out;
}

// Compass words that open a part of a place ("northwestern Mexico", "the southern Red Sea").
const COMPASS = String.raw`northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest`;
// The units a place is called ("a city in …", "Pakistan's … province").
const PLACE_UNITS = 'region|province|state|district|department|county|island|port|city|town';

// ", a city in northwestern ", ", a major port in ", ", the largest town of the state of ".
const PLACE_APPOSITIVE = new RegExp(
  String.raw`^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:city|town|port|village|municipality|province|state|region|district|island|enclave)\s+(?:in|of)\s+(?:the\s+)?(?:(?:state|province|region|department)\s+of\s+)?(?:(?:${COMPASS}|coastal)\s+)?$`,
  'u',
);

/**
 * "Culiacán, a city in northwestern Mexico", "Puerto Vallarta, a major city in Jalisco": an
 * appositive that calls the place a city (port, town …) in the next one places it there, unless
 * the gazetteer puts it in another country.
 */
function appositivePlace(ctx: ArticleContext, sent: Sentence, locs: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const a of locs) {
    const ga = ctx.byName.get(a.entity ?? '');
    if (!ga || ga.isCountry) continue;
    const after = textAfter(sent, a, 80);
    const b = locs.find((x) => x.start > a.end && x.start - a.end <= 80 && x.entity !== a.entity);
    const gb = ctx.byName.get(b?.entity ?? '');
    if (!b || !gb || gb.kind === 'water') continue;
    if (!PLACE_APPOSITIVE.test(after.slice(0, b.start - a.end))) continue;
    if (gb.isCountry && placedElsewhere(ga.name, gb.name)) continue;
    // (Two places of one rank contain neither: "Sinaloa, a state in Mexico" is fine, "Sinaloa, a
    // state like Sonora" never gets here.)
    if (ga.kind && ga.kind === gb.kind && ga.kind !== 'facility') continue;
    out.push(locatedInRelation(ga.name, gb.name, 'appositive', sent));
  }
  return out;
}

const COMPASS_WORD = new RegExp(`^(?:${COMPASS})$`, 'i');

/** A shoal, reef, island or strait: a feature a sea can hold. */
const FEATURE_NAME = /\b(?:Shoal|Reef|Island|Islands|Atoll|Cay|Bank|Rocks?|Strait|Archipelago|Islets?)$/;

/**
 * "In Colombia, police arrested two suspects in Cúcuta": a sentence that opens with a country
 * places the cities it names there, when the gazetteer agrees.
 */
function openerCountry(ctx: ArticleContext, sent: Sentence, locs: Mention[]): ExtractedRelation[] {
  const opener = /^\W*In\s+(?:the\s+)?([^,]{2,40}),\s/.exec(sent.text);
  const country = opener ? locs.find((x) => x.start - sent.start < opener[0].length && x.entity) : undefined;
  const gc = ctx.byName.get(country?.entity ?? '');
  if (!country || !gc?.isCountry) return [];
  return locs
    .filter((x) => x.start - sent.start >= opener![0].length && x.entity && x.role !== 'qualifier')
    .filter((x) => {
      const gx = ctx.byName.get(x.entity ?? '');
      const where = lookupPlace(gx?.name ?? '')?.country ?? lookupCity(gx?.name ?? '')?.country;
      return !!gx && !gx.isCountry && where === gc.name;
    })
    .map((x) => locatedInRelation(x.entity ?? '', gc.name, 'opener', sent));
}

// "Culiacán, the capital of Sinaloa", "Tuxtla Gutiérrez, the Chiapas state capital".
const CAPITAL_OF =
  /^,\s+(?:the|its)\s+(?:(?:state|provincial|regional|departmental|national|federal)\s+)?capital\s+of\s+(?:the\s+)?(?:(?:state|province|department|region)\s+of\s+)?$/i;
const CAPITAL_AFTER = /^\s+(?:(?:state|provincial|regional|departmental)\s+)?capital\b/i;

/** A city the text calls the capital of a place named right after it. */
function capitalOf(ctx: ArticleContext, sent: Sentence, locs: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const a of locs) {
    const ga = ctx.byName.get(a.entity ?? '');
    if (!ga || ga.isCountry) continue;
    const b = locs.find((x) => x.start > a.end && x.start - a.end < 50);
    const gb = ctx.byName.get(b?.entity ?? '');
    if (!b || !gb || gb === ga || gb.kind === 'water') continue;
    const between = sent.text.slice(a.end - sent.start, b.start - sent.start);
    const stated =
      CAPITAL_OF.test(between) ||
      (/^,\s+the\s+$/i.test(between) && CAPITAL_AFTER.test(textAfter(sent, b, 30)));
    if (!stated || (gb.isCountry && placedElsewhere(ga.name, gb.name))) continue;
    out.push(locatedInRelation(ga.name, gb.name, 'capital', sent));
  }
  // "Port-au-Prince, the country's capital": which country, the gazetteer says, if the article names it.
  for (const a of locs) {
    const ga = ctx.byName.get(a.entity ?? '');
    // ("… in the capital, Niamey", "the country's capital Bamako": the noun before the city, too.)
    const after = COUNTRYS_CAPITAL.test(textAfter(sent, a, 40));
    const before = CAPITAL_BEFORE.test(textBefore(sent, a, 40));
    if (!ga || ga.isCountry || (!after && !before)) continue;
    const country =
      lookupPlace(ga.name)?.country ??
      lookupCity(ga.name)?.country ??
      (before ? capitalCountry(ga.name) : null);
    if (country && country !== ga.name && ctx.byName.get(country)?.isCountry)
      out.push(locatedInRelation(ga.name, country, 'capital', sent));
  }
  return out;
}

const COUNTRYS_CAPITAL = /^,\s+(?:the|its)\s+(?:country|nation)[’']s\s+capital\b/i;
const CAPITAL_BEFORE = /\bthe\s+(?:(?:country|nation)[’']s\s+)?capital(?:\s+city)?,?\s+$/i;

/** True when the gazetteer puts the place in another country than the text seems to. */
function placedElsewhere(place: string, country: string): boolean {
  const known = lookupPlace(place)?.country;
  return !!known && known !== country && lookupCity(place)?.country !== country;
}

// "the Israeli port of ", "Syria's northern province of ", "the Mexican border city of ".
const PLACE_OF =
  /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)([’']s)?\s+(?:(?:Red Sea|Black Sea|Pacific|Atlantic|Caribbean|Gulf|Mediterranean|Baltic|Adriatic|Aegean|Arctic)\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|coastal|border|restive|remote|frontier|southernmost|northernmost|key|strategic)\s+){0,2}(?:capital city|port city|border city|border town|city|port|town|village|province|state|region|district|capital|island|governorate|municipality|prefecture|county|department|enclave|oblast|(?:cities|ports|towns|villages|provinces|states|regions|districts|islands|governorates|municipalities|prefectures|counties|departments|oblasts)\s+of\s+(?:\p{Lu}[\p{L}.-]*(?:\s+(?:de\s+|del\s+)?\p{Lu}[\p{L}.-]*)*(?:,\s+|\s+and\s+|,\s+and\s+))*?(?=\p{Lu}|$)(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?:,\s+|\s+and\s+|,\s+and\s+))*)\s*(?:of\s+)?$/u;

/** "the Israeli port of Eilat": a demonym or a country's possessive names the place's country. */
function placeOf(ctx: ArticleContext, sent: Sentence, locs: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const a of locs) {
    const ga = ctx.byName.get(a.entity ?? '');
    if (!ga || ga.isCountry) continue;
    const hit = PLACE_OF.exec(textBefore(sent, a, 80));
    if (!hit?.[1]) continue;
    const country = hit[2] ? lookupPlace(hit[1]) : null;
    const owner = hit[2]
      ? country?.kind === 'country'
        ? country.name
        : null
      : lookupCountryForm(hit[1])?.country;
    if (!owner || !ctx.byName.get(owner)?.isCountry) continue;
    // A gazetteer that puts the place in another country outweighs a phrase misread.
    if (placedElsewhere(ga.name, owner)) continue;
    out.push(locatedInRelation(ga.name, owner, 'place-of', sent));
  }
  return out;
}

/**
 * "Jalisco and Michoacán, Mexico": the place before "and" shares the country written after the
 * pair, when both are places of one rank and the gazetteer puts it there.
 */
function coordinatedIn(ctx: ArticleContext, sent: Sentence, locs: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const a of locs) {
    const b = locs.find((x) => x.tokenStart === a.tokenEnd + 1 && tok(sent, a.tokenEnd) === 'and');
    const c = b && locs.find((x) => x.tokenStart === b.tokenEnd + 1 && tok(sent, b.tokenEnd) === ',');
    if (!b || !c?.entity || tok(sent, a.tokenStart - 1) === ',') continue;
    const ga = ctx.byName.get(a.entity ?? '');
    const gb = ctx.byName.get(b.entity ?? '');
    const gc = ctx.byName.get(c.entity);
    if (!ga || !gb || !gc?.isCountry || ga.isCountry || gb.isCountry || (gb.kind && ga.kind !== gb.kind))
      continue;
    if (lookupPlace(ga.name)?.country !== gc.name) continue;
    out.push(locatedInRelation(ga.name, gc.name, 'coordinated', sent));
  }
  return out;
}

/** "Mexico's Sinaloa state", "Rio's North Zone": a place written as another place's possession. */
function possessivePlace(ctx: ArticleContext, sent: Sentence, locs: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const a of locs) {
    if (!isPossessive(sent, a.tokenEnd)) continue;
    // ("Kenya's capital, Nairobi", "Uganda's capital city Kampala": the capital named after the noun.)
    const capital = CAPITAL_NOUN.exec(sent.text.slice(a.end - sent.start));
    // ("Pakistan's southwestern Balochistan province", "Somalia's semi-autonomous region of
    // Puntland", "Peru's biggest port El Callao": a few words of place between.)
    const lead = capital ? null : PLACE_LEAD.exec(sent.text.slice(a.end - sent.start));
    const b = capital
      ? locs.find((x) => x.start === a.end + capital[0].length)
      : lead
        ? locs.find((x) => x.start === a.end + lead[0].length)
        : locs.find((x) => x.tokenStart === a.tokenEnd + 1);
    const ga = ctx.byName.get(a.entity ?? '');
    const gb = ctx.byName.get(b?.entity ?? '');
    if (!b || !ga || !gb || gb.isCountry || gb.kind === 'water' || gb.kind === 'region') continue;
    // The gazetteer must agree where it knows the place; an unknown one must be a named part
    // ("North Zone", "Old City") of a city or state.
    const known = lookupPlace(gb.name) ?? lookupCity(gb.name);
    const partNoun = PART_NOUN.test(tok(sent, b.tokenEnd));
    const agrees = known?.country
      ? ga.isCountry
        ? known.country === ga.name
        : partNoun && lookupPlace(ga.name)?.country === known.country
      : false;
    // ("Jammu and Kashmir's Kulgam district", "Pakistan's Kurram district": a place noun after
    // the name says it is a part.)
    // ("South Korea's Jeju Island": an island a country owns; "Israel's Ben Gurion Airport".
    // Not a base: "Russia's Hmeimim Air Base" is in Syria.)
    const part =
      !known &&
      (/\s(?:Zone|District|Quarter|Old City|Province|Region)$/.test(gb.name)
        ? !ga.isCountry
        : partNoun ||
          (!!ga.isCountry && /\s(?:Island|Islands|Peninsula|Airport)$/.test(gb.name)) ||
          // ("Da Nang's Tien Sa Port": a city's or state's port or airport is in it.)
          (!ga.isCountry &&
            ga.kind !== 'water' &&
            ga.kind !== 'region' &&
            /\s(?:Port|Airport|Harbou?r)$/.test(gb.name)));
    // (A capital the gazetteer puts in another country is a phrase misread.)
    // (No country, sea or region gets here: they were skipped above.)
    const capitalHere = !!capital && ga.isCountry && !placedElsewhere(gb.name, ga.name);
    // ("Somalia's semi-autonomous region of Puntland": the unit noun says it is a part, of a
    // country the gazetteer does not contradict.)
    const unitStated = !!lead && !known && !!ga.isCountry && LEAD_UNIT.test(lead[0]);
    if (agrees || part || capitalHere || unitStated)
      out.push(locatedInRelation(gb.name, ga.name, 'possessive', sent));
  }
  // "a dozen of Brazil's 26 states, including Rio de Janeiro and Sao Paulo": the places a
  // country's units are exemplified by are in it (where the gazetteer does not say otherwise).
  for (const a of locs) {
    const ga = ctx.byName.get(a.entity ?? '');
    const units =
      ga?.isCountry && isPossessive(sent, a.tokenEnd)
        ? UNITS_INCLUDING.exec(sent.text.slice(a.end - sent.start))
        : null;
    if (!ga || !units) continue;
    let prev = a.end + units[0].length;
    for (const x of locs) {
      if (x.start < prev) continue;
      if (x.start !== prev && !LIST_JOINT.test(sent.text.slice(prev - sent.start, x.start - sent.start)))
        break;
      const gx = ctx.byName.get(x.entity ?? '');
      if (gx && !gx.isCountry && x.entity && !placedElsewhere(x.entity, ga.name))
        out.push(locatedInRelation(x.entity, ga.name, 'possessive', sent));
      prev = x.end;
    }
  }
  return out;
}

const UNITS_INCLUDING =
  /^[’']s\s+(?:\d+\s+|several\s+|many\s+|other\s+|largest\s+|biggest\s+)?(?:states|provinces|regions|cities|departments|districts|counties|prefectures|governorates|islands)\s*,?\s+(?:including|such as|among them|like)\s+(?:the\s+)?/;

const CAPITAL_NOUN = /^[’']s\s+capital(?:\s+city)?,?\s+/;
const LEAD_UNIT = new RegExp(`\\b(?:${PLACE_UNITS})\\b`, 'i');
const PLACE_LEAD = new RegExp(
  String.raw`^[’']s\s+(?:(?:${COMPASS}|far|semi-autonomous|autonomous|restive|troubled|coastal|remote|mountainous|border|biggest|largest|main|busiest|second-largest|oil-rich|war-torn)\s+){1,3}(?:(?:${PLACE_UNITS})(?:\s+of)?\s+)?|^[’']s\s+(?:region|province|state|district|department|county)\s+of\s+`,
  'i',
);

const PART_NOUN =
  /^(?:district|area|county|province|region|municipality|town|village|city|department|governorate|neighbou?rhood|suburb|prefecture|township|island)$/;

// Between a deploying verb and its object ship: "deployed the", "deployed alongside her sister ships,".
// ("sent two warships, the frigate X and …": a count, then the ships named in apposition.)
const DIRECT_OBJECT =
  /^\S+\s+(?:(?:alongside|with)\s+)?(?:(?:the|her|his|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?)?$/u;

// "as part of a broader U.S. military presence": a country naming its own forces or acts is no
// destination.
// ("a deployment to the US 5th Fleet Area-of-Responsibility": a country naming a unit of its own.)
const OWN_FORCES_AFTER =
  /^\s+(?:(?:broader|growing|expanded|increased|large|massive)\s+)?(?:military|naval|armed|security|government|forces|troops|presence|officials|authorities|interests|operations|campaign|buildup|build-up)\b|^\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:Fleet|Navy|Army|Air Force|Marines?|Coast Guard|Central Command|Southern Command|Northern Command|Indo-Pacific Command|European Command|Africa Command|Forces|Command)\b/;

const SERVING_AFTER =
  /,\s+(?:supporting|protecting|helping|assisting|reassuring|bolstering|reinforcing|ensuring|safeguarding|defending|deterring|demonstrating|underscoring|highlighting)\b/i;

// "transited the Strait of Hormuz", "patrolled the South China Sea": the verb takes the sea.
const TRANSIT = /^(?:transit(?:ed|s|ing)?|patroll?(?:ed|ing|s)?|crossed|crossing|entered|entering)$/;
const SEA_PREP = new Set(['in', 'into', 'to', 'off', 'across', 'through', 'toward', 'towards']);
// "trained together Saturday in the Bay of Bengal", "joined … for a similar exercise in the South
// China Sea": ships drilling in a sea were not sent there (the drill is the event).
const DRILLING =
  /\b(?:exercis(?:e|es|ed|ing)|drills?|drilled|trained|training|war ?games|man(?:oeu|eu)vres|maneuvers)\b/i;
/** The word before token i, skipping "the". */
const prevTok = (sent: Sentence, i: number): string =>
  tok(sent, i - 1) === 'the' ? tok(sent, i - 2) : tok(sent, i - 1);

const nameOf = (country: string): string => country.split(' ')[0] ?? country;

/** Prefixes of merchant and civil vessels (the rest of SHIP_PREFIXES are navies and coast guards). */
const CIVIL_PREFIXES = new Set(['mv', 'mt', 'm/v', 'm/t', 'ms', 'ss', 'm/l', 'fv', 'my', 'rv']);

// A warship's kind, written right before or after its name ("the Chinese aircraft carrier
// Shandong", "the Shandong aircraft carrier").
const WARSHIP_KIND = String.raw`(?:aircraft carrier|destroyer|frigate|corvette|cruiser|submarine|warship|amphibious (?:assault )?ship|patrol vessel|cutter)`;
const WARSHIP_BEFORE = new RegExp(String.raw`\b${WARSHIP_KIND}\s+$`, 'i');
const WARSHIP_AFTER = new RegExp(String.raw`^\s+${WARSHIP_KIND}\b`, 'i');

/** A ship some mention of which carries a navy's or coast guard's prefix ("HMS Tyne") or kind. */
function navalShip(ctx: ArticleContext, entity: string): boolean {
  return ctx.mentions.some((m) => {
    if (m.entity !== entity || m.type !== 'Ship') return false;
    const prefix = m.text.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (m.text !== m.shortForm && SHIP_PREFIXES.has(prefix) && !CIVIL_PREFIXES.has(prefix)) return true;
    const sent = ctx.sentences[m.sentence];
    return (
      !!sent &&
      (WARSHIP_BEFORE.test(textBefore(sent, m, 40)) ||
        WARSHIP_AFTER.test(sent.text.slice(m.end - sent.start)))
    );
  });
}

function deployedTo(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const ships = ms.filter((m) => m.type === 'Ship' && m.entity);
  // Only a warship is deployed by being somewhere: a merchant ship in a sea was not sent there.
  const naval = ships.filter((m) => navalShip(ctx, m.entity ?? ''));
  const water = (list: Mention[]): Mention | undefined =>
    list.find((m) => m.type === 'Location' && ctx.byName.get(m.entity ?? '')?.kind === 'water');
  // "… also were in the Caribbean", "sailed into the Red Sea": ships in a sentence that puts
  // something in a named sea.
  const sea =
    ships.length && !DRILLING.test(sent.text)
      ? ms.find(
          (x) =>
            x.type === 'Location' &&
            ctx.byName.get(x.entity ?? '')?.kind === 'water' &&
            (SEA_PREP.has(prevTok(sent, x.tokenStart)) || TRANSIT.test(prevTok(sent, x.tokenStart))),
        )
      : undefined;
  for (const s of naval) {
    // ("… through the Channel, as the pair sailed towards the Baltic": a later clause's sea.)
    if (sea?.entity && s.entity && s.start < sea.start && sea.start < clauseEndAfter(sent, s.end))
      out.push({
        type: 'DEPLOYED_TO',
        from: s.entity,
        to: sea.entity,
        basis: 'deployed:sea',
        ...evidence(sent),
      });
  }
  const m = DEPLOY_RE.exec(sent.text);
  if (!m || FORCES_PARTICIPLE.test(sent.text.slice(Math.max(0, m.index - 60), m.index))) return out;
  // "deployed suicide drones targeting sites in X": weapons sent at a place attack it (a STRIKE).
  if (WEAPONS_SENT.test(sent.text.slice(m.index + m[0].length))) return out;
  // ("had sent a delegation to Jeddah", "sent a letter to X": envoys and words, no forces.)
  if (/^sent$/i.test(m[0]) && NOT_FORCES_SENT.test(sent.text.slice(m.index + m[0].length))) return out;
  const at = sent.start + m.index;
  // "can be deployed to the Middle East if needed", "resources it could deploy": able to, not sent.
  const lead = sent.text.slice(Math.max(0, m.index - 30), m.index);
  if (
    CAPABILITY.test(lead) ||
    /\b(?:could|would|might|may)\s+(?:(?:also|still|then|be|have|been|soon)\s+){0,2}$/i.test(lead) ||
    IF_NEEDED.test(sent.text.slice(m.index + m[0].length, clauseEndAfter(sent, at) - sent.start))
  )
    return out;
  // Not where they came from ("from Texas"), nor a place in a compound ("Taiwan-controlled Kinmen").
  // Nor a place in a clause after it ("… deployed to shadow the submarine as it made its way
  // back to Russia").
  // (Nor in a prevention after it: "deployed to Bajo de Masinloc since Nov. 27 to prevent Chinese
  // vessels from inching closer to Zambales".)
  const purpose = PREVENTION.exec(sent.text.slice(at - sent.start + m[0].length));
  const end = Math.min(clauseEndAfter(sent, at), purpose ? at + m[0].length + purpose.index : sent.end);
  const after = ms.filter(
    (x) =>
      x.start > at &&
      x.start < end &&
      x.type === 'Location' &&
      x.role !== 'qualifier' &&
      !FROM_BEFORE.test(sent.text.slice(0, x.start - sent.start)) &&
      !NOT_DESTINATION.test(textBefore(sent, x, 30)) &&
      !COMPOUND_MODIFIER.test(sent.text.slice(x.end - sent.start)) &&
      !OWN_FORCES_AFTER.test(sent.text.slice(x.end - sent.start)) &&
      // ("on a deployment to the NAVEUR area, supporting U.S., Allied and partner interests":
      // whom the mission serves, told after it, is no destination.)
      !SERVING_AFTER.test(sent.text.slice(at - sent.start, x.start - sent.start)),
  );
  const first = water(after) ?? after[0];
  // ("arrived at Da Nang's Tien Sa Port": the place the possessive owns is where they went.)
  const owned =
    first && isPossessive(sent, first.tokenEnd)
      ? after.find((x) => x.tokenStart === first.tokenEnd + 1)
      : undefined;
  const dest = owned ?? first;
  if (!dest?.entity) return out;
  const dests = owned && first?.entity ? [dest.entity, first.entity] : [dest.entity];
  // "rammed the BRP X, the biggest ship of the Philippine Coast Guard (PCG) deployed in April to
  // Y": a participle after a bracket, dash or comma says where the ship right before it was sent;
  // the bodies named before it sent nothing there in this sentence.
  const before = sent.tokens.filter((t) => t.end <= at).pop()?.text ?? '';
  const headShip =
    /^deployed$/i.test(m[0]) && /^(?:\)|-|—|–|,)$/.test(before)
      ? ms.filter((x) => x.end <= at && x.entity && typeOf(ctx, x.entity) === 'Ship').pop()
      : undefined;
  let lastObject: Mention | null = null;
  for (const x of ms) {
    if (!x.entity || x.role === 'qualifier') continue;
    if (headShip && x.start < at && x !== headShip) continue;
    const t = typeOf(ctx, x.entity);
    // "deployed the USS Gravely to Trinidad": the verb's own object is sent (not a ship it is
    // sent "to escort" or "to detain"); "deployed alongside her sister ships, HMS Mersey and HMS
    // Severn": those sent with it, and each listed after one, are too.
    const gap = sent.text.slice(at - sent.start, x.start - sent.start);
    const listedAfter =
      !!lastObject &&
      /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(
        sent.text.slice(lastObject.end - sent.start, x.start - sent.start),
      );
    const object =
      t === 'Ship' &&
      x.start > at &&
      x.end <= dest.start &&
      (listedAfter || (DIRECT_OBJECT.test(gap) && !/\bto\b/.test(gap)));
    if (object) lastObject = x;
    if (x.start >= at && !object) continue;
    if ((t === 'Organization' && MILITARY.test(x.text)) || t === 'Ship') {
      for (const to of dests)
        out.push({
          type: 'DEPLOYED_TO',
          from: x.entity,
          to,
          basis: 'deployed:verb',
          ...evidence(sent),
        });
    }
  }
  return out;
}

// An infinitive of prevention: the places after it are what is kept from, not where the force
// was sent ("to bolster security in the Caribbean" may well name it).
export const PREVENTION =
  /\bto\s+(?:help\s+)?(?:prevent|stop|deter|block|curb|halt|counter|dissuade|discourage)\b/i;

function designated(ctx: ArticleContext, sent: Sentence, ms: Mention[]): ExtractedRelation[] {
  const m = DESIGNATE_RE.exec(sent.text);
  const named = ms.filter((x) => x.type === 'Cartel' && x.entity);
  const cartels = named.length > 0 || !m ? named : groupBefore(ctx, sent);
  if (!m || cartels.length === 0) return [];
  // "OFAC designated Sumilab in sanctions for … Sinaloa Cartel members": the body designated is
  // the one named right after the verb; a group named later, with no designation's name, is not.
  const verbEnd = sent.start + m.index + m[0].length;
  const next = sent.tokens.find((t) => t.start >= verbEnd);
  const objectNamed = !!next && /^\p{Lu}/u.test(next.text) && !/^(?:The|A|An)$/.test(next.text);
  if (objectNamed && !cartels.some((c) => c.start === next?.start) && !DESIGNATION_NAME.test(sent.text))
    return [];
  // ("The United States is also designating a regional network of Los Chapitos associates": with
  // no designation named — a terrorist organization, a terrorist entity … — it is a sanctions
  // listing of others, not the group's designation.)
  const name = DESIGNATION_NAME.exec(sent.text)?.[1] ?? DESIGNATION_SHORT.exec(sent.text)?.[1];
  if (!name) return [];
  const designator = designatorOf(ctx, sent, ms, sent.start + m.index);
  if (!designator) return [];
  // ("as FTOs": an acronym keeps its capitals.)
  const role = /^\p{Lu}{2,}s?$/u.test(name)
    ? name.replace(/s$/, '')
    : name.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return cartels.map((c) => ({
    type: 'DESIGNATED' as const,
    from: designator,
    to: c.entity ?? '',
    role,
    basis: 'designated:verb',
    ...evidence(sent),
  }));
}

// Designations told short: "as FTOs", "a foreign terror organization".
const DESIGNATION_SHORT = /\b(FTOs?|SDGTs?|(?:foreign )?terror organi[sz]ations?)\b/;

/**
 * "The cartel, one of …, is designated as …": a sentence opened by "the cartel" or "the gang"
 * speaks of the one criminal group the sentence before names.
 */
function groupBefore(ctx: ArticleContext, sent: Sentence): Mention[] {
  if (!/^(?:The|This) (?:cartel|gang)\b/.test(sent.text)) return [];
  const prev = (ctx.bySentence.get(sent.index - 1) ?? []).filter((x) => x.type === 'Cartel' && x.entity);
  return new Set(prev.map((x) => x.entity)).size === 1 && prev[0] ? [prev[0]] : [];
}

/** "designated by the U.S. government" → the mention after "by"; else the nearest body before. */
export function designatorOf(ctx: ArticleContext, sent: Sentence, ms: Mention[], at: number): string | null {
  const byIdx = sent.tokens.findIndex((t) => t.start > at && t.text === 'by');
  // ("… as FTOs under an executive order signed by President X": another participle's agent.)
  const other = byIdx > 0 ? sent.tokens[byIdx - 1] : undefined;
  const othersAgent = !!other && other.start > at && /^(?:\w+ed|led|run)$/i.test(other.text);
  if (byIdx >= 0 && !othersAgent) {
    const after = ms.find(
      (x) =>
        x.tokenStart >= byIdx + 1 &&
        x.tokenStart <= byIdx + 3 &&
        x.type !== 'Cartel' &&
        x.role !== 'qualifier',
    );
    // "designated … by the Trump administration": a person designates nothing (ANNOTATION: a
    // body or a country does), and which country's administration it is is not said here.
    if (after?.entity) return after.type === 'Person' ? null : after.entity;
  }
  // "La Nueva X, a Mexican cartel designated as a terrorist organization": a participle after a
  // noun says the group is designated, not who did it (the sentence's subject only sanctioned it).
  // ("… underscoring the group's new designation as a terrorist organization": the group's status,
  // told without who gave it.)
  if (reducedDesignation(sent, ms, at) !== null) return null;
  const before = ms
    .filter(
      (x) => x.end <= at && (x.type === 'Organization' || x.type === 'Location') && x.role !== 'qualifier',
    )
    .filter((x) => !['in', 'from', 'across'].includes(tok(sent, x.tokenStart - 1)))
    // ("tied to Mexico's Sinaloa Cartel": the group's country, not its designator.)
    .filter(
      (x) =>
        !(
          isPossessive(sent, x.tokenEnd) &&
          ms.some((c) => c.type === 'Cartel' && c.tokenStart === x.tokenEnd + 1)
        ),
    );
  const body = before[before.length - 1]?.entity;
  if (body) return body;
  // ("The Canadian government has listed X as a terrorist entity": the government a demonym
  // names, when the article names its country.)
  const clause = sent.text.slice(0, at - sent.start);
  const government = GOVERNMENT_OF.exec(clause);
  const country = government?.[1] ? lookupDemonym(government[1])?.country : null;
  if (country && ctx.byName.get(country)?.isCountry) return country;
  // ("an executive order issued by President X that designated …": a head of state acts for his
  // country — the one his title names, or the one the Factbook gives him and the article names.)
  // (Only a titled head named here: "the Trump administration designated" says not whose
  // administration, and the designator the article means may be a department.)
  const leader = ms.filter((x) => x.type === 'Person' && x.entity && x.end <= at).pop();
  return leader?.entity && leader.title && HEAD_OF_STATE.test(leader.title.key)
    ? headedCountry(ctx, leader.entity)
    : null;
}

const GOVERNMENT_OF =
  /\b(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+government\s+(?:has\s+|had\s+|have\s+)?(?:officially\s+|formally\s+)?[\p{Ll}]*\s*$/u;

/**
 * Whether the designation verb at `at` is a participle after the group ("a cartel designated as
 * …", "The X Cartel, designated …"), a noun the group owns ("the group's new designation as …",
 * told like a participle) or part of a compound adjective ("a U.S.-designated terrorist organization").
 */
export function reducedDesignation(
  sent: Sentence,
  ms: Mention[],
  at: number,
): 'participle' | 'compound' | null {
  const i = sent.tokens.findIndex((t) => t.start >= at);
  const prev = sent.tokens[i - 1]?.text ?? '';
  if (prev === '-' || prev === '–') return 'compound';
  if (
    /^designation$/i.test(sent.tokens[i]?.text ?? '') &&
    /[’']s\s+(?:[a-z-]+\s+){0,2}$/.test(sent.text.slice(Math.max(0, at - sent.start - 40), at - sent.start))
  )
    return 'participle';
  // ("The Cartel del X, designated a terrorist organization by …, was targeted": the group's aside.)
  if (prev === ',' && ms.some((m) => m.type === 'Cartel' && m.tokenEnd === i - 1)) return 'participle';
  return GROUP_NOUN.test(prev) ? 'participle' : null;
}

const GROUP_NOUN =
  /^(?:cartels?|gangs?|groups?|organi[sz]ations?|networks?|syndicates?|outfits?|militias?|movements?|factions?)$/i;
