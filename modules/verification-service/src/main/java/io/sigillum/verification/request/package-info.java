/** Authorization requests passed by reference (OpenID4VP 1.0 §5.10, RFC 9101). */
package io.sigillum.verification.request;
