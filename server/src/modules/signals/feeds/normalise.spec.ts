import type { ParsedFeedItem } from '../pipeline/contracts';
import { canonicalUrl, draftFromJson, FUTURE_TOLERANCE_MS, MAX_JSON_ITEM_BYTES, MAX_TEXT_CHARS, toSignalDraft, type DraftResult } from './normalise';
import { storyFingerprint } from './simhash';

const now = new Date('2026-11-08T12:00:00.000Z');
const item = (fields: Partial<ParsedFeedItem>): ParsedFeedItem => ({
  id: null,
  title: null,
  link: null,
  published: null,
  updated: null,
  summary: null,
  content: null,
  authors: [],
  categories: [],
  ...fields,
});
const draftOf = (r: DraftResult) => {
  if (!('draft' in r)) throw new Error(`refused: ${r.refused}`);
  return r.draft;
};
const refusalOf = (r: DraftResult): string => {
  if (!('refused' in r)) throw new Error('not refused');
  return r.refused;
};

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://News.Example.COM:443/a/b?utm_source=rss&b=2&a=1#comments', 'https://news.example.com/a/b?a=1&b=2'],
    ['http://news.example.com:80', 'http://news.example.com/'],
    ['http://news.example.com:8080/x', 'http://news.example.com:8080/x'],
    ['https://user:secret@news.example.com/x', 'https://news.example.com/x'],
    ['https://news.example.com./x', 'https://news.example.com/x'],
    ['https://ex.example/p?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&UTM_Medium=x&igshid=5&msclkid=6', 'https://ex.example/p'],
    ['https://ex.example/p?q=a+b&q=c%20d&z=1', 'https://ex.example/p?q=a+b&q=c%20d&z=1'],
    ['https://ex.example/p?b=1&a=2&b=0', 'https://ex.example/p?a=2&b=1&b=0'],
    ['https://ex.example/p?&&x=1&', 'https://ex.example/p?x=1'],
    ['https://ex.example/p?', 'https://ex.example/p'],
    ['https://exämple.example/é', 'https://xn--exmple-cua.example/%C3%A9'],
    ['  https://ex.example/  ', 'https://ex.example/'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  it('resolves a relative URL against a base', () => {
    expect(canonicalUrl('../b?utm_campaign=x', 'https://ex.example/a/c/')).toBe('https://ex.example/a/b');
  });

  it.each(['', 'not a url', '/relative/only', 'ftp://ex.example/f', 'javascript:alert(1)', 'data:text/html,<script>', 'mailto:a@b.example', 'file:///etc/passwd', `https://ex.example/${'a'.repeat(5000)}`])(
    'gives null for %j',
    (raw) => {
      expect(canonicalUrl(raw)).toBeNull();
    },
  );
});

describe('toSignalDraft', () => {
  it('strips markup (scripts and styles with their content), decodes entities, collapses white space', () => {
    const d = draftOf(
      toSignalDraft(
        item({
          id: ' guid-1 ',
          title: 'Maison Lumi&egrave;re &amp; <b>Solaris</b>',
          link: 'https://ex.example/a?utm_source=x#top',
          content: '<p>Premier&nbsp;paragraphe.</p><script>alert("x")</script><style>p{}</style><p>Second</p><br>fin &lt;3',
          summary: 'ignored when there is content',
          published: new Date('2026-11-02T10:03:00+01:00'),
          authors: ['<i>Claire</i>', 'claire', ' '],
          categories: ['Énergie', 'énergie', 'Prix'],
        }),
        { now },
      ),
    );
    expect(d).toEqual({
      externalId: 'guid-1',
      url: 'https://ex.example/a',
      title: 'Maison Lumière & Solaris',
      text: 'Premier paragraphe. Second fin <3',
      publishedAt: new Date('2026-11-02T09:03:00.000Z'),
      authors: ['Claire'],
      categories: ['Énergie', 'Prix'],
      fingerprint: storyFingerprint('Maison Lumière & Solaris', 'Premier paragraphe. Second fin <3'),
    });
  });

  it('takes the summary when there is no content, and resolves a relative link against the base URL', () => {
    const d = draftOf(toSignalDraft(item({ title: 'T', link: 'post/1', summary: '<p>Résumé</p>' }), { baseUrl: 'https://ex.example/blog/', now }));
    expect([d.text, d.url]).toEqual(['Résumé', 'https://ex.example/blog/post/1']);
  });

  it('dates: published, else updated, else now; future beyond the tolerance clamped to now', () => {
    const at = (fields: Partial<ParsedFeedItem>) => draftOf(toSignalDraft(item({ title: 'T', ...fields }), { now })).publishedAt.toISOString();
    expect(at({ published: new Date('2026-11-01T00:00:00Z'), updated: new Date('2026-11-05T00:00:00Z') })).toBe('2026-11-01T00:00:00.000Z');
    expect(at({ updated: new Date('2026-11-05T00:00:00Z') })).toBe('2026-11-05T00:00:00.000Z');
    expect(at({})).toBe(now.toISOString());
    expect(at({ published: new Date(now.getTime() + FUTURE_TOLERANCE_MS) })).toBe(new Date(now.getTime() + FUTURE_TOLERANCE_MS).toISOString());
    expect(at({ published: new Date(now.getTime() + FUTURE_TOLERANCE_MS + 1) })).toBe(now.toISOString());
    expect(at({ published: new Date('2099-01-01T00:00:00Z') })).toBe(now.toISOString());
    expect(at({ published: new Date(Number.NaN) })).toBe(now.toISOString());
  });

  it('derives the external id from canonical URL and title when the item has no id', () => {
    const a = draftOf(toSignalDraft(item({ title: 'Same', link: 'https://ex.example/a?utm_source=1' }), { now }));
    const b = draftOf(toSignalDraft(item({ title: 'Same', link: 'https://EX.example/a#x' }), { now }));
    const c = draftOf(toSignalDraft(item({ title: 'Other', link: 'https://ex.example/a' }), { now }));
    expect(a.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.externalId).toBe(b.externalId);
    expect(a.externalId).not.toBe(c.externalId);
  });

  it('makes a title from the text when there is none, and drops a non-http link', () => {
    const text = 'Le service client de Lumi Home ne répond plus depuis ce matin, trois heures d’attente au téléphone et aucune réponse par courriel, vraiment décevant pour une marque pareille.';
    const d = draftOf(toSignalDraft(item({ summary: text, link: 'javascript:alert(1)' }), { now }));
    expect(d.title).toBe('Le service client de Lumi Home ne répond plus depuis ce matin, trois heures d’attente au téléphone et aucune réponse par courriel,…');
    expect(d.title.length).toBeLessThanOrEqual(140);
    expect(d.url).toBeNull();
  });

  it('cuts a very long text at a word', () => {
    const d = draftOf(toSignalDraft(item({ title: 'Long', content: 'mot '.repeat(10_000) }), { now }));
    expect(d.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(d.text.endsWith('mot…')).toBe(true);
  });

  it('refuses an item with neither title nor text once markup is gone', () => {
    expect(refusalOf(toSignalDraft(item({ link: 'https://ex.example/only-link' }), { now }))).toBe('no title and no text once markup is removed');
    expect(refusalOf(toSignalDraft(item({ title: '<img src=x>', content: '<script>x()</script>&nbsp;' }), { now }))).toBe('no title and no text once markup is removed');
  });
});

describe('draftFromJson', () => {
  it('builds a draft from a valid item, ignoring unknown fields', () => {
    const d = draftOf(
      draftFromJson(
        { id: 42, title: 'Appel client', url: 'https://crm.example/t/42?utm_medium=x', text: 'Panne <b>Solaris</b> signalée', published: '2026-11-03T08:00:00+01:00', authors: ['Centre', { name: 'Agent 7' }], categories: ['sav'], extra: { any: 1 } },
        { now },
      ),
    );
    expect(d).toMatchObject({ externalId: '42', url: 'https://crm.example/t/42', title: 'Appel client', text: 'Panne Solaris signalée', publishedAt: new Date('2026-11-03T07:00:00.000Z'), authors: ['Centre', 'Agent 7'], categories: ['sav'] });
  });

  it('accepts content or summary in place of text', () => {
    expect(draftOf(draftFromJson({ title: 'a', content: 'c' }, { now })).text).toBe('c');
    expect(draftOf(draftFromJson({ title: 'a', summary: 's' }, { now })).text).toBe('s');
  });

  it.each([
    [null, 'item: must be a JSON object, not null'],
    [[1, 2], 'item: must be a JSON object, not an array'],
    ['text', 'item: must be a JSON object, not string'],
    [{}, 'title: required; text: required, not empty (or content or summary)'],
    [{ title: 'a', text: '   ' }, 'text: required, not empty (or content or summary)'],
    [{ title: 7, text: ['x'], url: 'ftp://x', published: 'yesterday' }, 'title: must be a string, not number; text: must be a string, not an array; url: not an absolute http(s) URL; published: not an ISO 8601 or RFC 822 date'],
    [{ title: '<br>', text: 'x' }, 'title: empty'],
    [{ title: 'a', text: 'x', id: { $ne: 1 } }, 'id: must be a string, not object'],
    [{ title: 'a', text: 'x', authors: 'me' }, 'authors: must be an array of strings'],
    [{ title: 'a', text: 'x', authors: [1] }, 'authors[0]: must be a string'],
    [{ title: 'a', text: 'x', categories: Array(101).fill('c') }, 'categories: 101 entries, over the 100 limit'],
    [{ title: 'x'.repeat(2001), text: 'x' }, 'title: 2,001 characters, over the 2,000 limit'],
    [{ title: 'a', text: 'x', published: 1730000000000 }, 'published: must be a string, not number'],
  ])('refuses %j with per-field reasons', (obj, reason) => {
    expect(refusalOf(draftFromJson(obj, { now }))).toBe(reason);
  });

  it('refuses an item over the size cap before looking at its fields', () => {
    expect(refusalOf(draftFromJson({ title: 'a', text: 'x'.repeat(MAX_JSON_ITEM_BYTES) }, { now }))).toBe('item: 1,048,599 bytes, over the 1,048,576 bytes limit');
  });

  it('refuses what cannot be serialised instead of throwing', () => {
    const circular: Record<string, unknown> = { title: 'a', text: 'b' };
    circular.self = circular;
    expect(refusalOf(draftFromJson(circular, { now }))).toBe('item: cannot be serialised (circular or BigInt value)');
    expect(refusalOf(draftFromJson({ title: 'a', text: 'b', n: 1n }, { now }))).toBe('item: cannot be serialised (circular or BigInt value)');
  });

  it('dates a future published value to now, and a missing one to now', () => {
    expect(draftOf(draftFromJson({ title: 'a', text: 'b', published: '2030-01-01T00:00:00Z' }, { now })).publishedAt).toEqual(now);
    expect(draftOf(draftFromJson({ title: 'a', text: 'b' }, { now })).publishedAt).toEqual(now);
  });
});
