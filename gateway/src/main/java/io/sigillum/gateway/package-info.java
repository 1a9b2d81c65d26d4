/** The gateway's process: configuration, the web server and its routes. */
package io.sigillum.gateway;
