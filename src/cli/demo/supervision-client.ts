import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Day } from '../../common/business-day';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TokenKeys, loadTokenKeys } from '../../security/auth/token-keys';
import { mintToken } from '../../security/auth/token-minter';
import { AccessRole } from '../../common/access-role';

/** Every supervision step of the demo shares this correlation id, and keys derived from it. */
const CORRELATION = 'demo-supervision';

/** The key a step is recorded under: the same on every run, so a step recorded already is not recorded again. */
export const demoStepKey = (step: string) => `${CORRELATION}:${step}`;

/** Someone of the demo city at the service: evaluation staff, a leader, the chief of a county or station. */
export interface DemoUser {
  subject: string;
  role: AccessRole;
  /** The units a chief's token serves. */
  units?: string[];
  /** The name his token carries, shown where his step is signed (a 复盘); else his subject. */
  name?: string;
}

export const EVALUATOR: DemoUser = { subject: 'demo-evaluation', role: 'EVALUATION_STAFF' };

/** A step on one thing some days after a start: a mutation, its input and who takes it (the evaluator when left out). */
export interface DatedStep {
  after: number;
  time: string;
  mutation: string;
  inputType: string;
  input?: Record<string, unknown>;
  by?: DemoUser;
}

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string }>;
}

/**
 * The demo's supervision staff at work: GraphQL requests to the service, as its users send them
 * (each with a bearer token of his role and units), with the service's clock set to the day each step
 * happened. The history is recorded as on its days, so the deciders check each deadline and date
 * against that day, not against the day the demo is started.
 */
export class SupervisionClient {
  private readonly keys: TokenKeys;

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly clock: Clock,
  ) {
    // Tokens as `npm run token` mints them, with the data directory's secret.
    this.keys = loadTokenKeys({ dataDir: app.get<AppConfig>(APP_CONFIG).dataDir });
  }

  /** Moves the service's clock to `time` (Shanghai) on `day`, until moved again or `restoreClock`. */
  at(day: Day, time = '10:00'): this {
    const instant = new Date(`${day}T${time}:00+08:00`);
    Object.assign(this.clock, { now: () => new Date(instant) });
    return this;
  }

  private tokenOf(user: DemoUser): string {
    return mintToken(this.keys, { subject: user.subject, role: user.role, units: user.units, name: user.name, expiresInSeconds: 600 });
  }

  restoreClock(): void {
    Reflect.deleteProperty(this.clock, 'now');
  }

  async query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, by: DemoUser = EVALUATOR): Promise<T> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.tokenOf(by)}`, 'x-correlation-id': CORRELATION },
      payload: JSON.stringify({ query, variables }),
    });
    const answer = res.json<GraphqlAnswer>();
    if (answer.errors?.length || !answer.data) {
      throw new Error(
        `the demo's supervision history could not be recorded: ${answer.errors?.map((e) => e.message).join('; ') ?? res.body}`,
      );
    }
    return answer.data as T;
  }

  /** Runs `mutation(input: {...})` under the step's key and returns its answer's `fields`. */
  async record<T = unknown>(
    mutation: string,
    inputType: string,
    step: string,
    input: Record<string, unknown>,
    by: DemoUser = EVALUATOR,
    fields = 'eventIds',
  ): Promise<T> {
    const data = await this.query<Record<string, T>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${fields} } }`,
      {
        input: { ...input, idempotencyKey: demoStepKey(step) },
      },
      by,
    );
    return data[mutation];
  }

  /** Records steps on one thing, named by `ids` in every input, each on the day `dayOf(step.after)`. */
  async recordSteps(dayOf: (after: number) => Day, ids: Record<string, string>, steps: DatedStep[]): Promise<void> {
    const thing = Object.values(ids).join(':');
    for (const { after, time, mutation, inputType, input, by } of steps) {
      await this.at(dayOf(after), time).record(mutation, inputType, `${mutation}:${thing}`, { ...ids, ...input }, by);
    }
  }
}
