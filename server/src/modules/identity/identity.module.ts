import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from '../../core/auth/auth.guard';
import { SESSION_RESOLVER } from '../../core/auth/session-resolver';
import { AuditModule } from '../audit';
import { OrgModule } from '../org';
import { UsersModule } from '../users';
import { AuthController } from './auth.controller';
import { IdentityMaintenance } from './identity-maintenance';
import { IdentityResolver } from './identity.resolver';
import { SamlController } from './saml/saml.controller';
import { SamlIdpService } from './saml/saml-idp.service';
import { SamlStateRepository } from './saml/saml-state.repository';
import { SamlService } from './saml/saml.service';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

/**
 * Sign-in and sessions: SAML SSO and SLO, the local demo sign-in, provisioning, sessions. Global
 * because it provides core's SESSION_RESOLVER (HTTP middleware, GraphQL guard, sockets).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), UsersModule, OrgModule, AuditModule],
  controllers: [AuthController, SamlController],
  providers: [
    SessionService,
    { provide: SESSION_RESOLVER, useExisting: SessionService },
    IdentityMaintenance,
    IdentityResolver,
    SamlService,
    SamlIdpService,
    SamlStateRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, SESSION_RESOLVER],
})
export class IdentityModule {}
