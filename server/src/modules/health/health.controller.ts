import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../core/auth/public.decorator';
import { DatabaseStatus } from '../../core/database/database-status';

/** How long /readyz waits for `SELECT 1`: a load balancer's probe must get an answer, not hang. */
const READY_TIMEOUT_MS = 1000;

@Controller()
export class HealthController {
  constructor(private readonly database: DatabaseStatus) {}

  /** Alive: the process answers (it stays alive through a database outage: restarting it would not help). */
  @Public()
  @Get('healthz')
  @HttpCode(200)
  healthz() {
    return { status: 'ok' };
  }

  /** Ready: the database answers within a second. Asked directly, so it turns 200 the moment PostgreSQL is back. */
  @Public()
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) res: FastifyReply) {
    try {
      await this.database.ping(READY_TIMEOUT_MS);
      this.database.reportSuccess();
      return { status: 'ready', database: 'up' };
    } catch (err) {
      this.database.report(err);
      void res.code(503);
      return { status: 'unavailable', database: 'down' };
    }
  }
}
