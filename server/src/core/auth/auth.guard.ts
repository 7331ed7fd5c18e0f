import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthenticatedError } from '../errors/domain-error';
import { requestFrom } from './current-user.decorator';
import { IS_PUBLIC } from './public.decorator';

/** Global guard: every resolver and route needs a session unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    // Field resolvers run under an already-checked parent; only top-level operations are gated here.
    if (context.getType<string>() === 'graphql') {
      const info = context.getArgByIndex(3) as { parentType?: { name: string } } | undefined;
      const parent = info?.parentType?.name;
      if (parent && parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription') return true;
    }
    if (!requestFrom(context).auth) throw new UnauthenticatedError();
    return true;
  }
}
