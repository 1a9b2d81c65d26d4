/**
 * Chooses the JCA provider: the Amazon Corretto Crypto Provider where its native library runs,
 * the JDK's own elsewhere, and reports which one is active.
 */
package io.sigillum.crypto.provider;
