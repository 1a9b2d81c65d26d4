/**
 * The Arquillian container for Helidon MP. Put this module on a service's test class path and
 * write {@code @ExtendWith(ArquillianExtension.class)} tests with a
 * {@code @Deployment(testable = false)} archive; {@code @ArquillianResource URL} is the
 * running service's base URL.
 */
package io.sigillum.arquillian.helidon;
