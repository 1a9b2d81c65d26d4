/** RFC 9457 problem details: every error a Sigillum service answers with, and the mappers that make them. */
package io.sigillum.platform.problem;
