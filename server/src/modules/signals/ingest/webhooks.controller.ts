import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../../core/auth/public.decorator';
import { WebhooksService } from './webhooks.service';

/**
 * `POST /signals/webhooks/:sourceId`: no session (the HMAC signature authenticates the sender); see
 * WebhooksService. Answers 200 with what was stored, duplicates and per-item refusals, or a coded
 * JSON error (`{ code, message }`: 401 signature or timestamp, 404 unknown source, 409 disabled,
 * 413 too large, 415 not JSON, 429 over the source's budget).
 */
@Controller('signals/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Public()
  @Post(':sourceId')
  @HttpCode(200)
  receive(@Param('sourceId') sourceId: string, @Req() req: FastifyRequest) {
    return this.webhooks.receive(sourceId, req);
  }
}
