import { DemoCity } from './demo-organization';
import { recordAppeal } from './supervision-appeal';
import { SupervisionCalendar } from './supervision-calendar';
import { recordInstructions } from './supervision-instructions';
import { SupervisionClient } from './supervision-client';
import { LadderSummary, recordLadder } from './supervision-ladder';
import { recordListing } from './supervision-listing';
import { recordProblems } from './supervision-problems';
import { recordVisits } from './supervision-visits';

export interface SupervisionSummary extends LadderSummary {
  visits: number;
  problems: number;
  listings: number;
  bulletins: number;
  instructions: number;
  appeals: number;
}

/**
 * The demo city's supervision (督导问责) over its last two months, recorded as its people would have:
 * dekad visits with points raised, problems on the monthly lists, letters, an interview, a listing,
 * suggestions decided, bulletins published with leaders' instructions on them, and an appeal
 * rejected. The appeal comes last: once reviewed, all is recorded.
 */
export async function recordSupervision(
  client: SupervisionClient,
  city: DemoCity,
  calendar: SupervisionCalendar,
): Promise<SupervisionSummary> {
  const visits = await recordVisits(client, city, calendar);
  const problems = await recordProblems(client, city, calendar, visits);
  const ladder = await recordLadder(client, city, calendar);
  const listings = await recordListing(client, city, calendar);
  const { bulletins, instructions } = await recordInstructions(client, city, calendar);
  const appeals = await recordAppeal(client, city, calendar);
  return { visits: visits.length, problems, ...ladder, listings, bulletins, instructions, appeals };
}
