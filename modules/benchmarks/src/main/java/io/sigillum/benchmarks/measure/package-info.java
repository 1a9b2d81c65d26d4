/**
 * What the load runs share: exact latency percentiles, CPU time of processes, the machine's facts,
 * JMH baselines run in-process, and the parsing of duration options.
 */
package io.sigillum.benchmarks.measure;
