/**
 * Reading and accepting ETSI TS 119 612 trusted lists: {@link io.sigillum.trustedlist.TrustedListReader}
 * turns signed XML into a {@link io.sigillum.trustedlist.model.TrustedList} or refuses it with a
 * {@link io.sigillum.trustedlist.TrustedListException}; {@link io.sigillum.trustedlist.TrustedListAcceptance}
 * decides whether a verified list may replace the one held; {@link io.sigillum.trustedlist.TrustedListSpec}
 * holds the standard's names.
 */
package io.sigillum.trustedlist;
