/** Status list tokens fetched over HTTP for the status checks, and the events that invalidate them. */
package io.sigillum.verification.status;
