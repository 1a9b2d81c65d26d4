/**
 * How the module reads JSON: the strict Jackson mapper and typed access to members with the
 * refusal each wrong shape earns. Not exported.
 */
package io.sigillum.dcql.internal;
