/**
 * P(X ≥ k) for X ~ Binomial(n, p): the chance of at least k successes in n trials. Summed from the
 * top down in log space (pmf(n) = pⁿ, then pmf(j−1) = pmf(j)·j/(n−j+1)·(1−p)/p), so a perfect record
 * over thousands of trials does not underflow before it is compared with a threshold.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logRatio = Math.log(1 - p) - Math.log(p);
  let logPmf = n * Math.log(p);
  let sum = Math.exp(logPmf);
  for (let j = n; j > k; j -= 1) {
    logPmf += Math.log(j) - Math.log(n - j + 1) + logRatio;
    sum += Math.exp(logPmf);
  }
  return Math.min(1, sum);
}
