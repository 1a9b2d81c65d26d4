/** Where private keys live: the backends and the choice of one per purpose. */
package io.sigillum.keymanagement.backend;
