/** QR codes of the links wallets are handed. */
package io.sigillum.platform.qr;
