/** The trust registry service. */
package io.sigillum.trustregistry;
