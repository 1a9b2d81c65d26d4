/** Entries of status lists and the changes of their status. */
package io.sigillum.status.entry;
