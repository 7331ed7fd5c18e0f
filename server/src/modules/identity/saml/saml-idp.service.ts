import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig, SamlConfig } from '../../../config/config';
import { ROOT_LOGGER } from '../../../core/logging/logging.module';
import { SamlRejectedError } from './saml.errors';
import { fetchIdpMetadata, parseIdpMetadata, type IdpDescriptor } from './saml-metadata';

/** After a failed metadata fetch, wait this long before trying again (stale metadata keeps serving). */
const RETRY_AFTER_FAILURE_MS = 30_000;

/**
 * The identity provider's settings: from the environment, or from its metadata URL fetched lazily
 * (so the IdP need not be up when Ruche starts), cached per instance and refreshed on a timer-free
 * schedule. Explicit settings (SAML_IDP_SSO_URL, SAML_IDP_SLO_URL, SAML_IDP_ENTITY_ID, SAML_IDP_CERT)
 * override what metadata says; SAML_IDP_CERT thereby pins the signing certificate.
 */
@Injectable()
export class SamlIdpService {
  private readonly logger: Logger;
  private cached?: { idp: IdpDescriptor; fetchedAt: number };
  private nextAttemptAt = 0;
  private inflight?: Promise<IdpDescriptor>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'saml' });
  }

  private get saml(): SamlConfig {
    const saml = this.config.auth.saml;
    if (!saml) throw new SamlRejectedError('not_configured');
    return saml;
  }

  /** The current IdP settings; throws SamlRejectedError('idp_unavailable') when they cannot be had. */
  async current(): Promise<IdpDescriptor> {
    const saml = this.saml;
    if (!saml.idpMetadataUrl) return this.fromEnv(saml);
    const now = Date.now();
    if (this.cached && now - this.cached.fetchedAt < saml.metadataRefreshMs) return this.cached.idp;
    if (this.cached && now < this.nextAttemptAt) return this.cached.idp;
    try {
      return await this.refresh();
    } catch (e) {
      if (this.cached) return this.cached.idp;
      throw e;
    }
  }

  /** Fetches metadata now (one fetch at a time per instance). */
  refresh(): Promise<IdpDescriptor> {
    this.inflight ??= this.fetch().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetch(): Promise<IdpDescriptor> {
    const saml = this.saml;
    const url = saml.idpMetadataUrl as string;
    try {
      const parsed = parseIdpMetadata(await fetchIdpMetadata(url), saml.idpEntityId);
      const idp = this.withOverrides(parsed, saml);
      this.cached = { idp, fetchedAt: Date.now() };
      this.logger.info({ entityId: idp.entityId, certs: idp.certs.length, slo: Boolean(idp.sloUrl) }, 'IdP metadata loaded');
      return idp;
    } catch (e) {
      this.nextAttemptAt = Date.now() + RETRY_AFTER_FAILURE_MS;
      this.logger.error({ err: { message: (e as Error).message }, stale: Boolean(this.cached) }, 'IdP metadata refresh failed');
      throw new SamlRejectedError('idp_unavailable', (e as Error).message);
    }
  }

  private withOverrides(idp: IdpDescriptor, saml: SamlConfig): IdpDescriptor {
    return {
      entityId: saml.idpEntityId ?? idp.entityId,
      ssoUrl: saml.idpSsoUrl ?? idp.ssoUrl,
      sloUrl: saml.idpSloUrl ?? idp.sloUrl,
      certs: saml.idpCerts.length > 0 ? saml.idpCerts : idp.certs,
    };
  }

  private fromEnv(saml: SamlConfig): IdpDescriptor {
    // Config validation requires all three without metadata; this only guards against a hand-built config.
    if (!saml.idpSsoUrl || saml.idpCerts.length === 0 || !saml.idpEntityId) throw new SamlRejectedError('not_configured');
    return { entityId: saml.idpEntityId, ssoUrl: saml.idpSsoUrl, sloUrl: saml.idpSloUrl, certs: saml.idpCerts };
  }
}
