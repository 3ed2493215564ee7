import { RankingSource, ValidationRow } from './scoring-validation';

const STATION_RANKING = `query Validation($period: PeriodInput!) {
  ranking(role: STATION_CHIEF, period: $period) {
    rows { subjectId score trend population indicators { warningsReceived } }
  }
}`;

interface Answer {
  data?: { ranking: { rows: Array<Omit<ValidationRow, 'warningsReceived'> & { indicators: { warningsReceived: number } }> } };
  errors?: Array<{ message: string }>;
}

/** The station ranking as the service's GraphQL API answers it: what the validation reads. */
export function graphqlRankingSource(url: string, headers: Record<string, string>): RankingSource {
  return async (period) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: STATION_RANKING, variables: { period } }),
    });
    const answer = (await response.json()) as Answer;
    if (!answer.data) throw new Error(`ranking ${JSON.stringify(period)} failed: ${answer.errors?.map((e) => e.message).join('; ')}`);
    return answer.data.ranking.rows.map(({ indicators, ...row }) => ({ ...row, warningsReceived: indicators.warningsReceived }));
  };
}
