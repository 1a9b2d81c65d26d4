/** What the wallet keeps: verified credentials with their holder keys and disclosed claims, in memory. */
package io.sigillum.wallet.store;
