import { emptyCounts } from '../../../scoring/domain/indicators';
import { Evidence } from '../../evidence/domain/evidence';
import { LetterAddressee, LetterDrafted } from '../events/letter.events';

/** 沙县's April 2026, against April 2025: the figures a letter to 沙县分局 cites in the specs. */
export const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  unitId: 'county-sx',
  unitName: '沙县分局',
  role: 'COUNTY_CHIEF',
  period: { kind: 'MONTH', from: '2026-04-01', to: '2026-04-20', label: '2026年4月' },
  rank: 2,
  rankedOf: 2,
  score: -12.5,
  indicators: { ...emptyCounts(), alerts: 9, cases: 12, lossFen: 3_200_000, warningsReceived: 20, faceToFace: 19 },
  lastYear: { ...emptyCounts(), alerts: 10, cases: 8, lossFen: 4_000_000, warningsReceived: 10, faceToFace: 9 },
  bulletin: { day: '2026-04-17', number: 3, hash: 'h' },
  ...over,
});

export const SHAXIAN: LetterAddressee = { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', countyId: 'county-sx' };

export const CONTENT = {
  title: '关于电诈发案同比上升的工作提示',
  findings: '4月以来，你局电诈发案12起，同比上升50.0%。',
  requirements: ['加强预警劝阻，确保见面率不低于98%', '对发案集中的防区开展复盘'],
  deadline: '2026-05-10',
};

export const drafted = (letterId = 'L1', over: Partial<LetterDrafted['data']> = {}): LetterDrafted => ({
  type: 'LetterDrafted',
  data: { letterId, addressee: SHAXIAN, ...CONTENT, evidence: evidence(), ...over },
});
