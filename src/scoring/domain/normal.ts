/**
 * The standard normal distribution function, by Abramowitz and Stegun's 7.1.26 approximation of
 * erf (absolute error below 1.5e-7): far finer than any arrow or interval needs, and cheap enough
 * for every row of every ranking.
 */
export function normalCdf(z: number): number {
  // Eight standard deviations out the answer is 0 or 1 to within 1e-15: no need to work it out.
  if (z > 8) return 1;
  if (z < -8) return 0;
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
