/** The moderation module's public surface (Hivemind curation): other modules use these, never its files directly. */
export { ModerationModule } from './moderation.module';
export { ModerationService } from './moderation.service';
export { MergeService, type MergeOutcome } from './merge.service';
export { FairnessService, CLOSING_REMINDERS_EVERY_SECONDS } from './fairness.service';
export { MergeNotAllowedError, LinkNotFoundError } from './moderation.errors';
export { seedDemoCuration } from './moderation.demo';
