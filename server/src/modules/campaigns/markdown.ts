import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown people write (campaign briefs, ideas; comments later) rendered to HTML on the server, then
 * sanitised against an allow-list: marked passes raw HTML through by design, so sanitize-html is what
 * keeps a `<script>`, an `onerror=` or a `javascript:` link out. No images: an <img> pointing outside
 * would let anyone who can post track who reads the board.
 */
const markdown = new Marked({ gfm: true, breaks: true, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input'],
  allowedAttributes: {
    // rel and target are set by the transform below.
    a: ['href', 'title', 'rel', 'target'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    // GFM task lists render as disabled checkboxes.
    input: ['type', 'checked', 'disabled'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Links open outside Ruche without handing it the page (window.opener) or vouching for the target.
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
    input: (tagName, attribs) => ({ tagName, attribs: attribs.type === 'checkbox' ? { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) } : {} }),
  },
  disallowedTagsMode: 'discard',
};

/** Safe HTML for a markdown text (already length-checked by the caller). */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  const html = markdown.parse(source, { async: false });
  return sanitizeHtml(html, SANITIZE).trim();
}
