import { request as httpRequest } from 'node:http';

/**
 * POSTs `chunks` to `path` of the server at `base` exactly as given — no body encoding, any headers (a wrong
 * Content-Length, chunked transfer, a media type supertest would rewrite) — and resolves with the status and
 * the JSON answer ({} when empty). The server may answer and close before it has read everything sent.
 */
export function rawPost(base: string, path: string, headers: Record<string, string>, chunks: Buffer[]): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = httpRequest({ hostname, port, method: 'POST', path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString();
        resolve({ status: res.statusCode!, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
      });
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}
