import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { OrgModule } from '../../modules/org/org.module';
import { UsersModule } from '../../modules/users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { SamlController } from './saml/saml.controller';
import { SamlIdpService } from './saml/saml-idp.service';
import { SamlService } from './saml/saml.service';

@Module({
  imports: [UsersModule, OrgModule],
  controllers: [AuthController, SamlController],
  providers: [AuthResolver, SamlService, SamlIdpService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
