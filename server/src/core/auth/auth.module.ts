import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../../modules/users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';

@Module({
  imports: [UsersModule],
  controllers: [AuthController],
  providers: [AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
