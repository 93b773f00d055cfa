/**
 * Per-line junk rules: each looks at one trimmed line and says why it is junk, or null. They match
 * shapes and the stock phrases of page furniture (players, share bars, newsletter prompts), never
 * names from particular articles. Every rule is bounded by a word count so that a real paragraph
 * that happens to contain "subscribe" or "©" is never dropped.
 */
import { endsLikeSentence, isAllCaps, isProse, titleCaseRatio, words } from './line-shape';

/** Why a line was dropped; 'related links' also opens a headline list (see context-rules.ts). */
export type JunkReason =
  | 'separator'
  | 'player'
  | 'widget'
  | 'related links'
  | 'copyright'
  | 'syndication note'
  | 'timestamp'
  | 'share buttons'
  | 'newsletter prompt'
  | 'byline'
  | 'photo credit'
  | 'caps label'
  | 'image label'
  | 'headline list'
  | 'trailing links'
  | 'title'
  | 'title repeated';

const phrases = (list: string[]): RegExp => new RegExp(`^(?:${list.join('|')})[\\s:.!…»›]*$`, 'i');

// Audio/video players and navigation chrome, as whole lines.
const WIDGET = phrases([
  'play(?: live)?(?: radio| audio| video| now| episode)?',
  'listen(?: live| now| to (?:this|the) (?:article|story|episode|podcast))?',
  'listen(?: ·)? \\d+:\\d{2}',
  'pause|stop|mute|unmute|expand|close|menu|search|home|sections',
  'now playing|next up|coming up|on air(?: now)?|live radio|all streams|available on air stations',
  'watch(?: live| now| video)?|video|audio|photos?|gallery|image \\d+ of \\d+|\\d+ of \\d+',
  'loading(?:\\.\\.\\.)?|advertisement|ad|sponsored(?: content)?|paid (?:content|post)',
  'skip to (?:main )?content|skip (?:ad|advertisement)|back to top|toggle (?:navigation|caption)',
  'hide caption|enlarge this image|caption|transcript|open in app',
  'show (?:more|comments)|view comments|comments?|\\d+ comments?|leave a comment',
  'enable javascript.*|your browser does not support.*',
  '(?:accept(?: all)? )?cookies|cookie (?:settings|policy|preferences)|privacy policy|terms of (?:use|service)',
  'log ?in|log ?out|sign ?in|sign ?up|register|donate(?: now| today)?',
  'staff (?:writer|reporter)|contributor|correspondent',
]);

// Headers of "more stories" blocks; the lines after one are checked as a headline list.
const RELATED = phrases([
  'more (?:on|about) (?:this|the) (?:topic|story|subject)',
  'more (?:stories|news|coverage)(?: from .{1,40})?',
  'related(?: articles| stories| coverage| content| topics| reading| links| posts| news)?',
  'recommended(?: for you| stories| reading)?|you (?:may|might) also like',
  'read (?:more|next|also)|see (?:also|more)|also read|further reading',
  "most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|editor['’]?s picks",
  'latest(?: news| stories| headlines)?|in other news|around the web',
]);

// "READ MORE: Some headline" — an inline promo with its own headline.
const PROMO_PREFIX = /^(?:read more|related|see also|also read|more|watch|listen|read next)\s*:/i;

const SHARE_WORDS = new Set(
  (
    'share shares sharing facebook twitter x linkedin email e-mail mail whatsapp reddit print copy link ' +
    'tweet pinterest telegram flipboard messenger sms save bluesky threads comment comments'
  ).split(' '),
);

const DATE_WORDS = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september ' +
    'oct october nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs ' +
    'thursday fri friday sat saturday sun sunday updated published posted modified last on at am pm ' +
    'a.m p.m et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ago hour hours hr hrs ' +
    'minute minutes min mins second seconds sec secs day days week weeks read reading time of'
  ).split(' '),
);

const DATE_NUMBER = /^(?:\d{1,4}(?:st|nd|rd|th)?|[\d:/.+\-tz]+)$/i;

const NEWSLETTER_START =
  /^(?:sign up|subscribe|get (?:our|the|a|breaking|free)\b|join (?:our|the)\b|enter your email|by (?:signing up|subscribing|clicking)|you['’]?re (?:now )?(?:signed up|subscribed)|thanks? (?:you )?for (?:signing up|subscribing)|don['’]?t miss|never miss|want more\b|like this (?:story|article))/i;

const CREDIT =
  /\b(?:AP Photo|AP Images|Getty Images|Getty|Reuters|AFP|EPA|Bloomberg|Shutterstock|Alamy|Pool|File Photo|Photo(?:graph)?(?: by)?|Image(?: by)?|Credit|Courtesy(?: of)?|Illustration)\b/;

const BYLINE_PREFIX = /^(?:by|written by|reported by|reporting by|story by|words by|text by|por)\s+/i;

/** Strips the bullets and arrows that list widgets put before a label. */
const bare = (line: string): string => line.replace(/^[\s•·»›>|\-–—*]+/, '').trim();

function isTimestamp(line: string): boolean {
  if (!/\d/.test(line)) return false;
  const tokens = line
    .toLowerCase()
    .replace(/[,|·•()[\]]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0 && !/^[-–—/]$/.test(t));
  return (
    tokens.length > 0 && tokens.every((t) => DATE_WORDS.has(t.replace(/\.$/, '')) || DATE_NUMBER.test(t))
  );
}

function isShareBar(line: string): boolean {
  const tokens = line
    .toLowerCase()
    .split(/[\s|·•/,]+/)
    .filter((t) => t.length > 0);
  return tokens.length > 0 && tokens.every((t) => SHARE_WORDS.has(t));
}

function isNewsletterPrompt(line: string, n: number): boolean {
  if (n > 40) return false;
  if (NEWSLETTER_START.test(line)) return true;
  if (
    /\bnewsletters?\b/i.test(line) &&
    /\b(?:sign up|subscribe|inbox|email address|delivered)\b/i.test(line)
  ) {
    return true;
  }
  return n <= 20 && /\bsubscribe (?:to|now|today)\b/i.test(line);
}

// Wire-service staff credits in parentheses: "(Reporting by A and B; writing by C; editing by D)".
const STAFF_CREDITS =
  /^\(\s*(?:additional )?(?:reporting|writing|editing|compiled|research|translation|graphics|video|production)\b[^()]* by\s[^()]+\)\.?$/i;
const CREDIT_WORDS =
  /\b(?:additional|reporting|writing|editing|compiled|research|translation|graphics|video|production|and|by|in)\b|[();,]/gi;

function isStaffCredits(line: string, n: number): boolean {
  return n <= 40 && STAFF_CREDITS.test(line) && titleCaseRatio(line.replace(CREDIT_WORDS, ' ')) >= 0.8;
}

function isByline(line: string, n: number): boolean {
  if (isStaffCredits(line, n)) return true;
  if (n > 12 || endsLikeSentence(line) || !BYLINE_PREFIX.test(line)) return false;
  const names = line.replace(BYLINE_PREFIX, '');
  return isAllCaps(names) || titleCaseRatio(names) >= 0.6;
}

/**
 * Classifies one trimmed, non-blank line on its own. Returns the junk reason, or null to keep it.
 * Context rules (image labels, headline lists, trailing links) run afterwards on the result.
 */
export function classifyLine(line: string): JunkReason | null {
  if (!/[\p{L}\p{N}]/u.test(line)) return 'separator';
  const n = words(line).length;
  // Prose of this length is article text whatever it mentions.
  if (n >= 45) return null;
  const label = bare(line);
  if (/^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*[/|]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2})*$/.test(label)) return 'player';
  if (n <= 12 && WIDGET.test(label)) return 'widget';
  if (n <= 12 && RELATED.test(label)) return 'related links';
  if (n <= 25 && PROMO_PREFIX.test(label)) return 'related links';
  if (n <= 30 && /©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|all rights reserved/i.test(line)) {
    return 'copyright';
  }
  if (
    n <= 30 &&
    /^this (?:article|story|report) (?:was )?(?:originally |first )?(?:appeared|published)/i.test(line)
  ) {
    return 'syndication note';
  }
  if (n <= 12 && isTimestamp(label)) return 'timestamp';
  if (n <= 12 && isShareBar(label)) return 'share buttons';
  if (isNewsletterPrompt(label, n)) return 'newsletter prompt';
  if (isByline(label, n)) return 'byline';
  // A caption that ends in a credit is still a caption; the credit alone is cut (creditSuffixLength).
  if (n <= 12 && CREDIT.test(line) && !isProse(line.slice(0, line.length - creditSuffixLength(line)))) {
    return 'photo credit';
  }
  // A short all-caps line is a credit, agency code or kicker; a dateline ("MEXICO CITY —") is kept.
  if (n <= 6 && line.length <= 60 && isAllCaps(line) && !/[—–-]$|\(\w+\)/.test(line)) return 'caps label';
  return null;
}

// A photo credit in parentheses at the end of a caption: "… in Mexico City. (AP Photo/Jane Doe)".
const CREDIT_SUFFIX = /\s*\((?:AP Photo|AP|AFP|Reuters|Getty Images|EPA|Photo|Foto)\b[^()]{0,80}\)\s*$/;

// Wire staff credits closing the last paragraph: "… for the group. (Reporting by A Writing by B)".
const STAFF_SUFFIX =
  /\s*\(\s*(?:additional )?(?:reporting|writing|editing|compiled)\b[^()]{0,240}?\bby\s[^()]+\)\.?\s*$/i;

/** Length of a trailing parenthesized photo or staff credit to cut from a kept line (0 when none). */
export function creditSuffixLength(line: string): number {
  const m = CREDIT_SUFFIX.exec(line) ?? STAFF_SUFFIX.exec(line);
  return m && m.index > 0 ? line.length - m.index : 0;
}
