import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import { Principal } from '../../common/principal';
import { Authorizer } from './authorizer';
import { ForbiddenError, UnauthenticatedError } from './security-errors';

const PUBLIC = 'security:public';
/** A route anyone may call without a token: health checks only. */
export const Public = () => SetMetadata(PUBLIC, true);

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Where the authentication hook or a subscription's connection left the principal. */
export interface WithPrincipal {
  principal?: Principal;
}

/**
 * The one gate for every query, mutation and subscription (each root field) and every REST route:
 * the Authorizer decides from the policy table. Field resolvers below the root run no guards.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly authorizer: Authorizer,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();
      if (!ROOT_TYPES.has(info.parentType.name)) return true;
      const ctx = gql.getContext<{ req?: WithPrincipal } & WithPrincipal>();
      await this.authorizer.check(ctx.req?.principal ?? ctx.principal, `${info.parentType.name}.${info.fieldName}`, gql.getArgs());
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & WithPrincipal>();
    try {
      await this.authorizer.check(
        request.principal,
        `${request.method} ${request.routeOptions.url}`,
        // A route's scope may come from its path (/indicators/:unitId) or its query (?countyId=).
        { ...(request.query as Record<string, unknown>), ...(request.params as Record<string, unknown>) },
      );
    } catch (error) {
      // REST routes answer with HTTP statuses, not GraphQL errors.
      if (error instanceof UnauthenticatedError) throw new UnauthorizedException(error.message);
      if (error instanceof ForbiddenError) throw new ForbiddenException(error.message);
      throw error;
    }
    return true;
  }
}
