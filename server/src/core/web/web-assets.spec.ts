import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { webAssets } from './web-assets';

describe('web assets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruche-web-'));
  writeFileSync(join(dir, '200.html'), '<!doctype html><title>Ruche</title><script>boot()</script>');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
  writeFileSync(join(dir, '_app', 'immutable', 'start.abc123.js'), 'export const x = 1;');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const web = webAssets(dir);
  // As the server uses it: whatever the web app does not answer, the server does (here: 404).
  const server = createServer((req, res) => {
    if (!web.serve(req, res)) res.writeHead(404).end('server');
  });

  it("answers the app's page with an ETag computed once, and 304 when it has not changed", async () => {
    const first = await request(server).get('/people');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect((await request(server).get('/admin?tab=roles')).headers.etag).toBe(etag);
    const again = await request(server).get('/people').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('serves the files with their type; hashed ones are cached for good', async () => {
    const js = await request(server).get('/_app/immutable/start.abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.text).toBe('export const x = 1;');
    const icon = await request(server).get('/favicon.svg');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
    const head = await request(server).head('/favicon.svg');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('<svg xmlns="http://www.w3.org/2000/svg"/>'.length));
  });

  it('leaves server paths, other methods, unknown app files and bad encodings to the server', async () => {
    expect((await request(server).get('/graphql')).text).toBe('server');
    expect((await request(server).get('/auth/saml/login')).text).toBe('server');
    expect((await request(server).post('/people')).text).toBe('server');
    expect((await request(server).get('/_app/immutable/missing.js')).text).toBe('server');
    expect((await request(server).get('/%E0%A4%A')).text).toBe('server');
    // Only files read from the build at start-up are ever answered: a path out of it gets the page.
    const escape = await request(server).get('/..%2F..%2Fetc%2Fpasswd');
    expect(escape.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(escape.text).toContain('<title>Ruche</title>');
  });
});
