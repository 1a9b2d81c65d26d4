/**
 * The SD-JWT VC profile (draft-ietf-oauth-sd-jwt-vc) over this module's SD-JWT: issuance with
 * {@code typ: dc+sd-jwt}, {@code vct}, {@code iss}, {@code iat}, optional {@code nbf}, {@code exp},
 * {@code cnf} and {@code status}, refusing to make the claims the draft keeps out of Disclosures
 * selectively disclosable; verification of the header type, those claims, the validity window and,
 * when required, Key Binding through {@code cnf.jwk}. Finding and trusting the issuer's key (JWT VC
 * Issuer Metadata, {@code x5c}) and Type Metadata are the caller's part.
 */
package io.sigillum.sdjwt.vc;
