/** HTTP and JSON plumbing over the JDK client and Jackson. Not exported. */
package io.sigillum.wallet.http;
