/** Trusted issuers: who they are and whether they are trusted now. */
package io.sigillum.trustregistry.issuer;
