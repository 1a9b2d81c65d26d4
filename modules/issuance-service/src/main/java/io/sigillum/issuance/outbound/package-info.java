/** Calls this service makes to others: the HTTP client, its trust and its bearer tokens. */
package io.sigillum.issuance.outbound;
