import { DAY_MS, midnightOf } from './demo-clock';
import { planCase } from './case-analysis-activity';
import { Rng } from './prng';

const FILED_MS = Date.parse('2026-04-17T02:00:00.000Z');

describe('the demo cases’ analysis and return visits', () => {
  const plans = (fraudType: Parameters<typeof planCase>[1]) => {
    const rng = new Rng(18);
    return Array.from({ length: 2_000 }, () => planCase(rng, fraudType, FILED_MS));
  };

  it('visits most victims, from the day after the filing to four weeks after at most, most within a week', () => {
    const visits = plans('INVESTMENT').flatMap((p) => (p.visitMs === null ? [] : [p.visitMs]));
    expect(visits.length / 2_000).toBeGreaterThan(0.85);
    expect(visits.length / 2_000).toBeLessThan(0.95);
    const days = visits.map((ms) => Math.floor((ms - midnightOf(FILED_MS)) / DAY_MS));
    expect(Math.min(...days)).toBe(1);
    expect(Math.max(...days)).toBeLessThanOrEqual(28);
    expect(days.filter((d) => d <= 7).length / days.length).toBeGreaterThan(0.8);
  });

  it('gives every case a method and a victim group, a game trade mostly in the game', () => {
    const games = plans('GAME_TRADING');
    expect(games.every((p) => p.analysis.method && p.analysis.victimGroup)).toBe(true);
    expect(games.filter((p) => p.analysis.method === 'ONLINE_GAME').length / games.length).toBeGreaterThan(0.75);
    const groups = new Set(plans('LOAN').map((p) => p.analysis.victimGroup));
    expect(groups).toEqual(new Set(['ELDERLY', 'STUDENT', 'EMPLOYEE', 'SELF_EMPLOYED', 'UNEMPLOYED', 'OTHER']));
  });
});
