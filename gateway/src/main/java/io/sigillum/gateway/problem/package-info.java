/** The gateway's own answers to what it refuses or cannot forward: RFC 9457 problem details. */
package io.sigillum.gateway.problem;
