import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../../core/jobs/jobs.service';
import { SamlStateRepository } from './saml/saml-state.repository';
import { SessionService } from './session.service';

/** Deletes what sign-in leaves behind once it can no longer matter: one job, each purge written once. */
@Injectable()
export class IdentityMaintenance implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly sessions: SessionService,
    private readonly samlState: SamlStateRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'auth.purge', everySeconds: 600, run: () => this.purge() });
  }

  async purge(): Promise<void> {
    await this.sessions.purgeExpired();
    await this.samlState.purgeExpired();
  }
}
