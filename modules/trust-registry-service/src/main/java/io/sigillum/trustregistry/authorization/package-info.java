/** Authorizations: the credential types (SD-JWT VC vct, mdoc doctype) each issuer may issue, granted and revoked. */
package io.sigillum.trustregistry.authorization;
