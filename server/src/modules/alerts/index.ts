/** The alerts module's public surface (Dynamic Signal alerts): other modules and the app use these, never its files directly. */
export { AlertsModule } from './alerts.module';
export { AlertRulesService } from './alert-rules.service';
export { AlertDetectionService, GRACE_MINUTES, PRIME_DAYS, type DetectionOutcome } from './alert-detection.service';
export { AlertsService, type AlertView } from './alerts.service';
export { seedDemoAlerts } from './alerts.demo';
