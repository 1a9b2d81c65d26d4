/** OAuth 2.0 building blocks the issuer's protocol endpoints share: error answers and one-time secrets. */
package io.sigillum.issuance.oauth;
