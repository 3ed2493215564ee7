import { Global, Logger, Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganizationModule } from '../organization/organization.module';
import { authenticateRequests } from './auth/authentication.hook';
import { loadTokenKeys } from './auth/token-keys';
import { TokenVerifier } from './auth/token-verifier';
import { AuthorizationGuard } from './authorization/authorization.guard';
import { Authorizer } from './authorization/authorizer';
import { EntityUnits } from './authorization/entity-units';

/** Bearer-token authentication on every request, and the one authorization guard. */
@Global()
@Module({
  imports: [OrganizationModule],
  providers: [
    {
      provide: TokenVerifier,
      inject: [APP_CONFIG],
      useFactory: ({ dataDir, auth }: AppConfig) => {
        const keys = loadTokenKeys({ dataDir, publicKeyFile: auth.publicKeyFile, jwksFile: auth.jwksFile });
        new Logger('Security').log(`Bearer tokens: ${keys.description}`);
        return new TokenVerifier(keys, { issuer: auth.issuer, audience: auth.audience });
      },
    },
    EntityUnits,
    Authorizer,
    { provide: APP_GUARD, useClass: AuthorizationGuard },
  ],
  exports: [TokenVerifier, Authorizer],
})
export class SecurityModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly verifier: TokenVerifier,
  ) {}

  onModuleInit() {
    authenticateRequests(this.adapterHost.httpAdapter.getInstance(), this.verifier);
  }
}
