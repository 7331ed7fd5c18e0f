import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../core/auth/public.decorator';

@Controller()
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  /** Alive: the process answers. */
  @Public()
  @Get('healthz')
  @HttpCode(200)
  healthz() {
    return { status: 'ok' };
  }

  /** Ready: the database answers within a second. */
  @Public()
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) res: Response) {
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
      ]);
      return { status: 'ready', database: 'up' };
    } catch {
      res.status(503);
      return { status: 'unavailable', database: 'down' };
    }
  }
}
