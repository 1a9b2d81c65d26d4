/**
 * The key-management service's load run: raw ES256 baselines through JMH, then the service as a
 * child process under HTTP load, single and batched signing, software and PKCS#11 keys, in one
 * table ({@link io.sigillum.benchmarks.kms.KmsLoadRun}).
 */
package io.sigillum.benchmarks.kms;
