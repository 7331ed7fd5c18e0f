import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { fixedHeaders } from './fixed-headers';
import { helmetOptions, securityHeaders } from './security-headers';

function headersAfter(middleware: RequestHandler): Record<string, unknown> {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  res.setHeader('X-Powered-By', 'something');
  let called = 0;
  void middleware(req as Request, res as unknown as Response, () => called++);
  expect(called).toBe(1);
  return res.getHeaders();
}

describe('securityHeaders', () => {
  it.each([
    [false, []],
    [true, ["'sha256-abc='", "'sha256-def='"]],
  ])('sets exactly what helmet sets, secureCookies=%s', (secureCookies, hashes) => {
    const config = { secureCookies };
    const expected = headersAfter(helmet(helmetOptions(config, hashes)));
    expect(expected['content-security-policy']).toContain("script-src 'self'");
    expect(expected['x-powered-by']).toBeUndefined();
    expect(headersAfter(securityHeaders(config, hashes))).toEqual(expected);
  });

  it('refuses a middleware whose headers depend on the request', () => {
    const perRequest: RequestHandler = (req, res, next) => {
      res.setHeader('X-Url', req.url);
      next();
    };
    expect(() => fixedHeaders(perRequest)).toThrow(/reads the request/);
    expect(() => fixedHeaders(() => undefined)).toThrow(/did not call next/);
  });
});
