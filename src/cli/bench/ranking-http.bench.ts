import { Period } from '../../scoring/domain/periods';
import { Figure } from './report';
import { now, progress, sinceNs, timeCalls } from './stats';

const SECTION = '4b ranking (GraphQL/HTTP)';

/** What a ranking screen asks for: every row with its chief and a few indicators. */
const QUERY = `query Ranking($from: Day!, $to: Day) {
  defenseAreaRanking(from: $from, to: $to) {
    from to
    rows {
      rank areaId areaName stationName countyName score population
      chief { chiefId name }
      indicators { warningsReceived contacted faceToFace dissuaded cases lossFen recoveredFen }
    }
  }
}`;

/**
 * The same ranking through the real stack: fetch over loopback HTTP, Fastify, Mercurius, the
 * resolver and the JSON response, one request at a time (latency, not a load test).
 */
export async function benchRankingHttp(url: string, period: Period, iterations: number, warmup: number): Promise<Figure[]> {
  const body = JSON.stringify({ query: QUERY, variables: { from: period.from, to: period.to } });
  let bytes = 0;
  const request = async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`ranking query failed (${response.status}): ${text.slice(0, 300)}`);
    bytes = text.length;
  };
  progress(`GraphQL: ${iterations} sequential POSTs to ${url} after ${warmup} warm-up`);
  const start = now();
  const samples = await timeCalls(iterations, request, warmup);
  const wallNs = sinceNs(start);
  const [p50, p99] = samples.percentiles(50, 99);
  return [
    {
      section: SECTION,
      name: '1 day: p50',
      value: p50 / 1e6,
      unit: 'ms',
      note: 'the period 4a repeated, so any result cache is warm: mostly Mercurius, Fastify and JSON serialization',
    },
    { section: SECTION, name: '1 day: p99', value: p99 / 1e6, unit: 'ms' },
    {
      section: SECTION,
      name: '1 day: sequential requests/s',
      value: samples.perSecond(),
      unit: 'req/s',
      note: `one client, no concurrency; response ${(bytes / 1024).toFixed(1)} KiB; ${(wallNs / 1e9).toFixed(2)} s with warm-up`,
    },
  ];
}
