/** The notification centre's public surface: pillars import NotificationsModule and call NotificationsService.notify(). */
export { NotificationsModule } from './notifications.module';
export {
  NotificationsService,
  MAX_RECIPIENTS,
  READ_RETENTION_DAYS,
  RETENTION_DAYS,
  type NotifyOptions,
  type NotifyResult,
} from './notifications.service';
export { NotificationKindUnknownError } from './notifications.errors';
