/**
 * Titles and roles that precede or follow a person's name. Titles are never part of the name.
 * Multi-word titles are matched longest-first and case-insensitively.
 */
import { POLICY_AREAS } from './orgs';

const BASE_TITLES = `president|vice president|vice-president|executive vice-president|executive vice president|prime minister|deputy prime minister|chancellor|premier|king|queen|prince|
princess|emperor|pope|emir|supreme leader|governor|gov.|lieutenant governor|lt. gov.|mayor|senator|sen.|representative|rep.|congressman|
congresswoman|lawmaker|speaker|speaker of the house|minister|foreign minister|secretary|secretary-general|
secretary general|undersecretary|under secretary|assistant secretary|deputy secretary|deputy assistant secretary|attorney general|
deputy attorney general|solicitor general|ambassador|envoy|special envoy|special representative|consul|
spokesman|spokeswoman|spokesperson|government spokesman|government spokeswoman|government spokesperson|military spokesman|military spokeswoman|military spokesperson|press secretary|chief of staff|national security adviser|
national security advisor|adviser|advisor|director|deputy director|acting director|administrator|commissioner|
chief|chief executive|ceo|chairman|chairwoman|chairperson|deputy chairperson|chair|head|leader|founder|co-founder|commander|
general|gen.|lt. gen.|maj. gen.|brig. gen.|admiral|adm.|vice adm.|rear adm.|colonel|col.|lt. col.|major|maj.|
captain|capt.|lieutenant|lt.|sergeant|sgt.|cmdr.|judge|justice|chief justice|prosecutor|attorney|
federal prosecutor|sheriff|police chief|dr.|mr.|mrs.|ms.|president-elect|defense chief|army chief|navy chief|
security chief|intelligence chief|spy chief|military chief|defence chief|border chief|
top diplomat|foreign secretary|home secretary|interior minister|defense minister|security minister|
finance minister|trade minister|justice minister|commodore|rear admiral|vice admiral|lieutenant commander|
lieutenant general|major general|brigadier general|brigadier|field marshal|superintendent|inspector general|
director general|director-general|chief executive officer|governor general|ombudsman|attorney-general|
commandant|vice commandant|pm|detective|detective superintendent|detective inspector|detective sergeant|
detective chief inspector|detective chief superintendent|detective constable|chief inspector|deputy commandant|commissioner general|police commissioner|
police general|police lieutenant general|police major general|police brigadier general|police colonel|
police lieutenant colonel|police major|police captain|police lieutenant|dr|mr|mrs|ms|prof.|prof|hon.|hon|
maj gen|lt gen|brig gen|lt col|cdre|cdre.|honourable|honorable|right honourable|right honorable|rt hon|rt. hon.|lt|capt|cmdr|sgt|col|maj|adm|crown prince|sheikh|sheikha|sheik|datuk|datuk seri|dato|dato sri|tan sri|tun|chief minister|deputy chief minister|high commissioner|deputy high commissioner|chief of defence staff|chief of defense staff|chief of naval staff|chief of army staff|chief of air staff|chief of the defence staff|chief of general staff|cabinet secretary|principal secretary|air vice marshal|air marshal|air chief marshal|
air commodore|group captain|wing commander|squadron leader|sir|dame|shaikh|shaikha|his highness|her highness|his royal highness|her royal highness|his majesty|her majesty|his excellency|her excellency|
trade representative|deputy trade representative|corporal|constable|inspector|chief superintendent|assistant commissioner|deputy commissioner|staff sergeant|
special agent|special agent in charge|assistant special agent in charge|supervisory special agent|
supt.|chief supt.|supt|chief supt|insp.|chief insp.|insp|cpl.|cpl|cst.|const.|det.|det. sgt.|det. insp.|staff sgt.|
chief of joint operations|chief of naval operations|chief of defence|chief of defense|chief of the general staff|
chief of the defence force|chief of the defense force|chief of the army|chief of the navy|chief of the air force|
opposition leader|leader of the opposition|chief cabinet secretary|deputy chief cabinet secretary|
comr.|sr. comr.|comr|sr comr|kompol.|kompol|manager|general manager|operations manager|deputy commander|
president pro tempore|senate president pro tempore|majority leader|minority leader|deputy majority leader|
deputy minority leader|majority whip|minority whip|senate president|house speaker|senate majority leader|
senate minority leader|house majority leader|house minority leader|foreign policy chief|foreign affairs chief|
high representative|prosecutor general|prosecutor-general|general prosecutor|deputy prosecutor general|
deputy general prosecutor|chief prosecutor|human rights commissioner|commissioner for human rights|parliamentary commissioner for human rights|human rights ombudsman|state councilor|state councillor|councilor|councillor|city councilor|city councillor|councilman|councilwoman|alderman|alderwoman`;

/** Policy-area titles: "Secretary of X", "X Secretary", "X Minister", "Minister of X". */
function areaTitles(): string[] {
  const out: string[] = [];
  for (const area of POLICY_AREAS) {
    const a = area.toLowerCase();
    out.push(
      `secretary of ${a}`,
      // The UK's cabinet: "Secretary of State for Defence".
      `secretary of state for ${a}`,
      `${a} secretary`,
      `${a} minister`,
      `minister of ${a}`,
      `minister for ${a}`,
      // Kenya's ministers: "Foreign Affairs Cabinet Secretary", "Cabinet Secretary for Defence".
      // "White House Homeland Security Advisor X": an adviser on the area.
      `${a} advisor`,
      `${a} adviser`,
      `${a} cabinet secretary`,
      `cabinet secretary for ${a}`,
      // "Deputy Secretary of State": read whole, or "Deputy Secretary" would end before "of".
      `deputy secretary of ${a}`,
      `assistant secretary of ${a}`,
      `deputy assistant secretary of ${a}`,
      `under secretary of ${a}`,
      `undersecretary of ${a}`,
      `deputy minister of ${a}`,
      `deputy minister for ${a}`,
      `vice minister of ${a}`,
    );
  }
  return out;
}

/** Every title, lower-cased, as token arrays sorted longest first. */
export const TITLES: readonly string[][] = [
  ...new Set([...BASE_TITLES.split('|').map((t) => t.trim()), ...areaTitles()]),
]
  .filter(Boolean)
  // The tokenizer splits at hyphens: "secretary-general" is three tokens.
  .map((t) => t.replace(/-/g, ' - ').split(/\s+/))
  .sort((a, b) => b.length - a.length);

/** Titles indexed by first word, so a scan is one map lookup per token. */
export const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const title of TITLES) {
  const first = title[0] ?? '';
  TITLES_BY_FIRST.set(first, [...(TITLES_BY_FIRST.get(first) ?? []), title]);
}

/** One-word titles ("minister", "spokesperson", "chief"): no one's name on their own. */
export const ONE_WORD_TITLES: ReadonlySet<string> = new Set(
  TITLES.filter((t) => t.length === 1).map((t) => t[0] ?? ''),
);

/** Words that may stand between a qualifier and a title ("Mexico's new president"). */
export const TITLE_MODIFIERS = new Set([
  'newly',
  'recently',
  'appointed',
  'elected',
  'reelected',
  'former',
  'new',
  'acting',
  'federal',
  'interim',
  'outgoing',
  'incoming',
  'then',
  'top',
  'current',
  'deputy',
  'senior',
  'late',
  'longtime',
  'alleged',
  'reputed',
  'suspected',
  'self-proclaimed',
  // ("Venezuela's ousted President X")
  'ousted',
  'deposed',
  'exiled',
  'regional',
  'provincial',
  'national',
  'federal',
  'executive',
  'assistant',
  'associate',
  'special',
]);

/** Titles of heads of state or government: with no qualifier they belong to a country. */
export const HEAD_TITLES = new Set([
  'president',
  'vice president',
  'prime minister',
  'chancellor',
  'premier',
  'king',
  'queen',
  'president-elect',
  'foreign minister',
  'defense minister',
  'interior minister',
  'security minister',
  'finance minister',
]);

/** Rank abbreviations written without a dot ("Lt Poyser"): titles only when capitalized. */
export const UNDOTTED_RANKS = new Set(['lt', 'capt', 'cmdr', 'sgt', 'col', 'maj', 'adm', 'cdre']);

/** Courtesy titles: not roles, so they yield no HOLDS_ROLE. */
export const COURTESY_TITLES = new Set([
  ...['dr', 'mr', 'mrs', 'ms', 'prof', 'hon'].flatMap((t) => [t, `${t}.`]),
  'honourable',
  'honorable',
  'sheikh',
  'sheikha',
  'sheik',
  'datuk',
  'datuk seri',
  'dato',
  'dato sri',
  'tan sri',
  'tun',
  // "Prime Minister Sir Keir Starmer": a knighthood is no office and no part of the name.
  'sir',
  'dame',
]);
