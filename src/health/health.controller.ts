import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ProjectionRunner } from '../read-store/projection-runner';
import { Public } from '../security/authorization/authorization.guard';

/** For load balancers and orchestrators: liveness says the process answers, readiness that reads are current. */
/** Open to load balancers without a token; nothing else is. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when the projections run (here or in another instance) and trail the log by at most READY_MAX_LAG events. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const maxLag = this.config.readyMaxLag;
    // One past the limit tells "at the limit" from "beyond it" without counting further.
    const status = await this.projections.status(maxLag + 1);
    // A follower is ready only while some instance holds the lease: otherwise nobody projects.
    const runs = status.state === 'caughtUp' || (status.state === 'following' && status.leader !== undefined);
    const ready = runs && status.lag <= maxLag;
    reply.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ready ? 'ready' : 'not ready',
      projections: {
        state: status.state,
        instanceId: status.instanceId,
        ...(status.message !== undefined && { message: status.message }),
        ...(status.state === 'following' && { leader: status.leader ?? null }),
        checkpoint: status.checkpoint.toString(),
        head: status.head.toString(),
        lag: status.lag > maxLag ? `${maxLag}+` : status.lag.toString(),
        maxLag,
      },
    };
  }
}
