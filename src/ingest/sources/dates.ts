/** Normalizes the many ways sources write a publication date to ISO 8601. */

/** The normalized date, or null with a warning that says what was not understood. */
export interface DateResult {
  value: string | null;
  warning?: string;
}

const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ISO_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
// Zones that Date.parse understands; with one, the instant is known and can be given in UTC.
const HAS_ZONE =
  /\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|(?:GMT|UTC|UT)?\s*[+-]\d{2}:?\d{2}|GMT|UTC|UT|[ECMP][SD]T)\b/i;
const HAS_TIME = /\d{1,2}:\d{2}/;
// Date.parse accepts "1" or "Tuesday 5"; a real date names its year.
const HAS_YEAR = /(?:^|\D)(?:1[89]|2\d)\d{2}(?:\D|$)/;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fromEpoch(n: number): DateResult {
  // Below 1e11 it must be seconds: 1e11 ms is 1973, 1e11 s is the year 5138.
  const date = new Date(n < 1e11 ? n * 1000 : n);
  return Number.isNaN(date.getTime())
    ? { value: null, warning: `publishedAt ${n} is not a timestamp; stored as null` }
    : { value: date.toISOString() };
}

/**
 * Normalizes a publication date. Keeps the precision the source gave: "2025-09" stays a month,
 * "September 2, 2025" becomes "2025-09-02", a zoned date-time becomes UTC ("…Z"), and an ISO
 * date-time without a zone stays as written rather than being shifted into this machine's zone.
 * Anything else gives null and a warning, never an exception.
 */
export function normalizeDate(input: unknown): DateResult {
  if (input === undefined || input === null) return { value: null };
  if (typeof input === 'number') return fromEpoch(input);
  if (typeof input !== 'string') {
    return { value: null, warning: `publishedAt is a ${typeof input}, not a date; stored as null` };
  }
  const s = input.trim();
  if (s === '') return { value: null };
  const bad: DateResult = {
    value: null,
    warning: `publishedAt ${JSON.stringify(s)} is not a date; stored as null`,
  };
  if (ISO_PARTIAL.test(s)) return validDay(s) ? { value: s } : bad;
  if (ISO_LOCAL_DATE_TIME.test(s))
    return validDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)) ? { value: s } : bad;
  if (!HAS_YEAR.test(s)) return bad;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return bad;
  const date = new Date(ms);
  if (HAS_ZONE.test(s)) return { value: date.toISOString() };
  // No zone: Date.parse read it as local time, so the local calendar fields are what was written.
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  if (!HAS_TIME.test(s)) return { value: day };
  return { value: `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` };
}
