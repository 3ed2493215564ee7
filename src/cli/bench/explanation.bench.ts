import { benchHeaders } from './bench-tokens';
import { Figure } from './report';
import { Samples, now, sinceNs } from './stats';

const EXPLANATION = `query($subjectId: ID!, $day: Day!) {
  scoreExplanation(role: STATION_CHIEF, subjectId: $subjectId, period: { kind: MONTH, day: $day }) {
    total notes terms { key label numerator denominator rate shrunk reference points } }
  scoreFacts(role: STATION_CHIEF, subjectId: $subjectId, period: { kind: MONTH, day: $day }, term: "casesPer10k") {
    total next facts { eventId what unitName occurredAt counted { indicator value } } } }`;

/**
 * What a station chief opens to read his month: the explanation of his score and the first page of
 * the cases behind a term, one request, with his own token. Every station once to warm up, then
 * every station `rounds` times, one request at a time, against the uncached service.
 */
export async function explanationLatency(
  section: string,
  url: string,
  dataDir: string,
  stations: string[],
  day: string,
  rounds: number,
): Promise<Figure[]> {
  const asked = stations.map((subjectId) => ({
    headers: benchHeaders(dataDir, 'STATION_CHIEF', [subjectId]),
    body: JSON.stringify({ query: EXPLANATION, variables: { subjectId, day } }),
  }));
  const ask = async ({ headers, body }: (typeof asked)[number]) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`explanation answered ${response.status}: ${text.slice(0, 300)}`);
  };
  for (const request of asked) await ask(request);
  const samples = new Samples(asked.length * rounds);
  for (let round = 0; round < rounds; round++) {
    for (const request of asked) {
      const start = now();
      await ask(request);
      samples.add(sinceNs(start));
    }
  }
  const [p50, p99] = samples.percentiles(50, 99).map((ns) => ns / 1e6);
  const note = `a station chief's month (${day.slice(0, 7)}) explained with the first page of its cases, his own token; ${samples.size} requests one at a time, QUERY_CACHE=off`;
  return [
    { section, name: 'explanation with its first page of facts: p50', value: p50, unit: 'ms', note },
    { section, name: 'explanation with its first page of facts: p99', value: p99, unit: 'ms', target: { max: 20 } },
  ];
}
