import { Global, Module } from '@nestjs/common';
import { RealtimeService } from './realtime.service';

/** socket.io transport; sessions are resolved through core's SESSION_RESOLVER (provided by identity). */
@Global()
@Module({
  providers: [RealtimeService],
  exports: [RealtimeService],
})
export class RealtimeModule {}
