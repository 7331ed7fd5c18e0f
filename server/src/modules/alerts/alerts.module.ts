import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { NotificationsModule } from '../notifications';
import { OrgModule } from '../org';
import { SignalsModule } from '../signals';
import { UsersModule } from '../users';
import { AlertDetectionService } from './alert-detection.service';
import { AlertRulesService } from './alert-rules.service';
import { AlertRulesResolver, AlertsResolver } from './alerts.resolver';
import { AlertsService } from './alerts.service';

/**
 * Dynamic Signal alerts: rules over watch terms and topics, the detection job on per-minute counts
 * (spikes/ detector, state per rule in PostgreSQL), routing by the hub model, notifications and the
 * `alert:new` event, feedback that tunes a rule, backtests.
 */
@Module({
  imports: [SignalsModule, OrgModule, AuditModule, NotificationsModule, UsersModule],
  providers: [AlertRulesService, AlertDetectionService, AlertsService, AlertRulesResolver, AlertsResolver],
  exports: [AlertRulesService, AlertDetectionService, AlertsService],
})
export class AlertsModule {}
