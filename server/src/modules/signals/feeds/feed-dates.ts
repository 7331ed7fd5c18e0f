/**
 * Dates as feeds write them: RFC 822/2822 (RSS pubDate, with named zones), ISO 8601 / W3CDTF (Atom,
 * Dublin Core). Anything else is null: V8's own Date parser is not used because it accepts nearly any
 * string ("hello 1" is 1 January 2001), which would give items made-up instants.
 */

/** Offsets of the zone names feeds use, in minutes east of UTC (RFC 2822 §4.3 plus the common ones). */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  WEST: 60, BST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180, MSK: 180,
  // IST: India (the most frequent meaning in feeds; Irish Summer Time writes IST too, but rarely in feeds).
  IST: 330, SGT: 480, HKT: 480, AWST: 480, JST: 540, KST: 540, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

/** Month names in English and French (without accents), matched by any unambiguous prefix of 3+ letters. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'janvier'], ['february', 'fevrier'], ['march', 'mars'], ['april', 'avril'], ['may', 'mai'], ['june', 'juin'],
  ['july', 'juillet'], ['august', 'aout'], ['september', 'septembre'], ['october', 'octobre'], ['november', 'novembre'],
  ['december', 'decembre'],
];

function unaccent(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function monthOf(name: string): number | null {
  const token = unaccent(name.toLowerCase()).replace(/\.$/, '');
  if (token.length < 3) return null;
  const found = new Set<number>();
  MONTHS.forEach((names, i) => {
    if (names.some((n) => n.startsWith(token))) found.add(i);
  });
  return found.size === 1 ? [...found][0] : null;
}

function zoneOffset(zone: string): number | null {
  const z = zone.trim().toUpperCase();
  if (!z) return 0; // no zone: UTC (what RFC 2822 readers and most aggregators assume)
  const numeric = /^(?:GMT|UTC|UT)?\s*([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (numeric) {
    const h = Number(numeric[2]);
    const m = Number(numeric[3] ?? '0');
    if (h > 14 || m > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (h * 60 + m);
  }
  if (z in ZONES) return ZONES[z];
  // RFC 2822 §4.3: single-letter military zones were defined with reversed signs; read them as UTC.
  if (/^[A-IK-Z]$/.test(z)) return 0;
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): Date | null {
  if (mo < 0 || mo > 11 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 60) return null;
  // A leap second (":60") is read as the last second of the minute.
  const t = Date.UTC(y, mo, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  const date = new Date(t);
  return Number.isNaN(t) ? null : date;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const RFC822 = /^(?:[^\d\s,]+,?\s*)?(\d{1,2})[\s-]+([^\d\s,.-]+)\.?,?[\s-]+(\d{4}|\d{2})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}(?:\s*[+-]\d{2}:?\d{2})?|[+-]\d{2}:?\d{2})?$/;

/** An instant from a feed's date text, or null when the text is not a date this module can read exactly. */
export function parseFeedDate(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  // Trailing comments like "+0200 (CEST)" are allowed by RFC 2822 and carry nothing the offset does not.
  const text = raw.trim().replace(/\s*\([^)]*\)\s*$/, '');
  if (!text || text.length > 64) return null;

  const iso = ISO.exec(text);
  if (iso) {
    const offset = zoneOffset(iso[8] ?? '');
    if (offset === null) return null;
    const ms = iso[7] ? Math.round(Number(`0.${iso[7]}`) * 1000) : 0;
    return build(Number(iso[1]), iso[2] ? Number(iso[2]) - 1 : 0, iso[3] ? Number(iso[3]) : 1, Number(iso[4] ?? '0'), Number(iso[5] ?? '0'), Number(iso[6] ?? '0'), ms, offset);
  }

  const rfc = RFC822.exec(text);
  if (rfc) {
    const month = monthOf(rfc[2]);
    const offset = zoneOffset(rfc[7] ?? '');
    if (month === null || offset === null) return null;
    let year = Number(rfc[3]);
    // RFC 2822 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999.
    if (rfc[3].length === 2) year += year < 50 ? 2000 : 1900;
    return build(year, month, Number(rfc[1]), Number(rfc[4] ?? '0'), Number(rfc[5] ?? '0'), Number(rfc[6] ?? '0'), 0, offset);
  }
  return null;
}
