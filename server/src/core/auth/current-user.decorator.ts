import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';

export function requestFrom(context: ExecutionContext): FastifyRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: FastifyRequest }>().req;
  return context.switchToHttp().getRequest<FastifyRequest>();
}

/** The signed-in user (undefined on public routes without a session). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser | undefined => requestFrom(context).auth);
