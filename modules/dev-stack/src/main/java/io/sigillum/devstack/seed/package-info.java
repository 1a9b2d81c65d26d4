/** What the dev stack records in its services after they start, so the demo works on a fresh clone. */
package io.sigillum.devstack.seed;
