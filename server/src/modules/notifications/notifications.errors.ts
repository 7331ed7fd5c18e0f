import { DomainError } from '../../core/errors/domain-error';

/** A kind that is not in NOTIFICATION_KINDS (a preference for it, or a caller's typo). */
export class NotificationKindUnknownError extends DomainError {
  constructor(kind: unknown) {
    super('NOTIFICATION_KIND_UNKNOWN', 'This kind of notification does not exist.', { field: 'kind', kind: typeof kind === 'string' ? kind.slice(0, 100) : null });
  }
}
