/** The credential issuance service. */
package io.sigillum.issuance;
