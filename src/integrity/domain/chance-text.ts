const SUPERSCRIPT: Record<string, string> = Object.fromEntries([...'-0123456789'].map((c, i) => [c, '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'[i]]));

/** A small chance as a bureau writes it: 6.9×10⁻⁶, not 6.9e-6; one in a hundred or more as a percentage. */
export function chanceText(chance: number): string {
  if (chance >= 0.01) return `${(chance * 100).toFixed(1)}%`;
  const [mantissa, exponent] = chance.toExponential(1).split('e');
  return `${mantissa}×10${[...exponent.replace('+', '')].map((c) => SUPERSCRIPT[c]).join('')}`;
}
