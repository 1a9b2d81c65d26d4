/**
 * The public side of presenting (OpenID4VP 1.0): {@link io.sigillum.wallet.presentation.PresentationOptions}
 * (correct by default; each deliberate misbehaviour for negative tests is opt-in) and
 * {@link io.sigillum.wallet.presentation.PresentationResult}. {@link io.sigillum.wallet.Wallet#present(String)}
 * runs the flow.
 */
package io.sigillum.wallet.presentation;
