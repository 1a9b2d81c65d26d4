/**
 * What the whole Token Status List library shares: the draft's names and numbers
 * ({@link io.sigillum.statuslist.TokenStatusListSpec}) and the one exception every refusal raises
 * ({@link io.sigillum.statuslist.StatusListException}, with a reason).
 */
package io.sigillum.statuslist;
