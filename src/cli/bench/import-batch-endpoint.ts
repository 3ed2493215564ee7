import { loadTokenKeys } from '../../security/auth/token-keys';
import { mintToken } from '../../security/auth/token-minter';
import { warningFacts } from './import-warning-file';
import { now, Samples, sinceNs } from './stats';

const RECORD_FACTS = `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded duplicates refused facts { status } } }`;

export interface BatchEndpointOptions {
  /** Timed requests, after one untimed. */
  requests: number;
  factsPerRequest: number;
  /** Requests in flight at once, each sender on its own keep-alive connection. */
  connections: number;
}

export interface BatchEndpointResult {
  /** Facts of the timed requests answered RECORDED. */
  recorded: number;
  seconds: number;
  /** The size of a request (UTF-8). */
  bodyBytes: number;
  perRequest: Samples;
  /** Facts of every request, the untimed one included, that were not answered RECORDED. */
  notRecorded: number;
  /** The first few of those, or of the requests that failed. */
  problems: string[];
}

/**
 * `recordFacts` with `factsPerRequest` new `receiveWarning` facts a request, as a system recorder
 * (a SYSTEM token serving the whole city) sends them: one untimed request, then `requests` timed
 * ones from `connections` senders each sending its next request when its answer arrives. Every
 * fact must be answered RECORDED.
 */
export async function sendFactBatches(
  url: string,
  dataDir: string,
  stationIds: string[],
  options: BatchEndpointOptions,
): Promise<BatchEndpointResult> {
  const token = mintToken(loadTokenKeys({ dataDir }), {
    subject: 'bench-warning-platform',
    name: '预警平台（基准测试）',
    role: 'RECORDER',
    units: ['city'],
    kind: 'SYSTEM',
    expiresInSeconds: 2 * 3_600,
  });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const run = Date.now().toString(36).toUpperCase();
  // Built before the clock starts: the bench measures the service, not JSON.stringify here.
  const bodies = Array.from({ length: options.requests + 1 }, (_, r) =>
    JSON.stringify({ query: RECORD_FACTS, variables: { facts: warningFacts(options.factsPerRequest, `YJH${run}-${r}-`, stationIds) } }),
  );
  const result: BatchEndpointResult = {
    recorded: 0,
    seconds: 0,
    bodyBytes: Buffer.byteLength(bodies[0]),
    perRequest: new Samples(options.requests),
    notRecorded: 0,
    problems: [],
  };
  const send = async (body: string) => {
    const start = now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    const ns = sinceNs(start);
    const answer = response.ok
      ? (JSON.parse(text) as { data?: { recordFacts?: { recorded: number; facts: Array<{ status: string }> } } }).data?.recordFacts
      : undefined;
    const recorded = answer?.facts.filter((f) => f.status === 'RECORDED').length ?? 0;
    if (recorded !== options.factsPerRequest) {
      result.notRecorded += options.factsPerRequest - recorded;
      if (result.problems.length < 3) result.problems.push(`${response.status} ${text.slice(0, 300)}`);
    }
    return { ns, recorded };
  };

  await send(bodies[0]);
  let next = 1;
  const started = now();
  const sender = async () => {
    while (next <= options.requests) {
      const { ns, recorded } = await send(bodies[next++]);
      result.perRequest.add(ns);
      result.recorded += recorded;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, sender));
  result.seconds = sinceNs(started) / 1e9;
  return result;
}
