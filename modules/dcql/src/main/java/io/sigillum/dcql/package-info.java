/**
 * What the whole module shares: the specification's names ({@link io.sigillum.dcql.DcqlSpec}) and
 * the one exception a refused query raises ({@link io.sigillum.dcql.DcqlException}).
 */
package io.sigillum.dcql;
