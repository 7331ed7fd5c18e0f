import { createHash } from 'node:crypto';
import type { ParsedFeedItem, SignalDraft } from '../pipeline/contracts';
import { parseFeedDate } from './feed-dates';
import { collapseWhitespace, htmlToText } from './html-text';
import { FIELD_LIMITS } from './parse-feed';
import { storyFingerprint } from './simhash';

/** A parsed entry (or a JSON item) as the pipeline stores it: plain text, canonical URL, UTC instant. */

export interface NormaliseContext {
  /** against which a relative item link resolves (the feed's URL) */
  baseUrl?: string;
  /** the ingest time: missing dates become it, later ones are clamped to it */
  now: Date;
}

export type DraftResult = { draft: SignalDraft } | { refused: string };

/** A date this much after `now` is a clock or time-zone error, not news from the future: it is clamped to now. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
/**
 * Text kept per item, in characters: analysis reads far less (sentiment and language look at the first
 * paragraphs), and 20,000 is a long article; the rest of a 500 kB content:encoded is cut at a word.
 */
export const MAX_TEXT_CHARS = 20_000;
/** Characters of a title made from the text when an item has none (a social post, a field report). */
export const DERIVED_TITLE_CHARS = 140;
/** A JSON item (webhook, NDJSON line, manual entry) larger than this is refused whole, before it is read. */
export const MAX_JSON_ITEM_BYTES = 1024 * 1024;

/**
 * Query parameters that only say where a click came from. Removed so that one article shared with
 * different campaign tags is one URL (lists from the ClearURLs and Firefox query-stripping rules).
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 'vero_id', 'vero_conv',
  'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'wickedid', '__s', 'ref_src', 'ref_url', 'xtor', 'at_medium',
  'at_campaign', 'at_source',
]);

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * The canonical form of an http(s) URL, or null when it is not one: lower-case host without a trailing
 * dot, no default port, no credentials, no fragment, tracking parameters removed, the others sorted by
 * name (their encoding untouched: "+" and "%20" may mean different things to the server).
 */
export function canonicalUrl(raw: string | null | undefined, base?: string): string | null {
  const input = raw?.trim();
  if (!input || input.length > FIELD_LIMITS.link) return null;
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.replace(/\.+$/, '');
  const params = url.search
    .slice(1)
    .split('&')
    .filter((p) => p && !isTrackingParam(safeDecode(p.split('=')[0])))
    .map((p, i) => ({ p, key: safeDecode(p.split('=')[0]), i }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map((x) => x.p);
  url.search = params.length ? `?${params.join('&')}` : '';
  return url.href;
}

/** Cuts text to a length at a word boundary, with an ellipsis when something was cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

function cleanList(values: string[], max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = htmlToText(v);
    const key = t.toLowerCase();
    if (t && !seen.has(key)) {
      seen.add(key);
      out.push(t.slice(0, FIELD_LIMITS.name));
    }
    if (out.length >= max) break;
  }
  return out;
}

/** A parsed entry ready for the pipeline, or why it cannot be stored. */
export function toSignalDraft(item: ParsedFeedItem, ctx: NormaliseContext): DraftResult {
  const url = canonicalUrl(item.link, ctx.baseUrl);
  const content = item.content ? htmlToText(item.content) : '';
  const text = cut(content || (item.summary ? htmlToText(item.summary) : ''), MAX_TEXT_CHARS);
  let title = item.title ? htmlToText(item.title) : '';
  if (!title && !text) return { refused: 'no title and no text once markup is removed' };
  if (!title) title = cut(text, DERIVED_TITLE_CHARS);
  title = cut(title, FIELD_LIMITS.title);

  const nowMs = ctx.now.getTime();
  const stated = item.published ?? item.updated;
  const publishedAt = !stated || Number.isNaN(stated.getTime()) || stated.getTime() > nowMs + FUTURE_TOLERANCE_MS ? new Date(nowMs) : new Date(stated.getTime());

  const id = item.id ? collapseWhitespace(item.id) : '';
  const externalId = id ? id.slice(0, FIELD_LIMITS.id) : `sha256:${createHash('sha256').update(`${url ?? ''}\n${title}`).digest('hex')}`;
  return {
    draft: {
      externalId,
      url,
      title,
      text,
      publishedAt,
      authors: cleanList(item.authors, FIELD_LIMITS.authors),
      categories: cleanList(item.categories, FIELD_LIMITS.categories),
      fingerprint: storyFingerprint(title, text),
    },
  };
}

type FieldCheck<T> = { value: T } | { error: string };

function optionalString(obj: Record<string, unknown>, name: string, max: number): FieldCheck<string | null> {
  const v = obj[name];
  if (v === undefined || v === null) return { value: null };
  if (typeof v === 'number' && name === 'id' && Number.isSafeInteger(v)) return { value: String(v) };
  if (typeof v !== 'string') return { error: `${name}: must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}` };
  if (v.length > max) return { error: `${name}: ${v.length.toLocaleString('en')} characters, over the ${max.toLocaleString('en')} limit` };
  return { value: v };
}

function stringList(obj: Record<string, unknown>, name: string, maxItems: number): FieldCheck<string[]> {
  const v = obj[name];
  if (v === undefined || v === null) return { value: [] };
  if (!Array.isArray(v)) return { error: `${name}: must be an array of strings` };
  if (v.length > maxItems) return { error: `${name}: ${v.length} entries, over the ${maxItems} limit` };
  const out: string[] = [];
  for (const [i, e] of v.entries()) {
    // Authors may come as {"name": "…"} (JSON Feed, ActivityStreams) as well as plain strings.
    const s = typeof e === 'string' ? e : e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : null;
    if (s === null) return { error: `${name}[${i}]: must be a string` };
    if (s.length > FIELD_LIMITS.name) return { error: `${name}[${i}]: over the ${FIELD_LIMITS.name} characters limit` };
    out.push(s);
  }
  return { value: out };
}

/**
 * A JSON item (webhook delivery, NDJSON import line, manual entry) checked field by field:
 * `{ id?, title, url?, text | content | summary, published?, authors?, categories? }`. Unknown fields are
 * ignored (senders add their own); every problem is reported, not only the first.
 */
export function draftFromJson(obj: unknown, ctx: NormaliseContext): DraftResult {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { refused: `item: must be a JSON object, not ${obj === null ? 'null' : Array.isArray(obj) ? 'an array' : typeof obj}` };
  }
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(obj));
  } catch {
    return { refused: 'item: cannot be serialised (circular or BigInt value)' };
  }
  if (size > MAX_JSON_ITEM_BYTES) return { refused: `item: ${size.toLocaleString('en')} bytes, over the ${MAX_JSON_ITEM_BYTES.toLocaleString('en')} bytes limit` };
  const o = obj as Record<string, unknown>;
  const errors: string[] = [];
  const take = <T>(check: FieldCheck<T>, fallback: T): T => {
    if ('error' in check) {
      errors.push(check.error);
      return fallback;
    }
    return check.value;
  };

  const id = take(optionalString(o, 'id', FIELD_LIMITS.id), null);
  const title = take(optionalString(o, 'title', FIELD_LIMITS.title), null);
  const url = take(optionalString(o, 'url', FIELD_LIMITS.link), null);
  const bodies = (['text', 'content', 'summary'] as const).map((k) => take(optionalString(o, k, FIELD_LIMITS.content), null));
  const published = take(optionalString(o, 'published', 64), null);
  const authors = take(stringList(o, 'authors', FIELD_LIMITS.authors), []);
  const categories = take(stringList(o, 'categories', FIELD_LIMITS.categories), []);

  if (o.title === undefined || o.title === null) errors.push('title: required');
  else if (title !== null && !htmlToText(title)) errors.push('title: empty');
  const body = bodies.find((b) => b !== null && b.trim() !== '') ?? null;
  if (body === null && !errors.some((e) => /^(text|content|summary):/.test(e))) errors.push('text: required, not empty (or content or summary)');
  if (url !== null && !canonicalUrl(url)) errors.push('url: not an absolute http(s) URL');
  const publishedAt = published !== null ? parseFeedDate(published) : null;
  if (published !== null && !publishedAt) errors.push('published: not an ISO 8601 or RFC 822 date');
  if (errors.length) return { refused: errors.join('; ') };

  return toSignalDraft(
    {
      id: id && id.trim() ? id : null,
      title,
      link: url,
      published: publishedAt,
      updated: null,
      summary: null,
      content: body,
      authors,
      categories,
    },
    ctx,
  );
}
