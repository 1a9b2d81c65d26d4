package io.sigillum.trust.evaluation.internal;

import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.TrustedIssuer;

/**
 * One issuer holding one anchor. Several holders of one anchor are how issuers share a root.
 *
 * @param issuer the issuer
 * @param anchor one of its anchors
 */
record Holder(TrustedIssuer issuer, Anchor anchor) {
}
