import { Agent, IncomingHttpHeaders, request } from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One kept-alive TCP connection to a service: every request on it reaches the same process, which
 * is what a test of a cluster needs (Node's cluster hands each connection to one worker).
 * `fresh: true` opens a new connection per request instead.
 */
export class HttpConnection {
  private readonly agent: Agent | false;

  constructor(
    private readonly baseUrl: string,
    { fresh = false } = {},
  ) {
    this.agent = fresh ? false : new Agent({ keepAlive: true, maxSockets: 1 });
  }

  send(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<HttpAnswer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(`${this.baseUrl}${path}`, {
        method,
        agent: this.agent,
        headers: {
          ...(payload && { 'content-type': 'application/json' }),
          ...(this.agent === false && { connection: 'close' }),
          ...(token && { authorization: `Bearer ${token}` }),
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** A GraphQL request that must answer without errors; returns its data and whether it came from the cache. */
  async ok<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<{ data: T; cached: boolean }> {
    const answer = await this.send('POST', '/graphql', { query, variables }, token);
    const parsed = JSON.parse(answer.body) as { data?: T; errors?: unknown[] };
    if (answer.status !== 200 || parsed.errors) throw new Error(`GraphQL answered ${answer.status}: ${answer.body.slice(0, 500)}`);
    return { data: parsed.data as T, cached: answer.headers['x-cache'] === 'hit' };
  }

  close(): void {
    if (this.agent) this.agent.destroy();
  }
}
