import type { WatchTermDefinition } from '../pipeline/contracts';
import { foldedWords } from './text-normalise';

/**
 * The watchlist query language. A query is matched on the words of a text, accent- and case-insensitive
 * (see text-normalise.ts: "l'Orange" holds the word "orange", "orangeade" does not):
 *
 *   orange                 the word (also: orange* for any word starting with "orange")
 *   "orange business"      the words in a row (a hyphenated or elided word, lumi-home, is a phrase too)
 *   a b  /  a AND b        both (AND is implicit between neighbours)
 *   a OR b                 either; AND binds tighter than OR: a b OR c = (a b) OR c
 *   NOT a  /  -a           a is absent
 *   a NEAR/5 b             a and b with at most 5 words between them, either order; operands are words, phrases or
 *                          parenthesised ORs of them
 *   ( … )                  grouping
 *   @lumi                  the query of the term whose id is "lumi" (an alias shared between terms)
 *
 * A query must require at least one word: "NOT fruit" alone would match nearly every item. Operators are
 * upper case so that "or" and "not" in lower case stay searchable words.
 *
 * Matching hundreds of terms per item stays cheap: each compiled query knows a set of words of which at
 * least one must be in the text ("anchors"); an inverted index from anchor to terms picks the few
 * candidate terms of an item and only those are evaluated.
 */

export type WatchQueryErrorCode =
  | 'WATCH_QUERY_SYNTAX'
  | 'WATCH_QUERY_TOO_LONG'
  | 'WATCH_QUERY_TOO_COMPLEX'
  | 'WATCH_QUERY_NO_POSITIVE'
  | 'WATCH_QUERY_UNKNOWN_ALIAS'
  | 'WATCH_QUERY_ALIAS_CYCLE'
  | 'WATCH_TERMS_TOO_MANY'
  | 'WATCH_TERM_INVALID';

/** A watch term that cannot be compiled: a stable code, the term, and the 0-based position in its query. */
export class WatchQueryError extends Error {
  constructor(
    readonly code: WatchQueryErrorCode,
    message: string,
    readonly termId: string | null,
    readonly position: number | null,
  ) {
    super(message);
    this.name = 'WatchQueryError';
  }
}

/** Limits: a query is typed by a person; these stop pasted garbage and pathological nesting. */
export const WATCH_QUERY_LIMITS = {
  maxQueryChars: 1_000,
  maxTerms: 2_000,
  maxNodesPerQuery: 200,
  maxDepth: 20,
  maxPhraseWords: 12,
  maxNearDistance: 50,
  maxIdChars: 100,
  /** words of a text examined for matching: the start of a long article is where the subject is named */
  maxTextWords: 20_000,
} as const;

type Node =
  | { kind: 'word'; word: string; prefix: boolean }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'and'; children: Node[] }
  | { kind: 'or'; children: Node[] }
  | { kind: 'not'; child: Node }
  | { kind: 'near'; left: Node; right: Node; distance: number };

export interface CompiledWatchTerm {
  readonly id: string;
  readonly label: string;
  readonly query: string;
  readonly root: Node;
}

export interface CompiledWatchTerms {
  readonly terms: readonly CompiledWatchTerm[];
  /** anchor word → indexes of the terms that need it (or another of their anchors) */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** anchor prefixes (orange*) → indexes of terms */
  readonly byPrefix: readonly { prefix: string; terms: readonly number[] }[];
}

// ---------------------------------------------------------------------------------------------- lexer

type Token =
  | { type: 'word'; text: string; pos: number }
  | { type: 'phrase'; text: string; pos: number }
  | { type: 'alias'; id: string; pos: number }
  | { type: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus'; pos: number }
  | { type: 'near'; distance: number; pos: number };

const WORD_CHAR_RE = /[\p{L}\p{N}'’\-_.*&+]/u;

function lex(query: string, termId: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string, pos: number): never => {
    throw new WatchQueryError('WATCH_QUERY_SYNTAX', `${message} at position ${pos + 1}`, termId, pos);
  };
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ type: c === '(' ? 'lparen' : 'rparen', pos: i });
      i++;
      continue;
    }
    if (c === '"' || c === '“' || c === '”' || c === '«' || c === '»') {
      const close = c === '“' ? '”' : c === '«' ? '»' : c;
      const end = query.indexOf(close, i + 1);
      if (end < 0) fail('Unclosed quote', i);
      tokens.push({ type: 'phrase', text: query.slice(i + 1, end), pos: i });
      i = end + 1;
      continue;
    }
    if (c === '-' && i + 1 < query.length && /[\p{L}\p{N}"“«(@]/u.test(query[i + 1]!)) {
      // "-word" excludes, but only at the start of a word: "lumi-home" is a hyphenated word.
      tokens.push({ type: 'minus', pos: i });
      i++;
      continue;
    }
    if (c === '@') {
      const m = /^@([A-Za-z0-9_.:-]+)/.exec(query.slice(i));
      if (!m) fail('Expected a term id after "@"', i);
      tokens.push({ type: 'alias', id: m![1]!, pos: i });
      i += m![0].length;
      continue;
    }
    if (WORD_CHAR_RE.test(c)) {
      const start = i;
      while (i < query.length && WORD_CHAR_RE.test(query[i]!)) i++;
      // NEAR/5: the slash and distance belong to the operator.
      if (query.slice(start, i) === 'NEAR' && query[i] === '/') {
        i++;
        while (i < query.length && /\d/.test(query[i]!)) i++;
      }
      const text = query.slice(start, i);
      const near = /^NEAR\/(\d+)$/.exec(text);
      if (near) {
        const distance = Number(near[1]);
        if (distance < 1 || distance > WATCH_QUERY_LIMITS.maxNearDistance) {
          fail(`NEAR distance must be between 1 and ${WATCH_QUERY_LIMITS.maxNearDistance}`, start);
        }
        tokens.push({ type: 'near', distance, pos: start });
      } else if (text.startsWith('NEAR/') || text === 'NEAR') fail('NEAR needs a distance, e.g. NEAR/5', start);
      else if (text === 'AND') tokens.push({ type: 'and', pos: start });
      else if (text === 'OR') tokens.push({ type: 'or', pos: start });
      else if (text === 'NOT') tokens.push({ type: 'not', pos: start });
      else tokens.push({ type: 'word', text, pos: start });
      continue;
    }
    fail(`Unexpected character "${c}"`, i);
  }
  return tokens;
}

// --------------------------------------------------------------------------------------------- parser

interface ParseContext {
  termId: string;
  tokens: Token[];
  at: number;
  nodes: number;
  depth: number;
  query: string;
  resolveAlias: (id: string, pos: number) => Node;
}

function syntaxError(ctx: ParseContext, message: string, pos: number): WatchQueryError {
  return new WatchQueryError('WATCH_QUERY_SYNTAX', `${message} at position ${pos + 1}`, ctx.termId, pos);
}

function countNode(ctx: ParseContext, pos: number): void {
  if (++ctx.nodes > WATCH_QUERY_LIMITS.maxNodesPerQuery) {
    throw new WatchQueryError(
      'WATCH_QUERY_TOO_COMPLEX',
      `The query has more than ${WATCH_QUERY_LIMITS.maxNodesPerQuery} words and operators`,
      ctx.termId,
      pos,
    );
  }
}

function parseOr(ctx: ParseContext): Node {
  const children = [parseAnd(ctx)];
  while (ctx.tokens[ctx.at]?.type === 'or') {
    const or = ctx.tokens[ctx.at++]!;
    if (!startsOperand(ctx.tokens[ctx.at])) throw syntaxError(ctx, 'Expected a word after OR', or.pos);
    children.push(parseAnd(ctx));
  }
  return children.length === 1 ? children[0]! : { kind: 'or', children };
}

function startsOperand(t: Token | undefined): boolean {
  return !!t && ['word', 'phrase', 'alias', 'lparen', 'not', 'minus'].includes(t.type);
}

function parseAnd(ctx: ParseContext): Node {
  const children = [parseUnary(ctx)];
  for (;;) {
    const t = ctx.tokens[ctx.at];
    if (t?.type === 'and') {
      ctx.at++;
      if (!startsOperand(ctx.tokens[ctx.at])) throw syntaxError(ctx, 'Expected a word after AND', t.pos);
      children.push(parseUnary(ctx));
    } else if (startsOperand(t)) children.push(parseUnary(ctx));
    else break;
  }
  return children.length === 1 ? children[0]! : { kind: 'and', children };
}

function parseUnary(ctx: ParseContext): Node {
  const t = ctx.tokens[ctx.at];
  if (t?.type === 'not' || t?.type === 'minus') {
    ctx.at++;
    countNode(ctx, t.pos);
    if (!startsOperand(ctx.tokens[ctx.at]) || ctx.tokens[ctx.at]!.type === 'not' || ctx.tokens[ctx.at]!.type === 'minus') {
      throw syntaxError(ctx, `Expected a word after ${t.type === 'not' ? 'NOT' : '"-"'}`, t.pos);
    }
    return { kind: 'not', child: parseNear(ctx) };
  }
  return parseNear(ctx);
}

function parseNear(ctx: ParseContext): Node {
  let left = parsePrimary(ctx);
  while (ctx.tokens[ctx.at]?.type === 'near') {
    const near = ctx.tokens[ctx.at++] as Extract<Token, { type: 'near' }>;
    countNode(ctx, near.pos);
    const next = ctx.tokens[ctx.at];
    if (!next || !['word', 'phrase', 'alias', 'lparen'].includes(next.type)) {
      throw syntaxError(ctx, 'Expected a word, a phrase or a group after NEAR', near.pos);
    }
    const right = parsePrimary(ctx);
    if (!isPositional(left) || !isPositional(right)) {
      throw syntaxError(ctx, 'NEAR joins words, phrases or groups of them joined by OR', near.pos);
    }
    left = { kind: 'near', left, right, distance: near.distance };
  }
  return left;
}

function parsePrimary(ctx: ParseContext): Node {
  const t = ctx.tokens[ctx.at];
  if (!t) throw syntaxError(ctx, 'The query ends too early', ctx.query.length);
  switch (t.type) {
    case 'word':
    case 'phrase': {
      ctx.at++;
      countNode(ctx, t.pos);
      return wordNode(ctx, t.text, t.type === 'phrase', t.pos);
    }
    case 'alias': {
      ctx.at++;
      countNode(ctx, t.pos);
      return ctx.resolveAlias(t.id, t.pos);
    }
    case 'lparen': {
      ctx.at++;
      if (++ctx.depth > WATCH_QUERY_LIMITS.maxDepth) {
        throw new WatchQueryError(
          'WATCH_QUERY_TOO_COMPLEX',
          `Parentheses are nested more than ${WATCH_QUERY_LIMITS.maxDepth} deep`,
          ctx.termId,
          t.pos,
        );
      }
      if (ctx.tokens[ctx.at]?.type === 'rparen') throw syntaxError(ctx, 'Empty parentheses', t.pos);
      const inner = parseOr(ctx);
      if (ctx.tokens[ctx.at]?.type !== 'rparen') throw syntaxError(ctx, 'Unclosed parenthesis', t.pos);
      ctx.at++;
      ctx.depth--;
      return inner;
    }
    case 'rparen':
      throw syntaxError(ctx, 'Unexpected ")"', t.pos);
    case 'or':
    case 'and':
      throw syntaxError(ctx, `${t.type.toUpperCase()} needs a word before it`, t.pos);
    case 'near':
      throw syntaxError(ctx, 'NEAR needs a word before it', t.pos);
    default:
      throw syntaxError(ctx, 'Expected a word', t.pos);
  }
}

function wordNode(ctx: ParseContext, raw: string, quoted: boolean, pos: number): Node {
  const prefix = !quoted && raw.endsWith('*') && raw.length > 1;
  const body = prefix ? raw.slice(0, -1) : raw;
  if (!quoted && body.includes('*')) throw syntaxError(ctx, '"*" may only end a word', pos);
  const words = foldedWords(body);
  if (words.length === 0) throw syntaxError(ctx, quoted ? 'Empty phrase' : `"${raw}" has no letters or digits`, pos);
  if (words.length > WATCH_QUERY_LIMITS.maxPhraseWords) {
    throw new WatchQueryError(
      'WATCH_QUERY_TOO_COMPLEX',
      `A phrase may hold at most ${WATCH_QUERY_LIMITS.maxPhraseWords} words`,
      ctx.termId,
      pos,
    );
  }
  if (prefix && words.length > 1) throw syntaxError(ctx, '"*" ends a single word, not a phrase', pos);
  if (prefix && words[0]!.length < 3) throw syntaxError(ctx, 'A word ending in "*" needs at least 3 letters', pos);
  return words.length === 1 ? { kind: 'word', word: words[0]!, prefix } : { kind: 'phrase', words };
}

function isPositional(node: Node): boolean {
  if (node.kind === 'word' || node.kind === 'phrase' || node.kind === 'near') return true;
  if (node.kind === 'or') return node.children.every(isPositional);
  return false;
}

// ------------------------------------------------------------------------------------------ anchors

interface Anchors {
  words: Set<string>;
  prefixes: Set<string>;
}

/**
 * Words of which at least one must be in a text for the node to match, or null when the node can match
 * without any particular word (NOT x). For AND, any child's anchors are a valid condition: the child
 * with the fewest anchors is the most selective.
 */
function anchorsOf(node: Node): Anchors | null {
  switch (node.kind) {
    case 'word':
      return node.prefix ? { words: new Set(), prefixes: new Set([node.word]) } : { words: new Set([node.word]), prefixes: new Set() };
    case 'phrase': {
      // The longest word of the phrase is usually the rarest.
      const longest = node.words.reduce((a, b) => (b.length > a.length ? b : a));
      return { words: new Set([longest]), prefixes: new Set() };
    }
    case 'near':
      return pickSmallest([anchorsOf(node.left), anchorsOf(node.right)]);
    case 'and':
      return pickSmallest(node.children.map(anchorsOf));
    case 'or': {
      const all: Anchors = { words: new Set(), prefixes: new Set() };
      for (const child of node.children) {
        const a = anchorsOf(child);
        if (!a) return null;
        a.words.forEach((w) => all.words.add(w));
        a.prefixes.forEach((p) => all.prefixes.add(p));
      }
      return all;
    }
    case 'not':
      return null;
  }
}

function pickSmallest(options: (Anchors | null)[]): Anchors | null {
  let best: Anchors | null = null;
  for (const a of options) {
    if (a && (!best || a.words.size + a.prefixes.size * 4 < best.words.size + best.prefixes.size * 4)) best = a;
  }
  return best;
}

// ------------------------------------------------------------------------------------------ compile

/** Compiles every term once; throws a WatchQueryError naming the term and position of the first fault. */
export function compileWatchTerms(defs: readonly WatchTermDefinition[]): CompiledWatchTerms {
  if (!Array.isArray(defs)) throw new WatchQueryError('WATCH_TERM_INVALID', 'Watch terms must be a list', null, null);
  if (defs.length > WATCH_QUERY_LIMITS.maxTerms) {
    throw new WatchQueryError(
      'WATCH_TERMS_TOO_MANY',
      `At most ${WATCH_QUERY_LIMITS.maxTerms} watch terms can be matched at once (got ${defs.length})`,
      null,
      null,
    );
  }
  const byId = new Map<string, WatchTermDefinition>();
  for (const def of defs) {
    const valid =
      def !== null &&
      typeof def === 'object' &&
      typeof def.id === 'string' &&
      typeof def.label === 'string' &&
      typeof def.query === 'string' &&
      def.id.length > 0 &&
      def.id.length <= WATCH_QUERY_LIMITS.maxIdChars;
    if (!valid) {
      const id = def && typeof def === 'object' && typeof def.id === 'string' ? def.id.slice(0, 100) : null;
      throw new WatchQueryError('WATCH_TERM_INVALID', 'A watch term needs a string id (1-100 characters), label and query', id, null);
    }
    if (byId.has(def.id)) throw new WatchQueryError('WATCH_TERM_INVALID', `Two watch terms have the id "${def.id}"`, def.id, null);
    byId.set(def.id, def);
  }

  const parsed = new Map<string, Node>();
  const parsing = new Set<string>();
  const parseTerm = (def: WatchTermDefinition): Node => {
    const done = parsed.get(def.id);
    if (done) return done;
    if (def.query.length > WATCH_QUERY_LIMITS.maxQueryChars) {
      throw new WatchQueryError(
        'WATCH_QUERY_TOO_LONG',
        `The query is longer than ${WATCH_QUERY_LIMITS.maxQueryChars} characters`,
        def.id,
        WATCH_QUERY_LIMITS.maxQueryChars,
      );
    }
    parsing.add(def.id);
    const ctx: ParseContext = {
      termId: def.id,
      tokens: lex(def.query, def.id),
      at: 0,
      nodes: 0,
      depth: 0,
      query: def.query,
      resolveAlias: (id, pos) => {
        const target = byId.get(id);
        if (!target) throw new WatchQueryError('WATCH_QUERY_UNKNOWN_ALIAS', `No watch term has the id "${id}" (position ${pos + 1})`, def.id, pos);
        if (parsing.has(id)) {
          throw new WatchQueryError('WATCH_QUERY_ALIAS_CYCLE', `"@${id}" refers back to itself (position ${pos + 1})`, def.id, pos);
        }
        return parseTerm(target);
      },
    };
    if (ctx.tokens.length === 0) throw new WatchQueryError('WATCH_QUERY_SYNTAX', 'The query is empty', def.id, 0);
    const root = parseOr(ctx);
    if (ctx.at < ctx.tokens.length) {
      const t = ctx.tokens[ctx.at]!;
      throw syntaxError(ctx, t.type === 'rparen' ? 'Unexpected ")"' : 'Unexpected word', t.pos);
    }
    if (!anchorsOf(root)) {
      throw new WatchQueryError(
        'WATCH_QUERY_NO_POSITIVE',
        'The query must require at least one word; an exclusion alone would match almost everything',
        def.id,
        0,
      );
    }
    parsing.delete(def.id);
    parsed.set(def.id, root);
    return root;
  };

  const terms: CompiledWatchTerm[] = [];
  const byWord = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  for (const def of byId.values()) {
    const root = parseTerm(def);
    const index = terms.push({ id: def.id, label: def.label, query: def.query, root }) - 1;
    const anchors = anchorsOf(root)!;
    for (const w of anchors.words) push(byWord, w, index);
    for (const p of anchors.prefixes) push(byPrefix, p, index);
  }
  return {
    terms,
    byWord,
    byPrefix: [...byPrefix].map(([prefix, idx]) => ({ prefix, terms: idx })),
  };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// -------------------------------------------------------------------------------------------- match

interface Span {
  start: number;
  end: number;
}

/** A text's words with where each occurs, built once per text and shared by every term evaluated. */
class WordIndex {
  readonly positions = new Map<string, number[]>();
  constructor(readonly words: readonly string[]) {
    words.forEach((w, i) => push(this.positions, w, i));
  }

  spans(node: Node): Span[] {
    switch (node.kind) {
      case 'word': {
        if (!node.prefix) return (this.positions.get(node.word) ?? []).map((i) => ({ start: i, end: i }));
        const out: Span[] = [];
        for (const [w, pos] of this.positions) if (w.startsWith(node.word)) pos.forEach((i) => out.push({ start: i, end: i }));
        return out;
      }
      case 'phrase': {
        const out: Span[] = [];
        for (const i of this.positions.get(node.words[0]!) ?? []) {
          if (node.words.every((w, k) => this.words[i + k] === w)) out.push({ start: i, end: i + node.words.length - 1 });
        }
        return out;
      }
      case 'or':
        return node.children.flatMap((c) => this.spans(c));
      case 'near': {
        const left = this.spans(node.left);
        if (left.length === 0) return [];
        const right = this.spans(node.right);
        const out: Span[] = [];
        for (const a of left) {
          for (const b of right) {
            // words strictly between the two spans (overlapping spans have none)
            const between = b.start > a.end ? b.start - a.end - 1 : a.start > b.end ? a.start - b.end - 1 : 0;
            if (between <= node.distance) out.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
          }
        }
        return out;
      }
      default:
        return [];
    }
  }

  test(node: Node): boolean {
    switch (node.kind) {
      case 'word':
        if (!node.prefix) return this.positions.has(node.word);
        for (const w of this.positions.keys()) if (w.startsWith(node.word)) return true;
        return false;
      case 'phrase':
      case 'near':
        return this.spans(node).length > 0;
      case 'and':
        return node.children.every((c) => this.test(c));
      case 'or':
        return node.children.some((c) => this.test(c));
      case 'not':
        return !this.test(node.child);
    }
  }
}

/** The ids of the compiled terms that the text matches, in the order the terms were defined. */
export function matchWatchTerms(text: string, compiled: CompiledWatchTerms): string[] {
  if (typeof text !== 'string' || compiled.terms.length === 0) return [];
  const words = foldedWords(text);
  if (words.length > WATCH_QUERY_LIMITS.maxTextWords) words.length = WATCH_QUERY_LIMITS.maxTextWords;
  const index = new WordIndex(words);
  const candidates = new Set<number>();
  for (const w of index.positions.keys()) compiled.byWord.get(w)?.forEach((i) => candidates.add(i));
  for (const { prefix, terms } of compiled.byPrefix) {
    for (const w of index.positions.keys()) {
      if (w.startsWith(prefix)) {
        terms.forEach((i) => candidates.add(i));
        break;
      }
    }
  }
  return [...candidates]
    .sort((a, b) => a - b)
    .filter((i) => index.test(compiled.terms[i]!.root))
    .map((i) => compiled.terms[i]!.id);
}
