/** ZLIB with a hard output cap, strict base64url, and typed reads of JSON members: not exported. */
package io.sigillum.statuslist.internal;
