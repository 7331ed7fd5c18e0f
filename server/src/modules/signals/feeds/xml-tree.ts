import { Parser } from 'htmlparser2';
import { decodeHtmlEntities } from './html-text';

/**
 * A forgiving XML tree for feeds, built from htmlparser2's tokens in xmlMode. Why not
 * @rowanmanning/feed-parser (fast-xml-parser) as it is: on the broken feeds this module must read it
 *   - drops the rest of an item, and the next one, after an unclosed tag (`<title>One<link>…</item><item>…`),
 *   - expands DOCTYPE entities with no limit (its own option: maxTotalExpansions Infinity: "billion laughs"),
 *   - ignores namespaces when matching names, so a `<media:title>` before `<title>` becomes the item's title.
 * Here: DOCTYPEs are never expanded; HTML named entities (`&eacute;`, `&nbsp;`) and bare `&` are read as a
 * browser reads them; a field that is left open closes when the next field or item starts (as HTML closes
 * a `<p>` or `<li>`); junk before the root and CDATA are fine; namespace prefixes are resolved to the
 * well-known vocabularies so `dc:` and `DC:` or any prefix bound to Dublin Core are one thing.
 */

export interface XmlElement {
  /** the well-known vocabulary ('' none, 'atom', 'dc', 'content', 'media', …) or the namespace URI */
  ns: string;
  /** local name, lower-cased */
  local: string;
  /** attribute names lower-cased as written (prefixes kept: "xml:base", "rdf:about"); values decoded */
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
  /** base URL in scope (xml:base resolved against its parents and the document's URL), or null */
  base: string | null;
  /** whether an xml:base attribute applies to this element (itself or an ancestor) */
  hasXmlBase: boolean;
  /** prefix as written ('' when none) */
  prefix: string;
  /** prefix → namespace URI in scope */
  scope: Record<string, string>;
}

export type XmlNode = XmlElement | string;

/** Namespace URIs of the vocabularies feeds use, by the short name this module matches on. */
const VOCABULARIES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom03',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/': 'rss1',
  'http://my.netscape.com/rdf/simple/0.9/': 'rss090',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://backend.userland.com/rss2': '',
};

/**
 * Nesting deeper than this is flattened (its tags ignored, its text kept): real feeds nest about ten
 * levels, and the tree's readers recurse, so a hostile `<a><a><a>…` must not exhaust the stack.
 */
export const MAX_XML_DEPTH = 200;

/** Fields that hold text only: a field or item starting inside one of them means it was left open. */
const TEXT_FIELDS = new Set(['title', 'link', 'guid', 'id', 'pubdate', 'published', 'updated', 'issued', 'modified', 'created', 'date', 'creator', 'subject', 'name', 'email', 'uri', 'comments', 'category', 'language', 'identifier']);
/** Names that start a new field of an item, channel or entry (the ones whose start closes an open text field). */
const FIELD_STARTS = new Set([...TEXT_FIELDS, 'item', 'entry', 'description', 'summary', 'content', 'encoded', 'enclosure', 'source', 'contributor', 'rights']);

function vocabulary(uri: string | undefined, prefix: string): string {
  if (uri === undefined) return prefix; // undeclared prefix (common in broken feeds): the prefix itself
  const key = uri.trim().toLowerCase();
  return key in VOCABULARIES ? VOCABULARIES[key] : key;
}

function resolveBase(value: string, parentBase: string | null): string | null {
  try {
    return new URL(value.trim(), parentBase ?? undefined).href;
  } catch {
    return parentBase;
  }
}

/** Parses decoded feed text into a forgiving tree; the returned element is a synthetic document root. */
export function parseXmlTree(text: string, baseUrl?: string): XmlElement {
  const doc: XmlElement = { ns: '', local: '#document', attrs: {}, children: [], parent: null, base: baseUrl ?? null, hasXmlBase: false, prefix: '', scope: {} };
  const stack: XmlElement[] = [doc];
  const ignored = new Map<string, number>();
  // In xmlMode htmlparser2 hands CDATA content to ontext between these two events.
  let cdata = false;
  const top = (): XmlElement => stack[stack.length - 1];
  const closeThrough = (index: number): void => {
    stack.length = index;
  };

  const parser = new Parser(
    {
      onopentag(qname, rawAttrs) {
        const colon = qname.indexOf(':');
        const local = colon >= 0 ? qname.slice(colon + 1) : qname;
        const prefix = colon >= 0 ? qname.slice(0, colon) : '';
        // A field left open closes when the next field starts; an item or entry closes the previous one.
        while (stack.length > 1 && TEXT_FIELDS.has(top().local) && FIELD_STARTS.has(local)) stack.pop();
        if (local === 'item' || local === 'entry') {
          for (let i = stack.length - 1; i > 0; i--) {
            if (stack[i].local === local && stack[i].prefix === prefix) {
              closeThrough(i);
              break;
            }
          }
        }
        if (stack.length > MAX_XML_DEPTH) {
          ignored.set(qname, (ignored.get(qname) ?? 0) + 1);
          return;
        }
        const parent = top();
        const attrs: Record<string, string> = {};
        let scope = parent.scope;
        for (const [k, v] of Object.entries(rawAttrs)) {
          const value = decodeHtmlEntities(v);
          attrs[k] = value;
          if (k === 'xmlns' || k.startsWith('xmlns:')) {
            if (scope === parent.scope) scope = { ...parent.scope };
            scope[k === 'xmlns' ? '' : k.slice(6)] = value;
          }
        }
        const ns = vocabulary(scope[prefix], prefix);
        const xmlBase = attrs['xml:base'];
        const el: XmlElement = {
          ns,
          local,
          attrs,
          children: [],
          parent,
          base: xmlBase !== undefined ? resolveBase(xmlBase, parent.base) : parent.base,
          hasXmlBase: xmlBase !== undefined || parent.hasXmlBase,
          prefix,
          scope,
        };
        parent.children.push(el);
        stack.push(el);
      },
      onclosetag(qname) {
        const skipped = ignored.get(qname);
        if (skipped) {
          ignored.set(qname, skipped - 1);
          return;
        }
        const colon = qname.indexOf(':');
        const local = colon >= 0 ? qname.slice(colon + 1) : qname;
        const prefix = colon >= 0 ? qname.slice(0, colon) : '';
        for (let i = stack.length - 1; i > 0; i--) {
          const el = stack[i];
          if (el.local === local && el.prefix === prefix) {
            closeThrough(i);
            return;
          }
        }
        // A close tag that matches nothing open is ignored, as browsers do.
      },
      ontext(data) {
        const parent = top();
        const last = parent.children[parent.children.length - 1];
        // CDATA content is literal; everything else is decoded once, with HTML's entity table.
        const value = cdata ? data : decodeHtmlEntities(data);
        if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value;
        else parent.children.push(value);
      },
      oncdatastart() {
        cdata = true;
      },
      oncdataend() {
        cdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: true },
  );
  parser.write(text);
  parser.end();
  return doc;
}

/** The elements among `el`'s children in vocabulary `ns` (one of `ns` when a list) named `local`. */
export function childrenNamed(el: XmlElement, ns: string | readonly string[], local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c !== 'string' && c.local === local && (typeof ns === 'string' ? c.ns === ns : ns.includes(c.ns))) out.push(c);
  }
  return out;
}

export function childNamed(el: XmlElement, ns: string | readonly string[], local: string): XmlElement | null {
  for (const c of el.children) {
    if (typeof c !== 'string' && c.local === local && (typeof ns === 'string' ? c.ns === ns : ns.includes(c.ns))) return c;
  }
  return null;
}

/** All text inside an element, markup flattened. */
export function textOf(el: XmlElement): string {
  let out = '';
  const walk = (e: XmlElement): void => {
    for (const c of e.children) out += typeof c === 'string' ? c : (walk(c), '');
  };
  walk(el);
  return out;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * What an element holds, as markup: its text as is when it has no child elements (that text is the escaped
 * or CDATA HTML of a description), otherwise its children serialised back (unescaped HTML in a feed).
 */
export function innerMarkup(el: XmlElement): string {
  if (el.children.every((c) => typeof c === 'string')) return el.children.join('');
  let out = '';
  const walk = (nodes: XmlNode[]): void => {
    for (const c of nodes) {
      if (typeof c === 'string') {
        out += escapeText(c);
        continue;
      }
      const attrs = Object.entries(c.attrs)
        .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
        .map(([k, v]) => ` ${k}="${escapeText(v).replace(/"/g, '&quot;')}"`)
        .join('');
      out += `<${c.local}${attrs}>`;
      walk(c.children);
      out += `</${c.local}>`;
    }
  };
  walk(el.children);
  return out;
}
