import { SIGNAL_LIMITS } from '@ruche/shared';
import type { ParsedFeed, ParsedFeedItem, RefusedEntry } from '../pipeline/contracts';
import { decodeBody } from './decode-body';
import { parseFeedDate } from './feed-dates';
import { collapseWhitespace, htmlToText } from './html-text';
import { childNamed, childrenNamed, innerMarkup, parseXmlTree, textOf, type XmlElement } from './xml-tree';

/**
 * RSS 0.9x / 1.0 (RDF) / 2.0 and Atom 0.3 / 1.0 into `ParsedFeed`, with Dublin Core, content:encoded and
 * media:* (title, description, credit as fallbacks). The XML layer is xml-tree.ts (why not
 * @rowanmanning/feed-parser as is: see xml-tree.ts); this file maps the vocabularies onto the contract, with
 * limits so one hostile document cannot take the poller's memory.
 */

/**
 * A feed is a few hundred kB; 5 MB is ten times the largest real feeds seen, and what safe-fetch downloads
 * (and what an uploaded preview file may weigh: the web reads the same shared number).
 */
export const MAX_FEED_BYTES = SIGNAL_LIMITS.feedMaxBytes;
/** Entries kept per document: feeds carry the last 10–100; more is an archive dump or an attack. */
export const MAX_FEED_ENTRIES = 1000;
/** Field limits, in characters: far above real values (a headline is under 300, a long article under 200k). */
export const FIELD_LIMITS = {
  id: 2048,
  title: 2000,
  link: 4096,
  summary: 100_000,
  content: 500_000,
  /** per author name and per category term */
  name: 500,
  authors: 50,
  categories: 100,
} as const;

export type FeedParseErrorReason = 'too_large' | 'empty' | 'not_xml' | 'html_page' | 'not_a_feed';

/** The document as a whole is not a feed this module can read. */
export class FeedParseError extends Error {
  constructor(
    readonly reason: FeedParseErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'FeedParseError';
  }
}

export interface ParseFeedOptions {
  /** the HTTP Content-Type, for its charset */
  contentType?: string;
  /** the document's own URL, against which relative links resolve */
  baseUrl?: string;
}

const RSS = ['', 'rss1', 'rss090'] as const;
const ATOM = ['atom', 'atom03', ''] as const;
const DC = ['dc', 'dcterms'] as const;

function text(el: XmlElement | null): string | null {
  if (!el) return null;
  const t = collapseWhitespace(textOf(el));
  return t || null;
}

function firstText(...els: (XmlElement | null)[]): string | null {
  for (const el of els) {
    const t = text(el);
    if (t) return t;
  }
  return null;
}

/** The URL an element's text or attribute names, resolved: xml:base in scope, else the feed's link, else the document URL. */
function resolveLink(raw: string | null | undefined, el: XmlElement, feedLink: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const base = el.hasXmlBase ? el.base : (feedLink ?? el.base);
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return value; // relative with nothing to resolve against: kept as found, normalise decides
  }
}

function isWebUrl(s: string | null): s is string {
  return !!s && /^https?:\/\/\S+$/i.test(s);
}

/** A media:* field of an item: on the item, in its media:group, or in its media:content. */
function mediaText(item: XmlElement, local: string): string | null {
  const direct = text(childNamed(item, 'media', local));
  if (direct) return direct;
  for (const holder of [...childrenNamed(item, 'media', 'group'), ...childrenNamed(item, 'media', 'content')]) {
    const t = text(childNamed(holder, 'media', local)) ?? mediaText(holder, local);
    if (t) return t;
  }
  return null;
}

/** media:credit names of an item, on the item or in its media:group / media:content (a fallback for authors). */
function mediaCredits(item: XmlElement): string[] {
  const holders = [item, ...childrenNamed(item, 'media', 'group'), ...childrenNamed(item, 'media', 'content')];
  for (const g of childrenNamed(item, 'media', 'group')) holders.push(...childrenNamed(g, 'media', 'content'));
  return unique(holders.flatMap((h) => childrenNamed(h, 'media', 'credit').map(text)));
}

/** Name out of an RSS author string: "jo@ex.com (Jo Martin)" → "Jo Martin", "Jo Martin <jo@ex.com>" → "Jo Martin". */
function rssAuthorName(raw: string): string {
  const paren = /\(([^)]+)\)\s*$/.exec(raw);
  if (paren) return paren[1].trim();
  const angle = /^(.+?)\s*<[^>]*>\s*$/.exec(raw);
  if (angle) return angle[1].replace(/^"|"$/g, '').trim();
  return raw.trim();
}

function unique(values: (string | null)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/** Atom text constructs and content: xhtml is its markup, base64 (Atom 0.3 mode) is decoded, the rest is the text as found. */
function atomContent(el: XmlElement | null): string | null {
  if (!el) return null;
  if (el.attrs.src !== undefined) return null; // out-of-line content: nothing here to read
  const type = (el.attrs.type ?? '').toLowerCase();
  const mode = (el.attrs.mode ?? '').toLowerCase();
  let value: string;
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml') {
    const div = el.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === 'div');
    value = innerMarkup(div ?? el);
  } else if (mode === 'base64') {
    value = Buffer.from(textOf(el).replace(/\s+/g, ''), 'base64').toString('utf8');
  } else {
    value = innerMarkup(el);
  }
  value = value.trim();
  return value || null;
}

function atomTitle(el: XmlElement | null): string | null {
  if (!el) return null;
  const type = (el.attrs.type ?? '').toLowerCase();
  if (type === 'xhtml' || (el.attrs.mode ?? '').toLowerCase() === 'xml') return text(el);
  // type="html" titles are markup; the title is what a reader shows.
  const value = atomContent(el);
  return value && (type === 'html' || (el.attrs.mode ?? '').toLowerCase() === 'escaped' ? htmlToText(value) : collapseWhitespace(value)) || null;
}

/** The alternate link among Atom links (rel="alternate" or no rel; an HTML one first), else the first one. */
function pickLink(links: XmlElement[], feedLink: string | null): string | null {
  const usable = links.filter((l) => l.attrs.href);
  const alternate = usable.filter((l) => !l.attrs.rel || l.attrs.rel.toLowerCase() === 'alternate');
  const pick = alternate.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? alternate[0] ?? usable[0];
  return pick ? resolveLink(pick.attrs.href, pick, feedLink) : null;
}

function atomAuthors(el: XmlElement | null): string[] {
  if (!el) return [];
  return unique(childrenNamed(el, ATOM, 'author').map((a) => text(childNamed(a, ATOM, 'name')) ?? text(childNamed(a, ATOM, 'email'))));
}

function rssItem(item: XmlElement, feedLink: string | null): ParsedFeedItem {
  const guid = childNamed(item, RSS, 'guid');
  const guidText = text(guid);
  const about = item.attrs['rdf:about']?.trim() || null;
  const permaLink = guid && (guid.attrs.ispermalink ?? 'true').toLowerCase() !== 'false' && isWebUrl(guidText) ? guidText : null;
  const linkEl = childNamed(item, RSS, 'link');
  const atomLinkEl = pickLink(childrenNamed(item, 'atom', 'link'), feedLink);
  const link =
    (linkEl && resolveLink(text(linkEl), linkEl, feedLink)) ?? atomLinkEl ?? (permaLink && resolveLink(permaLink, item, feedLink)) ?? (isWebUrl(about) ? about : null);

  const authors = unique([
    ...childrenNamed(item, RSS, 'author').map((a) => {
      const t = text(a);
      return t && rssAuthorName(t);
    }),
    ...childrenNamed(item, DC, 'creator').map(text),
    ...childrenNamed(item, 'dc', 'contributor').map(text),
    ...childrenNamed(item, 'itunes', 'author').map(text),
  ]);
  const credits = authors.length ? [] : mediaCredits(item);

  const description = childNamed(item, RSS, 'description') ?? childNamed(item, DC, 'description');
  const encoded = childNamed(item, 'content', 'encoded');
  const atomBody = childNamed(item, 'atom', 'content');
  return {
    id: guidText ?? about ?? text(childNamed(item, DC, 'identifier')),
    title: firstText(childNamed(item, RSS, 'title'), childNamed(item, DC, 'title')) ?? mediaText(item, 'title'),
    link,
    published:
      parseFeedDate(text(childNamed(item, RSS, 'pubdate'))) ??
      parseFeedDate(text(childNamed(item, 'dc', 'date'))) ??
      parseFeedDate(text(childNamed(item, 'dcterms', 'issued'))) ??
      parseFeedDate(text(childNamed(item, 'dcterms', 'created'))) ??
      parseFeedDate(text(childNamed(item, 'atom', 'published'))),
    updated: parseFeedDate(text(childNamed(item, 'atom', 'updated'))) ?? parseFeedDate(text(childNamed(item, 'dcterms', 'modified'))),
    summary: (description && innerMarkup(description).trim()) || mediaText(item, 'description'),
    content: (encoded && innerMarkup(encoded).trim()) || atomContent(atomBody),
    authors: authors.length ? authors : credits,
    categories: unique([...childrenNamed(item, RSS, 'category').map(text), ...childrenNamed(item, DC, 'subject').map(text)]),
  };
}

function atomEntry(entry: XmlElement, feedLink: string | null, feedAuthors: string[]): ParsedFeedItem {
  const source = childNamed(entry, ATOM, 'source');
  // RFC 4287 §4.2.1: an entry without an author has its source's, else its feed's.
  let authors = atomAuthors(entry);
  if (!authors.length) authors = atomAuthors(source);
  if (!authors.length) authors = feedAuthors;
  if (!authors.length) authors = unique(childrenNamed(entry, DC, 'creator').map(text));
  return {
    id: text(childNamed(entry, ATOM, 'id')),
    title: atomTitle(childNamed(entry, ATOM, 'title')) ?? mediaText(entry, 'title'),
    link: pickLink(childrenNamed(entry, ATOM, 'link'), feedLink),
    published:
      parseFeedDate(text(childNamed(entry, ATOM, 'published'))) ??
      parseFeedDate(text(childNamed(entry, ATOM, 'issued'))) ??
      parseFeedDate(text(childNamed(entry, ATOM, 'created'))) ??
      parseFeedDate(text(childNamed(entry, DC, 'date'))),
    updated: parseFeedDate(text(childNamed(entry, ATOM, 'updated'))) ?? parseFeedDate(text(childNamed(entry, ATOM, 'modified'))),
    summary: atomContent(childNamed(entry, ATOM, 'summary')) ?? mediaText(entry, 'description'),
    content: atomContent(childNamed(entry, ATOM, 'content')),
    authors: authors.length ? authors : mediaCredits(entry),
    categories: unique(
      childrenNamed(entry, ATOM, 'category').map((c) => c.attrs.term?.trim() || c.attrs.label?.trim() || text(c)),
    ),
  };
}

/** Elements named `local` in `ns` under `root`, in document order, not looking inside a match. */
function collect(root: XmlElement, ns: readonly string[], local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.local === local && ns.includes(c.ns)) out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/** The first element (breadth-first) that is a feed root, so junk markup before it (a PHP warning's `<b>`) is skipped. */
function findRoot(doc: XmlElement): { root: XmlElement; kind: 'rss' | 'atom' } | null {
  let level: XmlElement[] = [doc];
  for (let depth = 0; depth < 4 && level.length; depth++) {
    const next: XmlElement[] = [];
    for (const el of level) {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        const rdfFeed = c.local === 'rdf' && (c.ns === 'rdf' || c.ns === '') && !!(childNamed(c, RSS, 'channel') ?? childNamed(c, RSS, 'item'));
        if (c.local === 'rss' || rdfFeed || (c.local === 'channel' && c.ns === '')) return { root: c, kind: 'rss' };
        if (c.local === 'feed' && (ATOM as readonly string[]).includes(c.ns)) return { root: c, kind: 'atom' };
        next.push(c);
      }
    }
    level = next;
  }
  return null;
}

function firstElement(doc: XmlElement): XmlElement | null {
  return doc.children.find((c): c is XmlElement => typeof c !== 'string') ?? null;
}

/**
 * Whether decoded text is binary data: a text document has almost no U+FFFD (undecodable bytes) or control
 * characters; random bytes decoded as UTF-8 or windows-1252 have many (one in ten here, over the first 2,000).
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 2000);
  // eslint-disable-next-line no-control-regex
  const odd = head.match(/[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
  return odd > head.length / 10;
}

/** Why an entry cannot be kept (a limit it exceeds, or nothing to show), or null when it can. */
function refusal(item: ParsedFeedItem): string | null {
  const over = (field: string, value: string | null, limit: number): string | null =>
    value && value.length > limit ? `${field} is ${value.length.toLocaleString('en')} characters long, over the ${limit.toLocaleString('en')} limit` : null;
  const reason =
    over('id', item.id, FIELD_LIMITS.id) ??
    over('title', item.title, FIELD_LIMITS.title) ??
    over('link', item.link, FIELD_LIMITS.link) ??
    over('summary', item.summary, FIELD_LIMITS.summary) ??
    over('content', item.content, FIELD_LIMITS.content) ??
    (item.authors.length > FIELD_LIMITS.authors ? `${item.authors.length} authors, over the ${FIELD_LIMITS.authors} limit` : null) ??
    (item.categories.length > FIELD_LIMITS.categories ? `${item.categories.length} categories, over the ${FIELD_LIMITS.categories} limit` : null) ??
    item.authors.map((a) => over('an author name', a, FIELD_LIMITS.name)).find(Boolean) ??
    item.categories.map((c) => over('a category', c, FIELD_LIMITS.name)).find(Boolean);
  if (reason) return reason;
  if (!item.title && !item.link && !item.summary && !item.content) return 'no title, link or content';
  return null;
}

/** Parses a feed document. Throws FeedParseError when it is not a feed at all; bad entries go to `refused`. */
export function parseFeed(body: Buffer, opts: ParseFeedOptions = {}): ParsedFeed {
  if (body.length > MAX_FEED_BYTES) {
    throw new FeedParseError('too_large', `document is ${body.length.toLocaleString('en')} bytes, over the ${MAX_FEED_BYTES.toLocaleString('en')} bytes limit`);
  }
  const { text: decoded } = decodeBody(body, opts.contentType);
  if (!decoded.trim()) throw new FeedParseError('empty', 'document is empty');
  if (looksBinary(decoded)) throw new FeedParseError('not_xml', 'binary data, not a feed (nor any text)');
  const doc = parseXmlTree(decoded, opts.baseUrl);
  const found = findRoot(doc);
  if (!found) {
    const first = firstElement(doc);
    if (!first) throw new FeedParseError('not_xml', 'not XML: no element found');
    if (first.local === 'html' || /^\s*<!doctype\s+html/i.test(decoded)) throw new FeedParseError('html_page', 'an HTML page, not a feed (look for its <link rel="alternate" type="application/rss+xml">)');
    const name = /^[\p{L}\p{N}_.:-]{1,40}$/u.test(first.local) ? `<${first.local}>` : 'not a name';
    throw new FeedParseError('not_a_feed', `not a feed: the root element is ${name}, not <rss>, <rdf:RDF> or <feed>`);
  }

  const { root, kind } = found;
  let title: string | null;
  let feedLink: string | null;
  let entries: ParsedFeedItem[];
  if (kind === 'rss') {
    const channel = root.local === 'channel' ? root : childNamed(root, RSS, 'channel');
    const info = channel ?? root;
    title = firstText(childNamed(info, RSS, 'title'), childNamed(info, DC, 'title'));
    const linkEl = childNamed(info, RSS, 'link');
    feedLink = (linkEl && resolveLink(text(linkEl), linkEl, null)) ?? pickLink(childrenNamed(info, 'atom', 'link').filter((l) => l.attrs.rel !== 'self'), null);
    const base = isWebUrl(feedLink) ? feedLink : null;
    entries = collect(root, RSS, 'item').map((item) => rssItem(item, base));
  } else {
    title = atomTitle(childNamed(root, ATOM, 'title'));
    feedLink = pickLink(childrenNamed(root, ATOM, 'link'), null);
    const base = isWebUrl(feedLink) ? feedLink : null;
    const feedAuthors = atomAuthors(root);
    entries = collect(root, ATOM, 'entry').map((entry) => atomEntry(entry, base, feedAuthors));
  }

  const items: ParsedFeedItem[] = [];
  const refused: RefusedEntry[] = [];
  entries.forEach((item, index) => {
    const reason = index >= MAX_FEED_ENTRIES ? `over the ${MAX_FEED_ENTRIES.toLocaleString('en')} entries limit` : refusal(item);
    if (reason) refused.push({ index, reason });
    else items.push(item);
  });
  return {
    title: title && title.slice(0, FIELD_LIMITS.title),
    link: feedLink && feedLink.length <= FIELD_LIMITS.link ? feedLink : null,
    items,
    refused,
  };
}
