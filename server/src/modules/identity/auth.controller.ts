import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { UsersService } from '../users';
import { BadInputError, DomainError } from '../../core/errors/domain-error';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { RateLimitService } from '../../core/security/rate-limit.service';
import { assertSameOrigin } from '../../core/security/same-origin';
import { clearSessionCookie, sessionCookieName, sessionCookieOptions, setCookie } from '../../core/auth/session-cookie';
import { Public } from '../../core/auth/public.decorator';
import { SamlService } from './saml/saml.service';
import { SessionService } from './session.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    private readonly rateLimits: RateLimitService,
    private readonly realtime: RealtimeService,
    private readonly saml: SamlService,
  ) {}

  /** Demo sign-in as a seeded user; exists only in AUTH_MODE=local, which production refuses. */
  @Public()
  @Post('local/login')
  @HttpCode(200)
  async localLogin(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply, @Body() body: unknown) {
    if (this.config.auth.mode !== 'local') throw new DomainError('LOCAL_AUTH_DISABLED', 'Demo sign-in is disabled on this server.');
    assertSameOrigin(req, this.config);
    await this.rateLimits.consume(`auth:${req.ip}`, this.config.auth.rateLimitPerMinute);
    const userId = (body as { userId?: unknown } | undefined)?.userId;
    if (typeof userId !== 'string' || !UUID.test(userId)) throw new BadInputError('userId must be the id of a person.', { field: 'userId' });
    const user = await this.users.getActiveForSignIn(userId);
    if (req.auth) {
      await this.sessions.destroy(req.auth.sessionId);
      this.realtime.endSession(req.auth.sessionId, 'signed_out');
    }
    const session = await this.sessions.create(user.id, { ip: req.ip, userAgent: req.headers['user-agent'] });
    await this.users.recordSignIn(user.id);
    setCookie(res, sessionCookieName(this.config), session.token, sessionCookieOptions(this.config));
    return { ok: true, userId: user.id };
  }

  /** Ends this browser's session. `redirect` is where the browser goes next (the IdP's logout, in SAML mode). */
  @Public()
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply) {
    assertSameOrigin(req, this.config);
    await this.rateLimits.consume(`auth:${req.ip}`, this.config.auth.rateLimitPerMinute);
    let redirect: string | null = null;
    if (req.auth) {
      // Built before the session goes: it carries the session's SAML NameID and SessionIndex.
      redirect = await this.saml.logoutRedirect(req.auth.sessionId);
      await this.sessions.destroy(req.auth.sessionId);
      this.realtime.endSession(req.auth.sessionId, 'signed_out');
    }
    clearSessionCookie(res, this.config);
    return { ok: true, redirect };
  }

  @Public()
  @Get('session')
  session(@Req() req: FastifyRequest) {
    const user = req.auth;
    return user ? { authenticated: true, userId: user.id, displayName: user.displayName, locale: user.locale } : { authenticated: false };
  }
}
