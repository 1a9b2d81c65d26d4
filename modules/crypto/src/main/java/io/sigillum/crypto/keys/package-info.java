/** Key pair generation for the curves Sigillum uses. */
package io.sigillum.crypto.keys;
