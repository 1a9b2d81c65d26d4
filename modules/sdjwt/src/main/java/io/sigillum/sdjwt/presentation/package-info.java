/**
 * Presenting SD-JWTs (RFC 9901 §4.3, §5): {@link io.sigillum.sdjwt.presentation.SdJwtPresenter}
 * keeps the Disclosures of the chosen claims, and {@link io.sigillum.sdjwt.presentation.KeyBindingJwt}
 * signs a Key Binding JWT over the result with the holder's key.
 */
package io.sigillum.sdjwt.presentation;
