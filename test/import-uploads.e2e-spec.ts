import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemoCity } from '../src/cli/demo/seed-demo-city';
import { EventStore } from '../src/event-store/event-store.port';
import { TestApp, startTestApp } from './support/test-app';

const SAMPLES = join(__dirname, '..', 'src', 'imports', 'samples');
const UPLOAD_FIELDS = `uploadId fileName format encoding headers uploadedByName
  check { status mapping rowsDone totalRows recorded duplicates refused rowsWithProblems missingColumns reportUrl problems { row column problem outcome } }
  run { status rowsDone totalRows rowsPerSecond recorded duplicates refused reportUrl }`;
const UPLOAD = `query($uploadId: ID!) { importUpload(uploadId: $uploadId) { ${UPLOAD_FIELDS} } }`;
const CHECK = `mutation($uploadId: ID!, $mapping: String!) { checkImport(uploadId: $uploadId, mapping: $mapping) { check { status } } }`;
const RUN = `mutation($uploadId: ID!) { runImport(uploadId: $uploadId) { run { status } } }`;

jest.setTimeout(60_000);

/** 导入 from the application: upload, check (dry run), import, with progress to poll and reports to download. */
describe('uploads for import', () => {
  let t: TestApp;
  let recorder: string;
  let staff: string;
  let otherRecorder: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const upload = (file: string, token: string, fileName = file) =>
    fetch(new URL(`/imports/uploads?fileName=${encodeURIComponent(fileName)}`, t.url), {
      method: 'POST',
      headers: { ...as(token), 'content-type': 'application/octet-stream' },
      body: readFileSync(join(SAMPLES, file)),
    });
  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, as(token));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  /** Polls the upload until the run is over, as the screen does. */
  const settled = async (uploadId: string, which: 'check' | 'run', token: string) => {
    for (;;) {
      const { importUpload } = await gql(UPLOAD, { uploadId }, token);
      if (importUpload[which]?.status !== 'RUNNING') return importUpload;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: (store) => seedDemoCity(store, { until: '2025-01-01' }) });
    recorder = t.tokens.mint({ subject: 'recorder-city', name: '市局录入员', role: 'RECORDER', units: ['city'] });
    otherRecorder = t.tokens.mint({ subject: 'recorder-sx', name: '沙县录入员', role: 'RECORDER', units: ['county-shaxian'] });
    staff = t.tokens.mint({ subject: 'staff-1', name: '考评员', role: 'EVALUATION_STAFF' });
  });
  afterAll(() => t.close());

  it('uploads a file, checks it without recording, imports it as the recorder, and gives both reports', async () => {
    const res = await upload('警综-警情.csv', recorder);
    expect(res.status).toBe(201);
    const uploaded = await res.json();
    expect(uploaded).toMatchObject({
      fileName: '警综-警情.csv',
      format: 'csv',
      encoding: 'gb18030',
      headers: ['警情编号', '管辖单位', '接报时间', '诈骗类型'],
    });
    const { uploadId } = uploaded;

    const head = await t.app.get(EventStore).headPosition();
    await gql(CHECK, { uploadId, mapping: 'case-system-alerts' }, recorder);
    const checked = await settled(uploadId, 'check', recorder);
    expect(checked.check).toMatchObject({
      status: 'DONE',
      mapping: 'case-system-alerts',
      rowsDone: 20,
      totalRows: 20,
      recorded: 20,
      refused: 0,
    });
    expect(await t.app.get(EventStore).headPosition()).toBe(head);

    const started = await t.gql(RUN, { uploadId }, { ...as(recorder), 'x-correlation-id': 'upload-run-1' });
    expect(started.errors).toBeUndefined();
    const imported = await settled(uploadId, 'run', recorder);
    expect(imported.run).toMatchObject({ status: 'DONE', rowsDone: 20, recorded: 20, duplicates: 0, refused: 0 });
    const events = [];
    for await (const batch of t.app.get(EventStore).readAll(head)) events.push(...batch);
    expect(events).toHaveLength(20);
    // Recorded as the recorder who confirmed it, under the request that started the import.
    expect(new Set(events.map((e) => `${e.metadata.correlationId} ${e.metadata.actor.subject}`))).toEqual(
      new Set(['upload-run-1 recorder-city']),
    );

    const report = await t.get(imported.run.reportUrl, recorder);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-disposition')).toContain(encodeURIComponent('警综-警情.导入报告.csv'));
    // The byte-order mark Excel needs to read UTF-8 (fetch's text() would drop it).
    expect(Buffer.from(await report.arrayBuffer()).toString('utf8')).toBe('\uFEFF行号,列,问题,结果\r\n');
    const refused = await t.refused(RUN, { uploadId }, as(recorder));
    expect(refused.message).toMatch(/^输入有误：uploadId：该文件已导入/);
  });

  it('shows a check’s problems in its report, and lets evaluation staff check but not import', async () => {
    const { uploadId } = await (await upload('预警平台-预警指令-含错误.csv', staff)).json();
    await gql(CHECK, { uploadId, mapping: 'warning-platform-instructions' }, staff);
    const checked = await settled(uploadId, 'check', staff);
    expect(checked.check).toMatchObject({ status: 'DONE', recorded: 5, refused: 1, rowsWithProblems: 5 });
    const report = await (await t.get(checked.check.reportUrl, staff)).text();
    expect(report.split('\r\n')[1]).toMatch(/^2,接收单位,未知单位“不存在派出所”/);
    // The screen shows the report's lines before the officer downloads it.
    expect(checked.check.problems).toHaveLength(6);
    expect(checked.check.problems[0]).toEqual({
      row: 2,
      column: '接收单位',
      problem: expect.stringMatching(/^未知单位/),
      outcome: '本项未导入',
    });

    const refused = await t.refused(RUN, { uploadId }, as(staff));
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    // Staff check, a recorder imports: the recorders see what staff uploaded.
    expect((await gql(UPLOAD, { uploadId }, otherRecorder)).importUpload).toMatchObject({
      uploadedByName: '考评员',
      check: { status: 'DONE' },
    });
  });

  it('keeps one recorder’s uploads from another, and refuses what cannot be imported, naming why', async () => {
    const { uploadId } = await (await upload('止付冻结返赃.csv', recorder)).json();
    const hidden = await t.gql(UPLOAD, { uploadId }, as(otherRecorder));
    expect(hidden.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await gql(UPLOAD, { uploadId }, staff)).importUpload.uploadedByName).toBe('市局录入员');

    const wrongType = await upload('止付冻结返赃.csv', recorder, '止付.pdf');
    expect(wrongType.status).toBe(400);
    expect((await wrongType.json()).message).toMatch(/^“止付\.pdf”不能导入：只能导入 \.csv 和 \.xlsx 文件。/);

    const missing = await t.gql(CHECK, { uploadId, mapping: 'no-such-mapping' }, as(recorder));
    expect(missing.errors?.[0].message).toMatch(/没有名为“no-such-mapping”的导入映射/);
    const notChecked = await t.gql(RUN, { uploadId }, as(recorder));
    expect(notChecked.errors?.[0].message).toMatch(/请先检查文件/);
  });
});
