import { organizationProjection } from '../organization/projections/organization.projection';
import { Projection } from '../read-store/projection';
import { dailyIndicatorsProjection } from '../scoring/projections/daily-indicators.projection';
import { ruleSetsProjection } from '../scoring/projections/rule-sets.projection';

export const ALL_PROJECTIONS: Projection[] = [organizationProjection, ruleSetsProjection, dailyIndicatorsProjection];
