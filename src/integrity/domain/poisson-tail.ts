/** P(X ≥ k) for X ~ Poisson(λ): one minus the lower sum, the terms built up by pmf(j) = pmf(j−1)·λ/j. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda);
  let lower = term;
  for (let j = 1; j < k; j += 1) {
    term *= lambda / j;
    lower += term;
  }
  // Far out in the tail the lower sum rounds to 1: sum the upper terms directly instead.
  if (lower < 1 - 1e-9) return 1 - lower;
  let upper = 0;
  term *= lambda / k;
  for (let j = k; term > 1e-300 && j < k + 1000; j += 1) {
    upper += term;
    term *= lambda / (j + 1);
  }
  return upper;
}
