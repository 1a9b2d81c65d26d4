/**
 * Answering an OpenID4VP 1.0 Authorization Request: choosing held credentials with DCQL (§6.4),
 * presenting SD-JWT VCs with only the selected Disclosures and a Key Binding JWT (Appendix B.3.6),
 * the VP Token (§8.1), and sending it by {@code direct_post} or, encrypted, {@code direct_post.jwt}
 * (§8.2, §8.3). Misbehaviours asked for in the options are applied here. Not exported.
 */
package io.sigillum.wallet.vp.response;
