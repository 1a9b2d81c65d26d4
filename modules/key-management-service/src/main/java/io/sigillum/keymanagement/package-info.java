/** The key management service. */
package io.sigillum.keymanagement;
