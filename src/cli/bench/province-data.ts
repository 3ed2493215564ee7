import { Day } from '../../common/business-day';
import { loadConfig } from '../../config/app-config';
import { rebuildProjections } from '../../read-store/rebuild';
import { ALL_PROJECTIONS } from '../../app/projections';
import { openEventStore, openReadStore } from '../../app/embedded-stores';
import { rebuildAlongside } from '../../app/rebuild-alongside';
import { appendEntries } from '../demo/append-entries';
import { generateProvince } from './province-activity';
import { Province } from './province-organization';
import { now, progress, sinceNs } from './stats';

export interface ProvinceData {
  events: number;
  appendNs: number;
  rebuildNs: number;
}

/**
 * Writes the province into `dataDir` as the service keeps it: its events through EventStore.append
 * into events.sqlite, then every projection rebuilt from one read of that log into
 * the read-model files, as `npm run rebuild` does. Nothing is written into the read tables directly.
 */
export async function writeProvince(dataDir: string, province: Province, from: Day, until: Day): Promise<ProvinceData> {
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir });
  const store = openEventStore(config);
  try {
    progress(
      `province: ${province.stations.length} areas in ${province.counties.length} counties, ${province.chiefs.length} chiefs; events ${from}..${until}`,
    );
    let reported = 0;
    const appendStart = now();
    const events = await appendEntries(store, generateProvince(province, from, until), (n) => {
      if (n - reported >= 250_000) progress(`province: ${(reported = n)} events appended`);
    });
    const appendNs = sinceNs(appendStart);
    progress(`province: ${events} events appended in ${(appendNs / 1e9).toFixed(1)} s; rebuilding ${ALL_PROJECTIONS.length} projections`);
    const reads = openReadStore(config);
    const rebuildStart = now();
    try {
      await rebuildProjections(store, reads, ALL_PROJECTIONS, { alongside: rebuildAlongside(config, reads) });
    } finally {
      await reads.dispose();
    }
    return { events, appendNs, rebuildNs: sinceNs(rebuildStart) };
  } finally {
    await store.dispose();
  }
}
