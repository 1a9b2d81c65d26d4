/** The service's own schema: migrated before first use, and watched by readiness. */
package io.sigillum.platform.persistence;
