/** The verification service. */
package io.sigillum.verification;
