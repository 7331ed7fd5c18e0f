import { Global, Module } from '@nestjs/common';
import { RateLimitService } from '../security/rate-limit.service';
import { SessionService } from './session.service';
import { AuthMaintenance } from './auth-maintenance';

/** Sessions and rate limits: used by HTTP auth routes, GraphQL and sockets alike. */
@Global()
@Module({
  providers: [SessionService, RateLimitService, AuthMaintenance],
  exports: [SessionService, RateLimitService],
})
export class AuthCoreModule {}
