import { Body, Controller, Get, Inject, NotFoundException, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import { RateLimitService } from '../../../core/security/rate-limit.service';
import { clearCookie, requestCookie, sessionCookieName, sessionCookieOptions, setCookie } from '../../../core/auth/session-cookie';
import { Public } from '../../../core/auth/public.decorator';
import { SessionService } from '../session.service';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { formatNonceCookie, nonceCookieName, nonceCookieOptions } from './saml-cookies';
import { samlPage } from './saml-page';
import { SamlBadReturnToError, SamlRejectedError } from './saml.errors';
import { SamlService } from './saml.service';

/** SAML endpoints. Thin: rate limit, read the request, call SamlService, write a redirect or a page. */
@Controller('auth/saml')
export class SamlController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly saml: SamlService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly realtime: RealtimeService,
  ) {}

  private async guard(req: FastifyRequest): Promise<void> {
    if (!this.saml.enabled) throw new NotFoundException();
    await this.rateLimits.consume(`auth:${req.ip}`, this.config.auth.rateLimitPerMinute);
  }

  private page(res: FastifyReply, status: number, kind: Parameters<typeof samlPage>[0]): void {
    void res.code(status).headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).send(samlPage(kind));
  }

  private fail(res: FastifyReply, e: unknown): void {
    if (e instanceof SamlRejectedError) return this.page(res, e.page === 'unavailable' ? 503 : 401, e.page);
    if (e instanceof SamlBadReturnToError) return this.page(res, 400, 'bad_return_to');
    throw e;
  }

  @Public()
  @Get('metadata')
  async metadata(@Req() req: FastifyRequest, @Res() res: FastifyReply) {
    await this.guard(req);
    void res.headers({ 'Content-Type': 'application/samlmetadata+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' }).send(this.saml.metadataXml());
  }

  @Public()
  @Get('login')
  async login(@Req() req: FastifyRequest, @Res() res: FastifyReply, @Query('returnTo') returnTo: unknown) {
    await this.guard(req);
    try {
      const start = await this.saml.startLogin(returnTo, requestCookie(req, nonceCookieName(this.config)));
      setCookie(res, nonceCookieName(this.config), formatNonceCookie(start.nonces), nonceCookieOptions(this.config));
      void res.header('Cache-Control', 'no-store').redirect(start.redirectUrl, 302);
    } catch (e) {
      this.fail(res, e);
    }
  }

  @Public()
  @Post('acs')
  async acs(@Req() req: FastifyRequest, @Res() res: FastifyReply, @Body() body: unknown) {
    await this.guard(req);
    try {
      const result = await this.saml.completeLogin(body, requestCookie(req, nonceCookieName(this.config)), {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      if (req.auth) {
        await this.sessions.destroy(req.auth.sessionId);
        this.realtime.endSession(req.auth.sessionId, 'signed_out');
      }
      // Other tabs' sign-ins keep their nonces; the last one clears the cookie (with its own attributes).
      if (result.remainingNonces.length > 0) setCookie(res, nonceCookieName(this.config), formatNonceCookie(result.remainingNonces), nonceCookieOptions(this.config));
      else clearCookie(res, nonceCookieName(this.config), nonceCookieOptions(this.config));
      setCookie(res, sessionCookieName(this.config), result.token, sessionCookieOptions(this.config));
      void res.header('Cache-Control', 'no-store').redirect(result.returnTo, 303);
    } catch (e) {
      this.fail(res, e);
    }
  }

  @Public()
  @Get('slo')
  async sloRedirect(@Req() req: FastifyRequest, @Res() res: FastifyReply) {
    await this.guard(req);
    const rawQuery = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    await this.slo(req, res, { method: 'GET', query: req.query as Record<string, unknown>, rawQuery, body: undefined });
  }

  @Public()
  @Post('slo')
  async sloPost(@Req() req: FastifyRequest, @Res() res: FastifyReply, @Body() body: unknown) {
    await this.guard(req);
    const form = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    await this.slo(req, res, { method: 'POST', query: {}, rawQuery: '', body: form });
  }

  private async slo(req: FastifyRequest, res: FastifyReply, input: Parameters<SamlService['handleSlo']>[0]): Promise<void> {
    try {
      const outcome = await this.saml.handleSlo(input, req.ip);
      if ('redirect' in outcome) void res.header('Cache-Control', 'no-store').redirect(outcome.redirect, 303);
      else this.page(res, 200, 'signed_out');
    } catch (e) {
      this.fail(res, e);
    }
  }
}
