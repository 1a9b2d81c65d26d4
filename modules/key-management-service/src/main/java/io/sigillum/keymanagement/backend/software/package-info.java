/** The software backend: private keys wrapped with AES-256-GCM under a master key, stored in the schema. */
package io.sigillum.keymanagement.backend.software;
