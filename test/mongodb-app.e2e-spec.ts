import { MongoClient } from 'mongodb';
import { randomUUID } from 'node:crypto';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const MONGODB_URI = process.env.MONGODB_URI;
const SKIPPED = 'Service on MongoDB SKIPPED: MONGODB_URI is not set (start one with test/infra/mongodb/start.sh)';

/** The same service, its read models in MongoDB chosen by configuration alone. */
// Skipped only when no server is reachable: npm test and .ci/run start FerretDB and set MONGODB_URI, so CI runs it.
const suite = MONGODB_URI ? describe : describe.skip;
if (!MONGODB_URI) console.warn(SKIPPED);

suite(MONGODB_URI ? 'the service with its read models in MongoDB' : SKIPPED, () => {
  const database = `e2e_${randomUUID().slice(0, 8)}`;
  let t: TestApp;

  beforeAll(async () => {
    const uri = MONGODB_URI!.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]*)\/?[^?]*/, `$1/${database}`);
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ mongodbUri: uri, additiveRules: true });
    await buildSmallCity(t);
  });
  afterAll(async () => {
    await t?.close();
    const client = await MongoClient.connect(MONGODB_URI!);
    await client
      .db(database)
      .dropDatabase()
      .finally(() => client.close());
  });

  it("records a warning and shows it in the day's ranking and explanation", async () => {
    await t.ok(`mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { projected } }`, {
      input: {
        unitId: 'st-b',
        instructionId: 'M-1',
        kind: 'FUND',
        occurredAt: '2026-04-17T09:00:00+08:00',
        deadline: '2026-04-18T09:00:00+08:00',
      },
    });
    const contact = await t.ok(
      `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { eventIds projected } }`,
      {
        input: { unitId: 'st-b', instructionId: 'M-1', method: 'FACE_TO_FACE', occurredAt: '2026-04-17T10:00:00+08:00' },
      },
    );
    expect(contact.recordWarningContact.projected).toBe(true);

    const ranking = await t.ok(
      `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "2026-04-17" }) { rows { rank subjectId score chief { name } } } }`,
    );
    expect(ranking.ranking.rows[0]).toEqual({ rank: 1, subjectId: 'st-b', score: 1.5, chief: { name: '陈志强' } });
    const explanation = await t.ok(`{ explainScore(areaId: "st-b", day: "2026-04-17") { total terms { indicator eventIds } } }`);
    expect(explanation.explainScore.total).toBe(1.5);
    expect(explanation.explainScore.terms.find((x: { indicator: string }) => x.indicator === 'faceToFace').eventIds).toEqual(
      contact.recordWarningContact.eventIds,
    );
  });
});
