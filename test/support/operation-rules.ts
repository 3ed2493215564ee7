import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { Public } from '../../src/security/authorization/authorization.guard';
import { Policy } from '../../src/security/authorization/policy';

const POLICIES_FILE = 'src/security/authorization/policies.ts';

/** The root fields of a schema as the policy table names them: "Query.ranking", "Mutation.fileCase", "Subscription.rankingChanged". */
export const rootFieldsOf = (schema: GraphQLSchema): string[] =>
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );

/** Every operation the running app serves behind the guard: its root fields, and its REST routes but the open ones (health). */
export const operationsOf = (app: INestApplication): string[] => [
  ...rootFieldsOf(app.get(GraphQLSchemaHost).schema),
  ...guardedRoutesOf(app),
];

/** The controllers' routes as the guard names them, "GET /letters/:letterId.pdf". */
function guardedRoutesOf(app: INestApplication): string[] {
  const open = Public().KEY;
  const paths = (target: object): string[] => [Reflect.getMetadata(PATH_METADATA, target) ?? ''].flat();
  return [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].flatMap(({ metatype }) => {
      if (typeof metatype !== 'function' || Reflect.getMetadata(open, metatype)) return [];
      const prototype = metatype.prototype as Record<string, unknown>;
      return Object.getOwnPropertyNames(prototype).flatMap((name) => {
        const handler = prototype[name];
        if (typeof handler !== 'function') return [];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || Reflect.getMetadata(open, handler)) return [];
        return paths(metatype).flatMap((base) =>
          paths(handler).map((path) => `${RequestMethod[method]} /${[base, path].filter(Boolean).join('/')}`.replace(/\/+/g, '/')),
        );
      });
    }),
  );
}

export interface PolicyGaps {
  /** Operations the app serves that no rule names: refused to everyone until one is added. */
  missing: string[];
  /** Rules naming no operation the app serves: left over, or misspelt. */
  unknown: string[];
}

export function policyGaps(operations: readonly string[], policies: Record<string, Policy>): PolicyGaps {
  return {
    missing: operations.filter((operation) => !Object.hasOwn(policies, operation)),
    unknown: Object.keys(policies).filter((key) => !operations.includes(key)),
  };
}

/** The gaps as sentences saying what to do, for a failing test to show. */
export const describeGaps = ({ missing, unknown }: PolicyGaps): string[] => [
  ...missing.map((operation) => `${operation} has no rule: add one to ${POLICIES_FILE} saying who may run it`),
  ...unknown.map((key) => `${POLICIES_FILE} has a rule for ${key}, which the app does not serve: remove or rename it`),
];
