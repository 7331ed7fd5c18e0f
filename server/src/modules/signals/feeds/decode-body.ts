import * as iconv from 'iconv-lite';

/** Where the encoding used came from (tests and the source log say which rule decided). */
export type EncodingSource = 'bom' | 'http' | 'declaration' | 'sniffed' | 'default' | 'corrected';

export interface DecodedBody {
  text: string;
  /** the iconv-lite name used, e.g. "utf-8", "windows-1252", "utf-16le" */
  encoding: string;
  source: EncodingSource;
}

/**
 * Labels the WHATWG Encoding Standard maps to windows-1252: browsers decode "ISO-8859-1" and "ASCII" as
 * windows-1252, whose 0x80–0x9F bytes are the curly quotes, € and … that such feeds really contain (as
 * ISO-8859-1 they would be invisible C1 controls).
 */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'cp819', 'ibm819', 'us-ascii', 'ascii', 'iso-ir-100', 'x-cp1252', 'cp1252', 'windows-1252']);

/** The first bytes looked at for a BOM-less UTF-16 document and for the XML declaration. */
const DECLARATION_WINDOW = 1024;

function normaliseLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (WINDOWS_1252_LABELS.has(l)) return 'windows-1252';
  if (l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  // "utf-16" without a BOM is little-endian for browsers (WHATWG); with a BOM the BOM decides anyway.
  if (l === 'utf-16' || l === 'unicode' || l === 'ucs-2') return 'utf-16le';
  return iconv.encodingExists(l) ? l : null;
}

function bom(body: Buffer): { encoding: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe && body[2] === 0 && body[3] === 0) return { encoding: 'utf-32le', length: 4 };
  if (body[0] === 0 && body[1] === 0 && body[2] === 0xfe && body[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows as an ASCII "<" (or white space) next to a zero byte (XML 1.0, appendix F). */
function sniffUtf16(body: Buffer): string | null {
  if (body.length < 4) return null;
  if (body[0] !== 0 && body[1] === 0 && body[2] !== 0 && body[3] === 0) return 'utf-16le';
  if (body[0] === 0 && body[1] !== 0 && body[2] === 0 && body[3] !== 0) return 'utf-16be';
  return null;
}

function httpCharset(contentType: string | undefined): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return m ? normaliseLabel(m[1]) : null;
}

function declaredCharset(body: Buffer): string | null {
  // The declaration is ASCII in every ASCII-compatible encoding; latin1 reads any byte without failing.
  const head = body.subarray(0, DECLARATION_WINDOW).toString('latin1');
  const m = /<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']{1,40})["']/i.exec(head);
  return m ? normaliseLabel(m[1]) : null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are valid UTF-8, and whether they hold any multi-byte sequence (pure ASCII proves nothing). */
function utf8Shape(body: Buffer): { valid: boolean; multibyte: boolean; validSequences: number } {
  let multibyte = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] >= 0x80) {
      multibyte = true;
      break;
    }
  }
  if (!multibyte) return { valid: true, multibyte: false, validSequences: 0 };
  try {
    strictUtf8.decode(body);
    return { valid: true, multibyte: true, validSequences: 1 };
  } catch {
    // Count well-formed 2–4 byte sequences: a UTF-8 text with one broken byte still has many of them,
    // a windows-1252 text has almost none (é alone is 0xE9, never followed by a continuation byte).
    const matches = body.toString('latin1').match(/[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/g);
    return { valid: false, multibyte: true, validSequences: matches ? matches.length : 0 };
  }
}

const SINGLE_BYTE = /^(windows-|iso-8859-|iso8859|cp|koi8|mac)/;

/**
 * Decodes a feed's bytes to text. Order (XML 1.0 appendix F, RFC 7303, and what browsers do): a BOM wins,
 * then the HTTP charset, then the XML declaration, then UTF-16 sniffing, else UTF-8. Two corrections for
 * the mislabelling seen in the wild: a document labelled with a single-byte charset that is valid UTF-8
 * with multi-byte sequences is UTF-8 (servers default text/xml to ISO-8859-1; real windows-1252 text is
 * almost never valid UTF-8), and a document labelled (or defaulted to) UTF-8 without a single well-formed
 * multi-byte sequence but with invalid bytes is windows-1252. Invalid sequences never abort: they become
 * U+FFFD and the rest of the document is kept.
 */
export function decodeBody(body: Buffer, contentType?: string): DecodedBody {
  const b = bom(body);
  if (b) return { text: iconv.decode(body.subarray(b.length), b.encoding), encoding: b.encoding, source: 'bom' };

  const sniffed16 = sniffUtf16(body);
  let encoding: string;
  let source: EncodingSource;
  const fromHttp = httpCharset(contentType);
  const fromDecl = sniffed16 ? null : declaredCharset(body);
  if (fromHttp) [encoding, source] = [fromHttp, 'http'];
  else if (fromDecl) [encoding, source] = [fromDecl, 'declaration'];
  else if (sniffed16) [encoding, source] = [sniffed16, 'sniffed'];
  else [encoding, source] = ['utf-8', 'default'];

  // A UTF-16 label on bytes that are not UTF-16 (or the reverse) is a mislabel: the bytes decide.
  const labelled16 = encoding.startsWith('utf-16') || encoding.startsWith('utf-32');
  if (sniffed16 && !labelled16) [encoding, source] = [sniffed16, 'corrected'];
  else if (!sniffed16 && labelled16) [encoding, source] = ['utf-8', 'corrected'];

  if (encoding === 'utf-8' || SINGLE_BYTE.test(encoding)) {
    const shape = utf8Shape(body);
    if (encoding !== 'utf-8' && shape.valid && shape.multibyte) [encoding, source] = ['utf-8', 'corrected'];
    else if (encoding === 'utf-8' && !shape.valid && shape.validSequences === 0) [encoding, source] = ['windows-1252', 'corrected'];
  }
  return { text: iconv.decode(body, encoding, { stripBOM: true }), encoding, source };
}
