import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { AuditModule } from '../audit/audit.module';
import { BulletinsModule } from '../bulletins/bulletins.module';
import { formatGraphqlErrors, formatProductionGraphqlErrors } from '../api/error-formatter';
import { GraphqlExceptionFilter } from '../api/graphql-exception.filter';
import { readPlainFieldsDirectly } from '../api/plain-fields';
import { MAX_QUERY_DEPTH, limitComplexity } from '../api/query-limits';
import { refusePersonalData } from '../api/refuse-personal-data.hook';
import { GraphqlResponseCache } from './response-cache';
import { validateVariables } from '../api/validate-variables.hook';
import { inputValidationPipe } from '../api/validation.pipe';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { HealthModule } from '../health/health.module';
import { SecurityModule } from '../security/security.module';
import { TokenVerifier } from '../security/auth/token-verifier';
import { authenticateSubscriptions } from '../security/auth/subscription-authentication';
import { LossesModule } from '../facts/losses/losses.module';
import { OrganizationModule } from '../organization/organization.module';
import { RecoveriesModule } from '../facts/recoveries/recoveries.module';
import { OutflowModule } from '../facts/outflow/outflow.module';
import { IntegrityModule } from '../integrity/integrity.module';
import { ScoringModule } from '../scoring/scoring.module';
import { ExportsModule } from '../exports/exports.module';
import { ImportsModule } from '../imports/imports.module';
import { StorageModule } from './storage.module';
import { StrikesModule } from '../facts/strikes/strikes.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WarningsModule } from '../facts/warnings/warnings.module';
import { PreventionModule } from '../facts/prevention/prevention.module';
import { ConfigModule } from '../config/config.module';

@Module({
  imports: [
    ConfigModule,
    CqrsModule.forRoot(),
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [APP_CONFIG, TokenVerifier],
      useFactory: (config: AppConfig, tokens: TokenVerifier) => ({
        // The committed schema.gql is written by `npm run schema`; a test compares it with the code.
        autoSchemaFile: process.env.GRAPHQL_SCHEMA_FILE ?? true,
        sortSchema: true,
        transformSchema: readPlainFieldsDirectly,
        jit: 1,
        // Mercurius's GraphiQL loads React and GraphiQL from unpkg.com; nothing may need the internet.
        graphiql: false,
        // Production clients are our own screens, which know the schema.
        validationRules: config.production ? [NoSchemaIntrospectionCustomRule] : [],
        queryDepth: MAX_QUERY_DEPTH,
        errorFormatter: config.production ? formatProductionGraphqlErrors : formatGraphqlErrors,
        path: '/graphql',
        hooks: { preExecution: [validateVariables, limitComplexity, refusePersonalData] },
        subscription: { onConnect: authenticateSubscriptions(tokens) },
      }),
    }),
    StorageModule,
    OrganizationModule,
    WarningsModule,
    LossesModule,
    StrikesModule,
    RecoveriesModule,
    OutflowModule,
    PreventionModule,
    ScoringModule,
    ExportsModule,
    ImportsModule,
    BulletinsModule,
    SupervisionModule,
    IntegrityModule,
    NotificationsModule,
    HealthModule,
    SecurityModule,
    AuditModule,
  ],
  providers: [
    { provide: APP_PIPE, useValue: inputValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    GraphqlResponseCache,
  ],
})
export class AppModule {}
