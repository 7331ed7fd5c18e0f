import { Global, Module } from '@nestjs/common';
import { RealtimeService } from './realtime.service';
import { AuthCoreModule } from '../auth/auth-core.module';

@Global()
@Module({
  imports: [AuthCoreModule],
  providers: [RealtimeService],
  exports: [RealtimeService],
})
export class RealtimeModule {}
