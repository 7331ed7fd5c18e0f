import * as iconv from 'iconv-lite';
import { decodeBody } from './decode-body';

const xml = (encoding: string, body: string): string => `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${body}</title></channel></rss>`;
const titleOf = (text: string): string => /<title>(.*)<\/title>/s.exec(text)?.[1] ?? '';

describe('decodeBody', () => {
  it('takes the BOM first, over the HTTP charset and the declaration', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml('ISO-8859-1', 'Été'), 'utf-16le')]);
    const d = decodeBody(body, 'text/xml; charset=windows-1252');
    expect([d.encoding, d.source, titleOf(d.text)]).toEqual(['utf-16le', 'bom', 'Été']);
  });

  it('takes the HTTP charset over the declaration', () => {
    const d = decodeBody(iconv.encode(xml('UTF-8', 'Prix 10 €'), 'iso-8859-15'), 'application/rss+xml;charset="ISO-8859-15"');
    expect([d.encoding, d.source, titleOf(d.text)]).toEqual(['iso-8859-15', 'http', 'Prix 10 €']);
  });

  it('takes the declaration when there is no HTTP charset, and UTF-8 when there is nothing', () => {
    const latin = decodeBody(iconv.encode(xml('windows-1252', '“Solaris”'), 'windows-1252'));
    expect([latin.encoding, latin.source, titleOf(latin.text)]).toEqual(['windows-1252', 'declaration', '“Solaris”']);
    const none = decodeBody(Buffer.from('<rss><channel><title>Été</title></channel></rss>'));
    expect([none.encoding, none.source, titleOf(none.text)]).toEqual(['utf-8', 'default', 'Été']);
  });

  it('reads UTF-16 without a BOM from its zero bytes', () => {
    const d = decodeBody(iconv.encode(xml('UTF-16', 'Noël'), 'utf-16be'));
    expect([d.encoding, d.source, titleOf(d.text)]).toEqual(['utf-16be', 'sniffed', 'Noël']);
  });

  it('corrects a single-byte label on valid UTF-8, and a UTF-8 label on Latin-1 bytes', () => {
    const utf8 = decodeBody(Buffer.from(xml('ISO-8859-1', 'Orléans')), 'text/xml; charset=ISO-8859-1');
    expect([utf8.encoding, utf8.source, titleOf(utf8.text)]).toEqual(['utf-8', 'corrected', 'Orléans']);
    const latin = decodeBody(iconv.encode(xml('UTF-8', 'Orléans'), 'latin1'));
    expect([latin.encoding, latin.source, titleOf(latin.text)]).toEqual(['windows-1252', 'corrected', 'Orléans']);
  });

  it('keeps UTF-8 with one broken byte as UTF-8, the byte replaced', () => {
    const body = Buffer.concat([Buffer.from('<rss><title>Été '), Buffer.from([0xe9]), Buffer.from(' à Orléans</title></rss>')]);
    const d = decodeBody(body);
    expect([d.encoding, titleOf(d.text)]).toEqual(['utf-8', 'Été \ufffd à Orléans']);
  });

  it('ignores unknown or hostile labels', () => {
    expect(decodeBody(Buffer.from(xml('x-klingon', 'ok')), 'text/xml; charset=../../etc').encoding).toBe('utf-8');
    expect(decodeBody(Buffer.from(xml('UTF-16', 'ok'))).encoding).toBe('utf-8');
  });
});
