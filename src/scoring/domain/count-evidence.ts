/**
 * How sure small counts make a statement, under a uniform prior: the tools suggestions use so that a
 * formal act never rests on 3 cases against 2. Both are exact: for a Beta(a, b) posterior with whole
 * a and b, P(p ≤ x) equals the chance that Binomial(a + b − 1, x) reaches a.
 */

/** P(Binomial(n, p) ≥ k), summed in log space so a city's thousands of warnings do not overflow. */
function binomialAtLeast(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let logTerm = logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  let sum = 0;
  for (let i = k; i <= n; i++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log((n - i) / (i + 1)) + Math.log(p) - Math.log1p(-p);
  }
  return Math.min(sum, 1);
}

function logChoose(n: number, k: number): number {
  let result = 0;
  for (let i = 1; i <= k; i++) result += Math.log((n - k + i) / i);
  return result;
}

/**
 * The probability that a count truly rose against an earlier count of the same exposure (this
 * month's cases against the same month last year): the share of the two that falls now exceeds one half.
 */
export function probabilityRose(now: number, before: number): number {
  // Share ~ Beta(now + 1, before + 1); P(share > ½) = 1 − P(share ≤ ½).
  return 1 - binomialAtLeast(now + 1, now + before + 1, 0.5);
}

/** The probability that a proportion's true value lies under `target`, from `successes` of `trials`. */
export function probabilityBelow(successes: number, trials: number, target: number): number {
  return binomialAtLeast(successes + 1, trials + 1, target);
}
