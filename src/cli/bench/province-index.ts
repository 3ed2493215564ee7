import { INestApplicationContext } from '@nestjs/common';
import { EventStore } from '../../event-store/event-store.port';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { ScoreIndexService } from '../../scoring/queries/score-index.service';
import { ScoringReader } from '../../scoring/queries/scoring.reader';
import { collectGarbage, now, sinceNs } from './stats';

const heapAndBuffersMb = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
};

/**
 * Builds a second score index from the service's read models with a fresh ScoreIndexService (the
 * service's own was built in the background at start-up), timing the build and the memory it holds:
 * heap plus array buffers after gc, before and after (exact with node --expose-gc).
 */
export async function measureIndexBuild(app: INestApplicationContext): Promise<{ ms: number; mb: number }> {
  collectGarbage();
  const before = heapAndBuffersMb();
  const service = new ScoreIndexService(
    app.get(ScoringReader),
    app.get(OrganizationReader),
    app.get(EventStore),
    app.get(ProjectionRunner),
  );
  const start = now();
  await service.current();
  const ms = sinceNs(start) / 1e6;
  collectGarbage();
  const mb = heapAndBuffersMb() - before;
  // Still referenced here, so the index counted above was not collected before it was measured.
  await service.current();
  service.onModuleDestroy();
  return { ms, mb };
}
