import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { webAssets } from './web-assets';

describe('web assets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruche-web-'));
  writeFileSync(join(dir, '200.html'), '<!doctype html><title>Ruche</title><script>boot()</script>');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // As app.ts sets it up: Express computes no ETags of its own.
  const app = express().set('etag', false).use(webAssets(dir).middleware);

  it("answers the app's page with an ETag computed once, and 304 when it has not changed", async () => {
    const first = await request(app).get('/people');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect((await request(app).get('/admin')).headers.etag).toBe(etag);
    const again = await request(app).get('/people').set('If-None-Match', etag);
    expect(again.status).toBe(304);
  });

  it('leaves server paths alone', async () => {
    expect((await request(app).get('/graphql')).status).toBe(404);
  });
});
