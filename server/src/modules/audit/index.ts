/** The audit module's public surface: other modules record entries through AuditService. */
export { AuditModule } from './audit.module';
export { AuditService, type AuditEntry } from './audit.service';
