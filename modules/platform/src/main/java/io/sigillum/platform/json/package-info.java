/** How JSON bodies are read and written. */
package io.sigillum.platform.json;
