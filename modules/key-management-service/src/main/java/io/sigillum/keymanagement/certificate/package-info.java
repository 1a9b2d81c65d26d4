/** The deployment's certificate authorities and the certificates of managed keys. */
package io.sigillum.keymanagement.certificate;
