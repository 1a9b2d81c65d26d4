/** The trust registry's snapshot, fetched with its ETag, cached, and evaluated in process. */
package io.sigillum.verification.trust;
