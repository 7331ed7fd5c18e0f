/** The identity module's public surface. */
export { IdentityModule } from './identity.module';
export { SessionService, hashToken } from './session.service';
