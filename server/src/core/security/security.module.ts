import { Global, Module } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service';

/** Rate limits shared by every instance (counters in PostgreSQL). */
@Global()
@Module({ providers: [RateLimitService], exports: [RateLimitService] })
export class SecurityModule {}
