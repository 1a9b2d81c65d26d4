/** Correlation ids: one per request, taken from the caller or made here, echoed and logged. */
package io.sigillum.platform.correlation;
