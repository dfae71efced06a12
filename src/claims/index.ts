/**
 * The claims stage: claim objects built from sentences, markers and language signals.
 */
export { buildClaims, type ClaimOptions, type DraftClaim } from './build.js'
