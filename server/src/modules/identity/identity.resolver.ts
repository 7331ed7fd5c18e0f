import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { UsersService } from '../users';
import { AuthOptions } from './identity.types';
import { Public } from '../../core/auth/public.decorator';

@Resolver(() => AuthOptions)
export class IdentityResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Query(() => AuthOptions)
  async authOptions(): Promise<AuthOptions> {
    const local = this.config.auth.mode === 'local';
    const demoUsers = local ? await this.users.listForDemoSignIn() : [];
    return {
      mode: local ? 'local' : 'saml',
      samlLoginUrl: local ? null : '/auth/saml/login',
      demoUsers: demoUsers.map((u) => ({
        id: u.id,
        displayName: u.displayName,
        jobTitle: u.jobTitle,
        role: u.role,
        locale: u.locale,
        departmentNameFr: u.departmentNameFr,
        departmentNameEn: u.departmentNameEn,
      })),
    };
  }
}
