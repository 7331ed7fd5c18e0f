import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { RateLimitService } from '../security/rate-limit.service';
import { SessionService } from './session.service';

/** Deletes what sign-in leaves behind once it can no longer matter. */
@Injectable()
export class AuthMaintenance implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly ds: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'auth.purge', everySeconds: 600, run: () => this.purge() });
  }

  async purge(): Promise<void> {
    await this.sessions.purgeExpired();
    await this.rateLimits.purge();
    await this.ds.query(`DELETE FROM saml_requests WHERE expires_at < now()`);
    await this.ds.query(`DELETE FROM saml_assertions WHERE expires_at < now() - interval '1 day'`);
  }
}
