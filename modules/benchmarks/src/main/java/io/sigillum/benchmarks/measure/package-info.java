/**
 * What the load runs share: the closed-loop window and each client's tally, exact latency
 * percentiles, CPU time of processes, the machine's facts, JMH baselines run in-process and the
 * crypto bounds' signed inputs, the bounds table and error banner of the reports, and the parsing
 * of options.
 */
package io.sigillum.benchmarks.measure;
