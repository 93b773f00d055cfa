/**
 * Criminal groups named without the word "cartel": the article pass asks these rules before it
 * takes an unknown capitalized name for a person. Two kinds of evidence, both generic:
 *
 * - the name's shape: Spanish plural group names ("Los Choneros", "Las Moras"), "Tren de …",
 *   "Mara …", "Clan del …", "Barrio 18" / "Calle 18";
 * - the words around any one mention: "members of X", "a commander of the X", "X, Colombia's
 *   largest drug trafficking organization", "a local gang, X", "X was designated a terrorist
 *   organization", "designated X (…) a foreign terrorist organization", "its rival, X".
 *
 * One mention with evidence makes every mention of that name in the article a Cartel.
 */
import { nameKey } from '../../domain/names';
import { spanText } from './classify';
import { isInstitution, lookupPlace } from './lexicon';
import { isCommonWord } from './lexicons/name-data';
import { UNIT_HEADS } from './lexicons/orgs';
import type { Sentence } from './model';

/** The key that groups the forms of one group's name: "Los Cachiros" = "Cachiros" = "the Cachiros network". */
export function cartelKey(name: string): string {
  return nameKey(name)
    .replace(/^(?:los|las|la|el|the)\s+/, '')
    .replace(/\s+(?:network|gang|group|faction|organization|organisation)$/, '');
}

const PLACE_NOUN_OF =
  /\b(?:village|town|city|municipality|community|district|region|state|province|department|port|neighbou?rhood|suburb|island|hamlet|settlement|valley)\s+of\s+$/i;

const LOCATIVE_BEFORE = /\b(?:in|near|at|from|into|across|outside|to|toward|towards|via|through)\s+$/i;

/** True when the name alone says it is a criminal group. */
export function cartelShape(sent: Sentence, s: number, e: number): boolean {
  const first = sent.tokens[s]?.text ?? '';
  const second = sent.tokens[s + 1]?.text ?? '';
  const text = spanText(sent, s, e);
  if (lookupPlace(text)) return false;
  if (e - s >= 2 && /^(?:Los|Las)$/.test(first) && /^\p{Lu}/u.test(second)) {
    // ("the remote village of Las Pitas": a place noun names a place.)
    return !LOCATIVE_BEFORE.test(textBefore(sent, s)) && !PLACE_NOUN_OF.test(textBefore(sent, s));
  }
  if (e - s >= 3 && /^(?:Tren|Clan|C[aá]rtel)$/.test(first) && /^(?:de|del|do|da)$/i.test(second))
    return true;
  // Portuguese "Comando …" groups ("Primeiro Comando da Capital" ends with the head instead).
  if (e - s >= 2 && first === 'Comando' && /^\p{Lu}/u.test(second)) return true;
  return e - s >= 2 && first === 'Mara' && /^\p{Lu}/u.test(second);
}

/** "Barrio 18", "Calle 18", "MS-13": a name that ends in a number; its token end, or -1. */
export function numberedGangEnd(sent: Sentence, s: number, e: number): number {
  const t = sent.tokens;
  const first = t[s];
  if (!first || e - s !== 1) return -1;
  const next = t[e];
  if (/^(?:Barrio|Calle|Mara)$/.test(first.text) && next && /^\d{1,3}$/.test(next.text)) return e + 1;
  const dash = t[e];
  const num = t[e + 1];
  if (
    /^\p{Lu}{1,3}$/u.test(first.text) &&
    dash?.text === '-' &&
    dash.start === first.end &&
    num &&
    num.start === dash.end &&
    /^\d{1,3}$/.test(num.text)
  ) {
    return e + 2;
  }
  return -1;
}

const MEMBER_BEFORE =
  /\b(?:members?|leaders?|commanders?|boss(?:es)?|financiers?|factions?|cells?|wings?|offshoots?|splinter(?: groups?)?|rivals?|remnants|hit ?men|sicarios|operatives|affiliates?|enforcers?|lieutenants?|ranks) of\s+(?:the\s+)?$/i;
const GROUP_BEFORE = new RegExp(
  '(?:\\b(?:its|their|the)\\s+(?:main\\s+|chief\\s+|bitter\\s+|longtime\\s+)?rivals?,?\\s+' +
    "|\\b(?:a|an|the|another|one)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:gang|cartel|syndicate|mafia|" +
    '(?:criminal|crime|trafficking|drug[- ]trafficking|drug trafficking)\\s+(?:group|organi[sz]ation|network|ring))' +
    // ("the criminal organization “La Inmaculada”": a quoted name right after the group noun.)
    '(?:(?:,\\s+|\\s+(?:called|known as|named|dubbed)\\s+)["“]?|\\s+["“]))(?:the\\s+)?$',
  'i',
);
const GROUP_HEAD =
  '(?:gang|cartel|syndicate|mafia|(?:criminal|crime|trafficking|drug[- ]trafficking|drug trafficking|smuggling|narco(?:-trafficking)?|extortion) (?:organi[sz]ation|group|network|ring|gang)|(?:criminal|trafficking) (?:organi[sz]ation|group|network))s?';
/** "X's group", "X's gang": what follows a name that owns a group (X is its owner, no group). */
export const OWNED_GROUP =
  /^[’']s\s+(?:[\p{Ll}-]+\s+)?(?:group|gang|faction|network|organi[sz]ation|cartel|clan|cell|militia)\b/u;

/** After a group noun in an appositive: "X, a high-ranking Sinaloa Cartel member" is a person. */
const MEMBER_NOUN =
  '(?:member|leader|co-leader|ringleader|kingpin|boss|chief|head|operative|lieutenant|financier|figure|associate|commander|founder|hit ?man|official|accountant)s?';
export const NOT_GROUP_MEMBER = `(?!\\s+${MEMBER_NOUN}\\b)(?![’']s\\s+(?:[\\w-]+\\s+){0,2}${MEMBER_NOUN}\\b)`;
/** One word of a description that is not "leader of", "member of" …: the person's role, not a group. */
export const NOT_MEMBER_OF_WORD = `(?!${MEMBER_NOUN}\\s+of\\b)[\\w’'-]+\\s+`;
const APPOSITIVE_AFTER = new RegExp(
  `^,\\s+(?:a|an|the|(?:one of )?(?:the|[\\p{Lu}][\\p{L}.]*[’']s?))\\s+(?:${NOT_MEMBER_OF_WORD}){0,4}?${GROUP_HEAD}\\b${NOT_GROUP_MEMBER}`,
  'iu',
);
const DESIGNATED_AFTER =
  /^\s*(?:,[^,]{1,80},\s*)?(?:which\s+|that\s+)?(?:was|were|has been|have been|had been|is|are|will be)\s+(?:(?:also|formally|officially|previously|recently|already)\s+)?(?:designated|listed|labell?ed|declared)\b/i;
const DESIGNATES_BEFORE =
  /\b(?:designat(?:ed|es|e|ing)|label(?:l)?ed|declared|listed)\s+(?:both\s+|the\s+)?(?:[\p{Lu}][\p{L}\d-]*\s+(?:and|,)\s+)?$/iu;
const TERROR_AFTER =
  /^\s*(?:,[^,]{1,80},\s*)?(?:and\s+[\p{Lu}][\p{L}\d -]{1,40}\s+)?(?:as\s+)?(?:an?\s+|the\s+)?(?:foreign\s+|global\s+|specially designated\s+|transnational\s+)?(?:terrorist|criminal|narco-?terrorist)\s+(?:organi[sz]ations?|groups?)/iu;

const PERSON_OF_GROUP =
  /\b(?:leaders?|heads?|boss(?:es)?|chiefs?|founders?|commanders?|members?|financiers?|hit ?m[ae]n|lieutenants?) of (?:the |an? )?(?:[\p{L}’'-]+\s+){0,4}?(?:gang|cartel|syndicate|mafia|group|organi[sz]ation|network|ring),\s+$/iu;

const BODY_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:bureau|party|government|council|committee|office|movement|leadership|parliament|administration|cabinet|ministry|delegation|union|assembly|authorities)\b/u;

const NOT_GROUP_FIRST =
  /^(?:St\.?|Saint|San|Santa|Port|Mount|Fort|Cape|Lake|Naval|Military|Air|Army|Marine|Maritime|Special|Joint|Armed|Coast|Border|National|Royal|Federal|State)$/;

const SAYS_AFTER_OWNED =
  /^[’']s\s+(?:[\p{L}-]+\s+){1,7}(?:said|says|told|added|stated|announced|reported)\b/u;

const SAYS_NEXT = /^\s+(?:said|says|told|added|stated|announced|reported)\b/i;

/** The sentence text before token s (up to 80 characters). */
function textBefore(sent: Sentence, s: number): string {
  const at = (sent.tokens[s]?.start ?? sent.start) - sent.start;
  return sent.text.slice(Math.max(0, at - 80), at);
}

/** The sentence text after token e - 1. */
function textAfter(sent: Sentence, e: number): string {
  const at = (sent.tokens[e - 1]?.end ?? sent.start) - sent.start;
  return sent.text.slice(at, at + 160);
}

/** True when the words around tokens [s, e) say they name a criminal group. */
const NOT_GANG_WORDS = new Set([
  'District',
  'Court',
  'Department',
  'Ministry',
  'Office',
  'Bureau',
  'Agency',
  'Police',
  'Prosecutor',
  'Attorney',
  'Embassy',
]);

export function cartelContext(sent: Sentence, s: number, e: number): boolean {
  const before = textBefore(sent, s);
  const after = textAfter(sent, e);
  // "a senior member of the Houthi political bureau": X modifies the body the person sits in.
  // "Members of the Media": one ordinary word is no group's name.
  const ordinary = e - s === 1 && isCommonWord(sent.tokens[s]?.text ?? '');
  // ("Commander of Carrier Strike Group One": a unit's head word names a military unit; "the
  // criminal organization, the Eastern District of New York, in charge of prosecuting …": a
  // court's district or a body's head word names no gang.)
  if (sent.tokens.slice(s, e).some((t) => UNIT_HEADS.test(t.text) || NOT_GANG_WORDS.has(t.text)))
    return false;
  // "members of X's group": X owns the group and is no group.
  const owner = OWNED_GROUP.test(after);
  // ("Leaders of St Vincent and the Grenadines", "Commander of Naval Striking and Support
  // Forces": a place's or a service's first word, or a name that goes on after "and", is no
  // group's; "members of" alone is weak evidence.)
  const otherFirst = NOT_GROUP_FIRST.test(sent.tokens[s]?.text ?? '') || /^\s+and\s+\p{Lu}/u.test(after);
  if (MEMBER_BEFORE.test(before) && !BODY_AFTER.test(after) && !ordinary && !owner && !otherFirst)
    return true;
  // "the leader of the Los Choneros gang, José Adolfo Macías Villamar": the name after the group
  // is its leader's.
  // ("… pay money to the cartel, the Treasury said": the speaker after a clause.)
  const speaks = speakerAfterClause(sent, s, e, after);
  if (GROUP_BEFORE.test(before) && !PERSON_OF_GROUP.test(before) && !speaks) return true;
  if (APPOSITIVE_AFTER.test(after)) return true;
  if (DESIGNATED_AFTER.test(after) && /terrorist|criminal organi/i.test(after.slice(0, 140))) return true;
  return DESIGNATES_BEFORE.test(before) && TERROR_AFTER.test(after);
}

/**
 * The stricter evidence that turns a name with a body's head word into a criminal group: the
 * group noun right before it or in an appositive ("the Red Command, one of Brazil’s most powerful
 * criminal organizations"), never "members of X" (party and union members are members too).
 */
export function groupAppositive(sent: Sentence, s: number, e: number): boolean {
  // "… pay money to the cartel, the Treasury said": the speaker after a clause, no appositive.
  const after = textAfter(sent, e);
  if (speakerAfterClause(sent, s, e, after)) return false;
  if (sent.tokens.slice(s, e).some((t) => NOT_GANG_WORDS.has(t.text))) return false;
  return GROUP_BEFORE.test(textBefore(sent, s)) || APPOSITIVE_AFTER.test(after);
}

/**
 * "… pay money to the cartel, the Treasury said", "affiliates of the criminal gang, the Treasury's
 * Office of Foreign Assets Control said": the name after a group noun and a comma is a speaker, or
 * a body of one, told after a clause (a body known by one word never is a group).
 */
function speakerAfterClause(sent: Sentence, s: number, e: number, after: string): boolean {
  return SAYS_NEXT.test(after) || SAYS_AFTER_OWNED.test(after) || isInstitution(spanText(sent, s, e));
}

/** "X, also known as Y" / "X, which also calls itself the Y": true when [s, e) is such a Y. */
export function aliasIntro(sent: Sentence, s: number): boolean {
  return /(?:,\s*|\b)(?:also known as|also called|known as|formerly known as|which (?:also )?calls itself|aka|or)\s+(?:the\s+)?["“]?$/i.test(
    textBefore(sent, s),
  );
}
