/** The status service. */
package io.sigillum.status;
