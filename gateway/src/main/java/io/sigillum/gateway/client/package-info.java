/**
 * Who the client is when the gateway sits behind a load balancer or an ingress: the address the
 * trusted proxies say they forwarded for, never what an untrusted peer claims.
 */
package io.sigillum.gateway.client;
