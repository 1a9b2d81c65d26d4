/**
 * Response headers the gateway adds for the browser's sake: the security headers of every answer,
 * and CORS for the wallet web origins it is configured with.
 */
package io.sigillum.gateway.headers;
