import { CITY } from './sanming-geography';
import { FindingsSource, FlaggedUnit } from './planted-gaming-figures';

const FINDINGS = `query($unitId: ID!, $from: Day!, $to: Day!) { integrityFindings(unitId: $unitId, from: $from, to: $to) { detector unitId } }`;

/** The city's findings over a period from the service's GraphQL API, as evaluation staff read them. */
export function graphqlFindingsSource(url: string, headers: Record<string, string>): FindingsSource {
  return async ({ from, to }) => {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: FINDINGS, variables: { unitId: CITY.id, from, to } }),
    });
    const body = (await response.json()) as { data?: { integrityFindings: FlaggedUnit[] }; errors?: unknown[] };
    if (!body.data) throw new Error(`integrityFindings ${from} – ${to} answered ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data.integrityFindings;
  };
}
