/** Allocation of random, never reused entries, safe with several replicas on one database. */
package io.sigillum.status.allocation;
