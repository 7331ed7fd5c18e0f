import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFeedItem } from '../pipeline/contracts';
import { FeedParseError, MAX_FEED_BYTES, MAX_FEED_ENTRIES, parseFeed } from './parse-feed';
import { MAX_XML_DEPTH } from './xml-tree';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '__fixtures__', name));
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
const at = (iso: string): Date => new Date(iso);

function parseError(body: Buffer | string, opts = {}): FeedParseError {
  try {
    parseFeed(Buffer.isBuffer(body) ? body : Buffer.from(body), opts);
  } catch (e) {
    if (e instanceof FeedParseError) return e;
    throw e;
  }
  throw new Error('parsed without an error');
}

describe('parseFeed: formats', () => {
  it('reads RSS 0.91 with its DOCTYPE and HTML entities, resolving relative links against the channel link', () => {
    expect(parseFeed(fixture('rss-091.xml'))).toEqual({
      title: 'Le Journal de l’Éclairage'.replace('’', "'"),
      link: 'https://eclairage.example/',
      items: [
        item({ title: 'Maison Lumière ouvre une usine à Lyon', link: 'https://eclairage.example/2026/11/usine-lyon', summary: 'La nouvelle usine produira 2\u00a0millions d’ampoules par an.' }),
        item({ title: 'Clairvoy & Orange : un partenariat ?', link: 'https://eclairage.example/2026/11/clairvoy-orange', summary: 'Rumeurs de rapprochement.' }),
      ],
      refused: [],
    });
  });

  it('reads RSS 0.92: an item with only an escaped-HTML description, categories', () => {
    expect(parseFeed(fixture('rss-092.xml'))).toEqual({
      title: 'Home Energy Notes',
      link: 'http://notes.example/',
      items: [
        item({ summary: '<p>Solaris batteries spotted at the <b>Paris</b> fair.</p>', categories: ['energy'] }),
        item({ title: 'Lumi Home price cut', link: 'http://notes.example/lumi-price', categories: ['lighting', 'prices'] }),
      ],
      refused: [],
    });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core and content:encoded', () => {
    expect(parseFeed(fixture('rss-10.rdf'))).toEqual({
      title: 'Veille énergie',
      link: 'https://veille.example/',
      items: [
        item({
          id: 'https://veille.example/a/1',
          title: 'Solaris obtient la certification NF',
          link: 'https://veille.example/a/1',
          published: at('2026-11-03T08:15:00.000Z'),
          summary: 'La batterie de Maison Lumière est certifiée.',
          content: '<p>La batterie <strong>Solaris</strong> de Maison Lumière est certifiée NF.</p><script>track()</script>',
          authors: ['Claire Martin', 'Paul Durand'],
          categories: ['Énergie'],
        }),
        // rdf:about gives the id and, being a web URL, the link when there is no <link>.
        item({ id: 'https://veille.example/a/2', title: 'Orange déploie la fibre dans le Jura', link: 'https://veille.example/a/2', published: at('2026-11-04T00:00:00.000Z'), authors: ['Service presse'] }),
      ],
      refused: [],
    });
  });

  it('reads RSS 2.0: guid, permalink guid as link, author strings, named zones, content:encoded', () => {
    expect(parseFeed(fixture('rss-20.xml'))).toEqual({
      title: 'Tech & Home Daily',
      link: 'https://techhome.example/news/',
      items: [
        item({
          id: 'th-2026-1102-01',
          title: 'Maison Lumière unveils Lumi Home 2',
          link: 'https://techhome.example/news/articles/lumi-home-2?utm_source=rss&id=7',
          published: at('2026-11-02T10:03:00.000Z'),
          summary: 'The new hub controls lights <em>and</em> heating.',
          content: '<p>The new hub controls lights <em>and</em> heating.</p><p>It ships in March.</p>',
          authors: ['Jane Doe'],
          categories: ['Lighting', 'Smart home'],
        }),
        item({
          id: 'https://techhome.example/news/orange-shops',
          title: 'Orange to close 40 shops',
          link: 'https://techhome.example/news/orange-shops',
          published: at('2026-11-03T07:30:00.000Z'),
          summary: 'The operator is moving sales online.',
          authors: ['Sam Lee'],
        }),
        item({ title: 'Clairvoy recalls a desk lamp', link: 'https://techhome.example/news/clairvoy-recall', published: at('2026-11-04T22:45:00.000Z'), authors: ['Newsdesk'] }),
      ],
      refused: [],
    });
  });

  it('reads Atom 1.0: xml:base (nested), html title, xhtml content, author inherited from the feed', () => {
    expect(parseFeed(fixture('atom-10.xml'))).toEqual({
      title: 'Le blog Lumière',
      link: 'https://blog.example/fr/',
      items: [
        item({
          id: 'tag:blog.example,2026:1',
          title: 'Nos ampoules passent au recyclé',
          link: 'https://blog.example/fr/billets/recycle',
          published: at('2026-11-05T07:00:00.000Z'),
          updated: at('2026-11-05T08:30:00.250Z'),
          summary: 'Des culots en aluminium recyclé.',
          content: '<p>Des culots en <b>aluminium</b> recyclé &amp; du verre.</p>',
          authors: ['Équipe Lumière'],
          categories: ['rse'],
        }),
        item({
          id: 'tag:blog.example,2026:2',
          title: 'Invité : un regard extérieur',
          link: 'https://autre.example/invite/1',
          updated: at('2026-11-06T10:00:00.000Z'),
          content: '<p>Texte <i>invité</i>.</p>',
          authors: ['Marc Invité'],
        }),
      ],
      refused: [],
    });
  });

  it('reads Atom 0.3: issued/modified, escaped and base64 content modes', () => {
    expect(parseFeed(fixture('atom-03.xml'))).toEqual({
      title: 'Old Atom Feed',
      link: 'http://old.example/',
      items: [
        item({
          id: 'tag:old.example,2026:5g',
          title: 'Orange and the 5G auction',
          link: 'http://old.example/2026/11/5g',
          published: at('2026-11-06T07:00:00.000Z'),
          updated: at('2026-11-06T11:00:00.000Z'),
          summary: 'Bids are in.',
          content: '<p>Bids are <b>in</b>.</p>',
          authors: ['Old Writer'],
        }),
        item({ id: 'tag:old.example,2026:b64', title: 'Encoded body', link: 'http://old.example/2026/11/b64', published: at('2026-11-07T09:00:00.000Z'), content: '<p>Lumi Home rocks</p>', authors: ['Old Writer'] }),
      ],
      refused: [],
    });
  });

  it('uses media:* for title, description and authors only when the item has none of its own', () => {
    const feed = parseFeed(fixture('media-rss.xml'));
    expect(feed.items).toEqual([
      item({ id: 'https://tv.example/v/1', title: 'Installing Solaris in 5 minutes', link: 'https://tv.example/v/1', summary: 'A step-by-step video.', authors: ['Lumière Studio'] }),
      item({ title: 'Real title', link: 'https://tv.example/v/2', summary: 'Description from media:content', authors: ['Camera Crew'] }),
    ]);
  });

  it('resolves relative links against the document URL when there is no xml:base nor absolute feed link', () => {
    const feed = parseFeed(Buffer.from('<rss><channel><title>T</title><link>/</link><item><title>a</title><link>post/1</link></item></channel></rss>'), { baseUrl: 'https://ex.example/feeds/rss.xml' });
    expect(feed.link).toBe('https://ex.example/');
    expect(feed.items[0].link).toBe('https://ex.example/post/1');
    // Nothing to resolve against: kept as found, normalisation decides.
    expect(parseFeed(Buffer.from('<rss><channel><item><title>a</title><link>post/1</link></item></channel></rss>')).items[0].link).toBe('post/1');
  });
});

describe('parseFeed: encodings', () => {
  const firstTitles = (name: string, contentType?: string): [string | null, string | null] => {
    const feed = parseFeed(fixture(name), { contentType });
    return [feed.title, feed.items[0].title];
  };

  it('decodes an ISO-8859-1 declaration as windows-1252 (as browsers do: 0x92 is ’)', () => {
    expect(firstTitles('iso-8859-1.xml')).toEqual(['Café crème', 'Noël à Orléans : l’éclairage de Maison Lumière']);
    expect(parseFeed(fixture('iso-8859-1.xml')).items[0].summary).toBe('Prix : 12 €');
  });

  it('decodes windows-1252 curly quotes, euro sign, no-break spaces (a title\'s white space is collapsed) and ellipsis', () => {
    expect(firstTitles('windows-1252.xml')).toEqual(['Revue de presse', '“Solaris” coûte 5 990 €…']);
    expect(parseFeed(fixture('windows-1252.xml')).items[0].summary).toBe('À ce prix-là, c’est cher.');
  });

  it('decodes UTF-16 LE and BE by their BOM', () => {
    expect(firstTitles('utf-16le-bom.xml')).toEqual(['Ünïcode 16 — ☀', 'Solaris ☀ arrive en Suisse']);
    expect(firstTitles('utf-16be-bom.xml')).toEqual(['Ünïcode 16 — ☀', 'Solaris ☀ arrive en Suisse']);
  });

  it('lets a UTF-8 BOM win over a wrong declaration', () => {
    expect(firstTitles('utf-8-bom.xml')).toEqual(['Déclaration fausse, BOM juste', 'Ça marche : « Lumi Home »']);
  });

  it('reads a document declared UTF-8 but written in Latin-1 as windows-1252', () => {
    expect(firstTitles('mislabelled-utf8.xml')).toEqual(['Été à Orléans', 'Une fenêtre sur la forêt']);
  });

  it('takes the HTTP charset when the document declares none (ISO-8859-15: 0xA4 is €)', () => {
    expect(firstTitles('http-charset.xml', 'application/rss+xml; charset=ISO-8859-15')).toEqual(['Prix en €', 'Lumi Home à 49 €']);
  });

  it('keeps the rest of a document with invalid UTF-8 bytes (U+FFFD in their place)', () => {
    const body = Buffer.concat([Buffer.from('<rss><channel><title>Été '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' ok</title><item><title>après</title></item></channel></rss>')]);
    const feed = parseFeed(body);
    expect(feed.title).toBe('Été \ufffd\ufffd\ufffd ok');
    expect(feed.items[0].title).toBe('après');
  });
});

describe('parseFeed: broken and hostile markup', () => {
  it('reads a feed with junk before the root, bare &, HTML entities, unclosed tags, CDATA and mixed-case tags', () => {
    expect(parseFeed(fixture('broken-markup.xml'))).toEqual({
      title: 'Actus & Co – Lumière',
      link: 'https://broken.example/',
      items: [
        item({
          title: 'Maison Lumière : résultats & perspectives',
          link: 'https://broken.example/resultats?a=1&b=2',
          published: at('2026-11-02T13:00:00.000Z'),
          summary: 'Chiffre d\'affaires en hausse de 12 % & marge stable.',
        }),
        item({ title: 'Orange : <b>panne</b> & excuses', link: 'https://broken.example/orange-panne', summary: 'Une panne <b>géante hier soir.</b>' }),
        item({ title: 'Clairvoy — nouvelle gamme', link: 'https://broken.example/clairvoy' }),
      ],
      refused: [],
    });
  });

  it('never expands DOCTYPE entities (billion laughs, external entities)', () => {
    const feed = parseFeed(fixture('billion-laughs.xml'));
    expect(feed.title).toBe('&lol9;');
    expect(feed.items).toEqual([item({ title: '&xxe;', link: 'https://laughs.example/1' })]);
  });

  it('survives nesting far deeper than any feed (its tags flattened past the depth limit)', () => {
    const depth = MAX_XML_DEPTH * 50;
    const body = `<rss><channel><item><title>deep</title><description>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</description></item><item><title>next</title></item></channel></rss>`;
    const feed = parseFeed(Buffer.from(body));
    expect(feed.items.map((i) => i.title)).toEqual(['deep', 'next']);
  });

  it('does not take a <media:title> for the title, nor an item left open for the next one', () => {
    const feed = parseFeed(Buffer.from('<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><media:title>M</media:title><title>One<link>http://a.example/1</link><item><title>Two</title></item></channel></rss>'));
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      ['One', 'http://a.example/1'],
      ['Two', null],
    ]);
  });
});

describe('parseFeed: limits and refusals', () => {
  it('refuses entries over a field limit, or with nothing to show, keeping the rest', () => {
    const feed = parseFeed(fixture('huge-entry.xml'));
    expect(feed.items).toEqual([item({ title: 'Fine entry', link: 'https://huge.example/2' })]);
    expect(feed.refused).toEqual([
      { index: 0, reason: 'title is 2,399 characters long, over the 2,000 limit' },
      { index: 2, reason: '60 authors, over the 50 limit' },
    ]);
  });

  it('refuses entries without title, link or content', () => {
    const feed = parseFeed(fixture('missing-fields.xml'));
    expect(feed.items).toEqual([item({ link: 'https://gaps.example/only-link' }), item({ summary: 'Only a description, like a social post about Lumi Home.' })]);
    expect(feed.refused).toEqual([
      { index: 0, reason: 'no title, link or content' },
      { index: 2, reason: 'no title, link or content' },
      { index: 3, reason: 'no title, link or content' },
    ]);
  });

  it('keeps the first 1,000 entries and refuses the others one by one', () => {
    const items = Array.from({ length: MAX_FEED_ENTRIES + 3 }, (_, i) => `<item><title>n${i}</title></item>`).join('');
    const feed = parseFeed(Buffer.from(`<rss><channel>${items}</channel></rss>`));
    expect(feed.items).toHaveLength(MAX_FEED_ENTRIES);
    expect(feed.items[MAX_FEED_ENTRIES - 1].title).toBe(`n${MAX_FEED_ENTRIES - 1}`);
    expect(feed.refused).toEqual([1000, 1001, 1002].map((index) => ({ index, reason: 'over the 1,000 entries limit' })));
  });

  it('refuses an entry whose content is over its limit', () => {
    const big = 'x'.repeat(500_001);
    const feed = parseFeed(Buffer.from(`<rss><channel><item><title>big</title><description><![CDATA[${big}]]></description></item></channel></rss>`));
    expect(feed.items).toEqual([]);
    expect(feed.refused).toEqual([{ index: 0, reason: 'summary is 500,001 characters long, over the 100,000 limit' }]);
  });

  it('refuses a document over the size limit before reading it', () => {
    const e = parseError(Buffer.alloc(MAX_FEED_BYTES + 1, 0x20));
    expect(e.reason).toBe('too_large');
    expect(e.message).toBe('document is 5,242,881 bytes, over the 5,242,880 bytes limit');
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty', 'document is empty'],
    ['blank', Buffer.from(' \n\t '), 'empty', 'document is empty'],
    ['plain text', Buffer.from('just some text, no markup'), 'not_xml', 'not XML: no element found'],
    ['random bytes', fixture('garbage.bin'), 'not_xml', 'binary data, not a feed (nor any text)'],
    ['an HTML page', fixture('not-a-feed.html'), 'html_page', 'an HTML page, not a feed (look for its <link rel="alternate" type="application/rss+xml">)'],
    ['another XML document', fixture('not-a-feed.xml'), 'not_a_feed', 'not a feed: the root element is <note>, not <rss>, <rdf:RDF> or <feed>'],
    ['JSON', Buffer.from('{"items": [{"title": "<b>x</b>"}]}'), 'not_a_feed', 'not a feed: the root element is <b>, not <rss>, <rdf:RDF> or <feed>'],
    ['an RDF document that is no RSS', Buffer.from('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>'), 'not_a_feed', 'not a feed: the root element is <rdf>, not <rss>, <rdf:RDF> or <feed>'],
  ])('throws a FeedParseError for %s', (_name, body, reason, message) => {
    const e = parseError(body);
    expect(e.reason).toBe(reason);
    expect(e.message).toBe(message);
  });

  it('reads an empty but valid feed as a feed with no items', () => {
    expect(parseFeed(Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing yet</title></feed>'))).toEqual({ title: 'Nothing yet', link: null, items: [], refused: [] });
  });
});
