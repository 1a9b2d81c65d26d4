/**
 * Trusted issuers: who they are, whether they are trusted now (active, suspended, withdrawn) and
 * when (a validity window); registering, updating and changing their state.
 */
package io.sigillum.trustregistry.issuer;
