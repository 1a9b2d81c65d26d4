/** Applying each service's Flyway migrations to its own schema. */
package io.sigillum.migrations;
