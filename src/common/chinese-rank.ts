/**
 * A place in a ranking as officers write it, without the ASCII "第118名(共120)": how many were
 * ranked, then the place, with the last place written 末位 and the rest of the bottom three also
 * counted from the end, e.g. "120个防区中排名第118位（倒数第3位）". The caller names what was
 * ranked (防区, 县（区）) and sets the scene ("全市", "在全市") before it.
 */
export function rankAmong(rank: number, of: number, noun = ''): string {
  return `${of}个${noun}中排名${placeOf(rank, of)}`;
}

function placeOf(rank: number, of: number): string {
  if (rank === of && of > 1) return '末位';
  const fromLast = of - rank + 1;
  return fromLast <= 3 && rank > 1 ? `第${rank}位（倒数第${fromLast}位）` : `第${rank}位`;
}
