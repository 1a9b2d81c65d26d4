/** The service's connection to the message broker, obtained by URL from configuration. */
package io.sigillum.platform.messaging;
