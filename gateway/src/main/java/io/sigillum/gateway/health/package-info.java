/** The gateway's health: its own liveness, and readiness that includes every upstream's. */
package io.sigillum.gateway.health;
