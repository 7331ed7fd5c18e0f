import { Parser } from 'htmlparser2';

/**
 * Text out of the HTML that feeds carry (descriptions, content:encoded, Atom html content), with
 * htmlparser2 in HTML mode: it tokenises the way browsers do (unclosed tags, stray `<`, entities with or
 * without `;`), so what a reader would see is what the pipeline analyses.
 */

/** Elements whose content a reader never sees: dropped with everything inside them. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'select', 'button']);

/** Elements that separate words visually: a space is put where they start and end ("<p>a</p><p>b</p>" is "a b"). */
const BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * C0/C1 controls, zero-width characters and the BOM: invisible, yet they split words for matching and
 * make two identical-looking texts differ for de-duplication.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** Decodes character references the way an HTML parser does in text: named (with or without `;`), decimal, hex. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  // Every `<` is escaped first, so the whole string is one text run for the parser (no tag can start).
  const parser = new Parser({ ontext: (chunk) => (out += chunk) }, { decodeEntities: true });
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return out;
}

/** Collapses every run of white space (including no-break and other Unicode spaces) to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Plain text of an HTML fragment: tags removed, hidden elements dropped, entities decoded, white space collapsed. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  let out = '';
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden += 1;
        else if (BREAKING.has(name)) out += ' ';
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BREAKING.has(name)) out += ' ';
      },
      ontext(text) {
        if (hidden === 0) out += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return collapseWhitespace(out);
}
