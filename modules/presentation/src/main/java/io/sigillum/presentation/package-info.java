/**
 * Verifying an OpenID4VP 1.0 {@code vp_token} of SD-JWT VC presentations against a DCQL query:
 * {@link io.sigillum.presentation.PresentationVerifier} answers a
 * {@link io.sigillum.presentation.PresentationResult}, never an exception, and
 * {@link io.sigillum.presentation.StatusLists} keeps the verified Status List Tokens it needs.
 */
package io.sigillum.presentation;
