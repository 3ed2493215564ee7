import { Inject, Injectable } from '@nestjs/common';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { ISSUING_OFFICE_CONFIG, IssuingOffice, IssuingOfficeConfig, issuingOfficeOf, loadIssuingOfficeConfig } from './issuing-office';

/** Read per document, so a renamed city bureau prints under its new name without a restart. */
@Injectable()
export class IssuingOffices {
  constructor(
    @Inject(ISSUING_OFFICE_CONFIG) private readonly config: IssuingOfficeConfig,
    private readonly organization: OrganizationReader,
  ) {}

  async current(): Promise<IssuingOffice> {
    const city = this.config.organ ? null : (await this.organization.units({ level: 'CITY' }))[0]?.name;
    return issuingOfficeOf(this.config, city ?? '市公安局');
  }
}

/** What a module serving documents provides: the office, and its configuration read once at start-up. */
export const ISSUING_OFFICE_PROVIDERS = [{ provide: ISSUING_OFFICE_CONFIG, useFactory: () => loadIssuingOfficeConfig() }, IssuingOffices];
