import { buildDemoCity } from '../src/cli/demo/demo-organization';
import { CITY } from '../src/cli/demo/sanming-geography';
import { Clock } from '../src/common/clock';
import { joined, pdfText } from '../src/supervision/letters/document/pdf-text.spec-helpers';
import { TestApp, startTestApp } from './support/test-app';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { streamId } }`;
const DEFINE_AREA = `mutation($input: DefineDefenseAreaInput!) { defineDefenseArea(input: $input) { streamId } }`;
const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { eventIds } }`;
const DRAFT = `mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letterId } }`;
const ISSUE = `mutation($input: LetterStepInput!) { issueLetter(input: $input) { letter { number htmlUrl pdfUrl evidence { unitName indicators { cases } } } } }`;

/** 尤溪 as the demo city has it (its name and first station), with only the units a letter to it needs. */
const city = buildDemoCity();
const county = city.counties.find((c) => c.id === 'county-youxi')!;
const station = city.stations.find((s) => s.id === county.stationIds[0])!;

const FINDINGS = `10月以来,你局${station.name}辖区电诈发案2起,财损同比上升,预警见面核查不到位。`;
const DEADLINE_SENTENCE = '请于2026年11月5日前将整改落实情况书面回复。';

describe('a reminder letter to a demo county as a document', () => {
  let t: TestApp;
  let today: jest.SpyInstance;
  const download = (path: string) => t.get(path);

  beforeAll(async () => {
    t = await startTestApp();
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-10-21');
    const effectiveFrom = '2025-01-01';
    await t.ok(CREATE_UNIT, { input: { unitId: CITY.id, level: 'CITY', name: CITY.name, effectiveFrom } });
    await t.ok(CREATE_UNIT, { input: { unitId: county.id, level: 'COUNTY', name: county.name, parentId: CITY.id, effectiveFrom } });
    await t.ok(CREATE_UNIT, { input: { unitId: station.id, level: 'STATION', name: station.name, parentId: county.id, effectiveFrom } });
    const { areaName, population, floatingPopulation } = station;
    await t.ok(DEFINE_AREA, { input: { unitId: station.id, areaName, population, floatingPopulation, effectiveFrom } });
    for (const [caseId, day] of [
      ['AJ-YX-1', '08'],
      ['AJ-YX-2', '15'],
    ]) {
      await t.ok(FILE_CASE, {
        input: { unitId: station.id, caseId, fraudType: 'INVESTMENT', loss: '12000.00', occurredAt: `2026-10-${day}T10:00:00+08:00` },
      });
    }
  });
  afterAll(async () => {
    today.mockRestore();
    await t.close();
  });

  it('renders to HTML and to a PDF whose text layer holds the county, the number, the findings and the deadline', async () => {
    await t.ok(DRAFT, {
      input: {
        letterId: 'TSH-YX-1',
        unitId: county.id,
        title: '关于电诈发案上升的工作提示',
        findings: FINDINGS,
        requirements: ['对两起案件逐案复盘', '落实预警逐条见面'],
        deadline: '2026-11-05',
        evidence: { unitId: county.id, period: { kind: 'MONTH', day: '2026-10-21' } },
      },
    });
    const { letter } = (await t.ok(ISSUE, { input: { letterId: 'TSH-YX-1' } })).issueLetter;
    expect(letter).toMatchObject({ number: '明公基管提〔2026〕1号', evidence: { unitName: county.name, indicators: { cases: 2 } } });
    const expected = [`${county.name}：`, '明公基管提〔2026〕1号', FINDINGS, DEADLINE_SENTENCE, '一、对两起案件逐案复盘', CITY.name];

    const html = await download(letter.htmlUrl);
    expect(html.status).toBe(200);
    const page = await html.text();
    for (const part of expected) expect(page).toContain(part);

    const pdf = await download(letter.pdfUrl);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = joined(await pdfText(Buffer.from(await pdf.arrayBuffer())));
    for (const part of expected) expect(text).toContain(part);
  });
});
