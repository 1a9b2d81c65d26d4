/**
 * CBOR (RFC 8949) as COSE, mdoc and CWT need it: a small immutable value model
 * ({@link io.sigillum.crypto.cbor.CborValue}) with integer and text map keys and tags, a strict
 * decoder and a deterministic encoder ({@link io.sigillum.crypto.cbor.Cbor}). The bytes are read
 * and written by Jackson's CBOR codec; this package adds the data model Jackson's tree lacks and
 * the strictness signed data needs.
 */
package io.sigillum.crypto.cbor;
