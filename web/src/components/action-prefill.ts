import { nextTick } from 'vue';
import type { PeriodChoice } from './period';

/**
 * What a suggestion hands to the dialog that acts on it (an interview ordered, a listing placed):
 * the unit, the reason with its figures, and the period of the evidence.
 */
export interface ActionPrefill {
  unitId: string;
  reason: string;
  period: PeriodChoice;
}

/** The county and, for a station, the station the dialog's two pickers should show for a unit. */
function placeOf(unitId: string, stations: ReadonlyArray<{ unitId: string; parentId?: string | null }>) {
  const station = stations.find((s) => s.unitId === unitId);
  return station ? { countyId: station.parentId ?? '', stationId: unitId } : { countyId: unitId, stationId: '' };
}

/** Fills a dialog's unit pickers and reason from the prefill, once its stations are loaded. */
export async function applyPrefill(
  model: { countyId: string; stationId: string; reason: string },
  prefill: ActionPrefill | undefined,
  stations: ReadonlyArray<{ unitId: string; parentId?: string | null }>,
) {
  if (!prefill) return;
  const { countyId, stationId } = placeOf(prefill.unitId, stations);
  model.countyId = countyId;
  model.reason = prefill.reason;
  // Choosing a county clears the station (a watcher of the dialog's): the station goes in after it.
  await nextTick();
  model.stationId = stationId;
}
