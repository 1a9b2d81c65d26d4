/** The test wallet: receives credentials over OpenID4VCI and keeps them. */
package io.sigillum.wallet;
