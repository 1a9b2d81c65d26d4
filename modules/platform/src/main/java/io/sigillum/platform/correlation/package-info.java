/** Gives each request a correlation id (taken from the caller or made here) and echoes it. */
package io.sigillum.platform.correlation;
