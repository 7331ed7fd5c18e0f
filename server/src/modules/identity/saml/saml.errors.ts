import { DomainError } from '../../../core/errors/domain-error';

/**
 * Why a SAML message was refused. Logged (never shown): the page the browser gets only says whether
 * the sign-in failed, was cancelled at the IdP, or the IdP is unreachable.
 */
export type SamlRejectReason =
  | 'not_configured'
  | 'idp_unavailable'
  | 'too_large'
  | 'malformed'
  | 'dtd'
  | 'not_a_response'
  | 'status'
  | 'structure'
  | 'encrypted_unsupported'
  | 'signature'
  | 'algorithm'
  | 'issuer'
  | 'audience'
  | 'destination'
  | 'recipient'
  | 'subject_confirmation'
  | 'expired'
  | 'not_yet_valid'
  | 'unsolicited'
  | 'in_response_to_mismatch'
  | 'unknown_request'
  | 'request_expired'
  | 'binding_missing'
  | 'binding_mismatch'
  | 'replay'
  | 'missing_name_id'
  | 'missing_email'
  | 'deactivated'
  | 'account_conflict'
  | 'invalid';

/** What the person is told: a generic failure, or that the IdP reported a cancelled/denied sign-in. */
export type SamlPageKind = 'failed' | 'cancelled' | 'unavailable';

/** A SAML response, request or logout message that was refused. Maps to HTTP 401 with a bilingual page. */
export class SamlRejectedError extends DomainError {
  constructor(
    readonly reason: SamlRejectReason,
    /** For the log only: may contain (truncated) values from the refused message. */
    readonly detail?: string,
  ) {
    super('SAML_REJECTED', 'Single sign-on failed.');
  }

  get page(): SamlPageKind {
    if (this.reason === 'status') return 'cancelled';
    if (this.reason === 'idp_unavailable' || this.reason === 'not_configured') return 'unavailable';
    return 'failed';
  }
}

/** returnTo was not a same-site relative path. */
export class SamlBadReturnToError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'returnTo must be a path on this site.', { field: 'returnTo' });
  }
}
