import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { fixedHeaders, type NodeMiddleware } from './fixed-headers';
import { helmetOptions, securityHeaders } from './security-headers';

function freshResponse(): ServerResponse {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  res.setHeader('X-Powered-By', 'something');
  return res;
}

function headersAfter(middleware: NodeMiddleware): Record<string, unknown> {
  const res = freshResponse();
  let called = 0;
  middleware(new IncomingMessage(new Socket()), res, () => called++);
  expect(called).toBe(1);
  return res.getHeaders();
}

function headersSetBy(apply: (res: ServerResponse) => void): Record<string, unknown> {
  const res = freshResponse();
  apply(res);
  return res.getHeaders();
}

describe('securityHeaders', () => {
  it.each([
    [false, []],
    [true, ["'sha256-abc='", "'sha256-def='"]],
  ])('sets exactly what helmet sets, secureCookies=%s', (secureCookies, hashes) => {
    const config = { secureCookies };
    const expected = headersAfter(helmet(helmetOptions(config, hashes)) as NodeMiddleware);
    expect(expected['content-security-policy']).toContain("script-src 'self'");
    expect(expected['x-powered-by']).toBeUndefined();
    expect(headersSetBy(securityHeaders(config, hashes))).toEqual(expected);
  });

  it('refuses a middleware whose headers depend on the request', () => {
    const perRequest: NodeMiddleware = (req, res, next) => {
      res.setHeader('X-Url', req.url ?? '');
      next();
    };
    expect(() => fixedHeaders(perRequest)).toThrow(/reads the request/);
    expect(() => fixedHeaders(() => undefined)).toThrow(/did not call next/);
  });
});
