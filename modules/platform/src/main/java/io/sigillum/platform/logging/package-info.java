/** Logs as one JSON object per line, with the request's correlation id. */
package io.sigillum.platform.logging;
