import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

interface Case {
  file: string;
  /** An import put before the file's own text. */
  adding?: string;
}

/** The layers rule of eslint.config.mjs on each file of src/ as it is, with the import added. */
function lint(cases: Case[]): string[][] {
  const input = cases.map(({ file, adding }) => ({
    file: join(ROOT, file),
    source: `${adding ?? ''}\n${readFileSync(join(ROOT, file), 'utf8')}`,
  }));
  const output = execFileSync(process.execPath, [join(__dirname, 'support', 'lint-layers.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

describe('the layers lint rule', () => {
  const DECIDER = 'src/supervision/listings/domain/listing.decider.ts';
  let results: string[][];

  beforeAll(() => {
    results = lint([
      { file: 'src/common/money.ts', adding: "import type { Period } from '../scoring/domain/periods';\nexport type P = Period;" },
      {
        file: 'src/scoring/domain/periods.ts',
        adding: "import type { ReadStore } from '../../read-store/read-store.port';\nexport type R = ReadStore;",
      },
      {
        file: 'src/organization/queries/organization.reader.ts',
        adding: "import type { RankingService } from '../../scoring/queries/ranking.service';\nexport type S = RankingService;",
      },
      {
        file: 'src/facts/warnings/domain/warning-instruction.decider.ts',
        adding: "import type { GraphqlContext } from '../../../recording/request-context';\nexport type G = GraphqlContext;",
      },
      { file: DECIDER },
      { file: DECIDER, adding: "import type { Period } from '../../../scoring/domain/periods';\nexport type P = Period;" },
    ]);
  });

  it('refuses common/ importing anything of src', () => {
    expect(results[0]).toEqual([expect.stringMatching(/^boundaries\/dependencies: common may not import scoring \(domain\/events\)/)]);
  });

  it('refuses a domain/ folder importing a store or the write path', () => {
    expect(results[1]).toEqual([expect.stringMatching(/^boundaries\/dependencies: scoring \(domain\/events\) may not import read-store:/)]);
    expect(results[3]).toEqual([expect.stringMatching(/^boundaries\/dependencies: facts \(domain\/events\) may not import recording:/)]);
  });

  it('refuses a layer importing one above it', () => {
    expect(results[2]).toEqual([expect.stringMatching(/^boundaries\/dependencies: organization may not import scoring:/)]);
  });

  it('passes a decider as it is, and its use of the domain of a layer below', () => {
    expect(results[4]).toEqual([]);
    expect(results[5]).toEqual([]);
  });
});
