/** The checks of a presented vp_token: signatures, trust, disclosures, key binding, validity and status. */
package io.sigillum.verification.presentation;
