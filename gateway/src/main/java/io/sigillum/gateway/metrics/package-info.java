/** The gateway's own metrics, for scraping. */
package io.sigillum.gateway.metrics;
