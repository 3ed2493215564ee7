import { RateTermScore } from '../domain/rate-score';
import { roundScore } from '../domain/score';

/** One term of a what-if for one subject: its points under the rules in force and under the draft. */
export interface WhatIfTermChange {
  key: string;
  label: string;
  dimension: string;
  /** Null when the term is not in the rules in force (added by the draft). */
  currentPoints: number | null;
  /** Null when the draft removes the term. */
  draftPoints: number | null;
  /** Draft points minus current points, a missing side counting as 0. */
  change: number;
}

/**
 * Why a subject moves under a draft: every term of either rule set with its points under both,
 * the terms whose points changed most first (the current rules' order breaks ties).
 */
export function termChanges(current: RateTermScore[], draft: RateTermScore[]): WhatIfTermChange[] {
  const drafted = new Map(draft.map((t) => [t.term.key, t]));
  const kept = new Set(current.map((t) => t.term.key));
  const changes = [
    ...current.map((t) => ({ term: t.term, currentPoints: t.points, draftPoints: drafted.get(t.term.key)?.points ?? null })),
    ...draft.filter((t) => !kept.has(t.term.key)).map((t) => ({ term: t.term, currentPoints: null, draftPoints: t.points })),
  ].map(({ term, currentPoints, draftPoints }, order) => ({
    key: term.key,
    label: term.label,
    dimension: term.dimension,
    currentPoints,
    draftPoints,
    change: roundScore((draftPoints ?? 0) - (currentPoints ?? 0)),
    order,
  }));
  return changes.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.order - b.order).map(({ order: _order, ...change }) => change);
}
