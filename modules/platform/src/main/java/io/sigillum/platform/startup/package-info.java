/** Starting a service, and saying in one line why it could not start. */
package io.sigillum.platform.startup;
