import { AccessRole } from './access-role';

/** Who is asking, as a verified token says. */
export interface Principal {
  subject: string;
  name: string;
  role: AccessRole;
  /** The units served: a unit covers its sub-units (a county its stations). Empty for city-wide roles. */
  units: string[];
  /** A person at a screen, or an integration system (the warning platform) recording for its units. */
  kind: 'PERSON' | 'SYSTEM';
}
