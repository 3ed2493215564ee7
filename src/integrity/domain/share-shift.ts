/** A share in two windows: e.g. alerts that became cases this quarter and over the year before. */
export interface ShareOverTime {
  unitId: string;
  now: { part: number; whole: number };
  before: { part: number; whole: number };
  /** The events of the current window behind the share, as far as the caller gives them. */
  evidence?: readonly string[];
}

type Window = { part: number; whole: number };

export interface ShareShift {
  own: { before: number; now: number };
  peers: { before: number; now: number };
  /** (own now − own before) − (peers now − peers before), over its standard error. */
  z: number;
}

const sum = (windows: Window[]): Window =>
  windows.reduce((s, w) => ({ part: s.part + w.part, whole: s.whole + w.whole }), { part: 0, whole: 0 });
/** A share and its sampling variance; half a success added either side, so 0 of 30 still has a variance. */
const shareOf = ({ part, whole }: Window) => {
  const p = (part + 0.5) / (whole + 1);
  return { share: part / whole, variance: (p * (1 - p)) / whole };
};

/**
 * How far a unit's share moved against its peers' (all the other rows, pooled): the difference in
 * differences over its standard error. Null where a window has fewer than `minimum` in its whole,
 * or the peers have nothing in one.
 */
export function shiftAgainstPeers(row: ShareOverTime, rows: readonly ShareOverTime[], minimum: number): ShareShift | null {
  if (row.now.whole < minimum || row.before.whole < minimum) return null;
  const peers = rows.filter((r) => r.unitId !== row.unitId);
  const [peersNow, peersBefore] = [sum(peers.map((r) => r.now)), sum(peers.map((r) => r.before))];
  if (peersNow.whole === 0 || peersBefore.whole === 0) return null;
  const [a1, a0, b1, b0] = [row.now, row.before, peersNow, peersBefore].map(shareOf);
  const difference = a1.share - a0.share - (b1.share - b0.share);
  return {
    own: { before: a0.share, now: a1.share },
    peers: { before: b0.share, now: b1.share },
    z: difference / Math.sqrt(a1.variance + a0.variance + b1.variance + b0.variance),
  };
}

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
