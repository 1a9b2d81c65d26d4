/** Correlation ids and JSON log lines. */
package io.sigillum.observability;
