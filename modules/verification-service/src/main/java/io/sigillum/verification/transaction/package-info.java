/** Presentation transactions: one relying-party request and the wallet's answer to it. */
package io.sigillum.verification.transaction;
