/**
 * Closed-class and calendar words. A capitalized word from these lists is capitalized for grammar
 * (sentence start, calendar) and never starts or forms a name on its own.
 */

const FUNCTION_WORDS = `a an the this that these those it its he she they we i you his her their our my your
him them us me who whom whose which what when where why how and or but nor so yet if then than as at by for from
in into of on onto to with within without about above across after against along alongside amid among amongst around before behind below
beneath beside between beyond during except inside near off out outside over past since through throughout
toward towards under until up upon via despite while although though because unless whether both either
neither each every all any some no not only also even just still again already yet here there now today
tonight yesterday tomorrow meanwhile however moreover furthermore nonetheless nevertheless instead
otherwise indeed thus hence therefore perhaps maybe many much more most few fewer less least several such
other another same own one two three four five six seven eight nine ten first second third last next
is are was were be been being has have had do does did will would shall should can could may might must
said says say according asked told added noted experts officials sources analysts critics residents authorities
recently earlier later currently previously initially finally ultimately overall following`;

const CALENDAR = `january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
thu thurs fri sat sun`;

/** Lower-cased closed-class words. */
export const FUNCTION_WORD_SET = new Set(FUNCTION_WORDS.split(/\s+/));

/** Lower-cased month and weekday names and abbreviations (without dots). */
export const CALENDAR_SET = new Set(CALENDAR.split(/\s+/));

/**
 * Capitalized words that name groups, parties, religions or things rather than entities
 * ("Republicans", "GOP", "Democrats"), and product/weapon/drug words that are often capitalized.
 */
export const NON_ENTITY_CAPS = new Set(
  `Republican Republicans Democrat Democrats Democratic GOP Conservative Conservatives Liberal Liberals Catholic
Catholics Muslim Muslims Christian Christians Jewish Jews Internet Marxist Communist Communists Socialist
Latino Latinos Latina Hispanic Hispanics Indigenous Sailors Soldiers Troops Marine Earth God Mr Mrs Ms FILE
Photo Video Audio Advertisement Getty Images Reuters/ Editor Editors Note Update Updated Live Radio Stations
OK TV AM PM Breaking Exclusive Opinion Analysis Sponsored Subscribe Newsletter
GDP GNP CEO CFO COO CTO DNA GPS HIV AIDS COVID SUV ATM VAT IPO ETA FAQ PDF URL GMT UTC EST EDT PST PDT
ID PIN SIM USB LED LNG LPG CCTV DIY VIP UAV UAVs RPG RPGs IED IEDs NGO NGOs MOU MOUs MoU MoUs`.split(/\s+/),
);

/** Lowercase words allowed inside a name ("Juan Ramón de la Fuente"): one list, kept in names.ts. */
export { NAME_PARTICLES } from '../../../domain/names';

/**
 * Prefixes that a hyphen binds to the capitalized word after them inside one name ("Directorate of
 * Vigilance and Anti-Corruption", "Counter-Terrorism Police", "Non-Proliferation Treaty"); a hyphen
 * after any other word still splits ("U.S.-Mexico" is two places).
 */
export const HYPHEN_PREFIXES = new Set(
  `anti counter non pro inter intra trans cross multi pan post pre co self vice sub super ultra semi
narco cyber bio mid bi tri`.split(/\s+/),
);

/** Arabic articles written lowercase and hyphenated inside a name ("Ali al-Dalaimi", "el-Sisi"). */
export const HYPHEN_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ul']);

/** Lowercase connectors allowed inside an organization or place name. */
export const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', '&']);

/** Verbs of saying that mark the token before them as a speaker. */
export const SAY_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'stated',
  'explained',
  'noted',
  'argued',
  'insisted',
  'warned',
  'claimed',
  'tweeted',
  'posted',
  'declared',
  'announced',
  'asked',
  'replied',
  'responded',
  'acknowledged',
  'confirmed',
  'denied',
]);

/** Sentence-initial pronouns that refer back to the last named person. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);

/**
 * Nouns that name the ship written right after them ("the tanker Magic Seas", "the frigate Admiral
 * Gorshkov"); two words where the last alone says less ("bulk carrier", not any "carrier").
 */
export const VESSEL_NOUNS: readonly string[] = [
  'ship',
  'vessel',
  'tanker',
  'freighter',
  'frigate',
  'destroyer',
  'corvette',
  'submarine',
  'cruiser',
  'cutter',
  'trawler',
  'warship',
  'yacht',
  'ferry',
  'bulk carrier',
  'cargo ship',
  'container ship',
  'aircraft carrier',
  'icebreaker',
  'dredger',
  'gunboat',
  'flagship',
  'boat',
  'tug',
  'tugboat',
  'oiler',
  'minesweeper',
  'dhow',
];

/** Head words of documents named after a place or a person: "the Vienna Convention", "the Paris Agreement". */
export const DOCUMENT_TAILS = new Set(
  `Convention Conventions Treaty Accord Accords Agreement Protocol Declaration Charter Statute Communique Communiqué Code Act Constitution List`.split(
    /\s+/,
  ),
);
