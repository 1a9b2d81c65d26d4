/** The HTTP client this service calls others with, and its service token. */
package io.sigillum.verification.outbound;
