/** Small helpers for reading the gateway's configuration the same way everywhere. */
package io.sigillum.gateway.config;
