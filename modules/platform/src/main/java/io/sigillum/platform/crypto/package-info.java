/** The process's cryptographic provider: installed first at start-up, reported in health and metrics. */
package io.sigillum.platform.crypto;
