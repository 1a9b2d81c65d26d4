/**
 * How {@link io.sigillum.presentation.PresentationVerifier} and
 * {@link io.sigillum.presentation.StatusLists} do their work: reading the {@code vp_token},
 * checking one SD-JWT VC presentation, naming the issuer in its certificate, remembering trust
 * evaluations, and reading and caching Status List Tokens. Not exported.
 */
package io.sigillum.presentation.internal;
