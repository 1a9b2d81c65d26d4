/** The narrated demo: a person's PID issued to the test wallet through the running stack. */
package io.sigillum.devstack.demo;
