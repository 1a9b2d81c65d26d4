/**
 * A DCQL query as typed data (§6) and its strict parser: {@link io.sigillum.dcql.query.DcqlQuery}
 * of {@link io.sigillum.dcql.query.CredentialQuery}s with their
 * {@link io.sigillum.dcql.query.ClaimsQuery}s and {@link io.sigillum.dcql.query.ClaimsPathPointer}s
 * (§7), {@link io.sigillum.dcql.query.CredentialSetQuery}s, {@link io.sigillum.dcql.query.TrustedAuthoritiesQuery}s
 * and the format-specific {@link io.sigillum.dcql.query.CredentialMeta} of Appendix B. Build a query
 * with {@link io.sigillum.dcql.query.DcqlParser}; the records' constructors only copy and null-check.
 */
package io.sigillum.dcql.query;
