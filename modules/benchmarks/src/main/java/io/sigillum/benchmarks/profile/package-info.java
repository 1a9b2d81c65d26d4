/**
 * Profiling a load run's services: flight recordings of the measured window only, started with
 * {@code jcmd}, and a summary of where their Java time went.
 */
package io.sigillum.benchmarks.profile;
