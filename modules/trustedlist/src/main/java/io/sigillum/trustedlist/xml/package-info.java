/**
 * Safe XML for trusted lists (not exported): {@link io.sigillum.trustedlist.xml.SecureXmlParser}
 * builds a namespace-aware DOM with DTDs, entities, XInclude and external access refused, after
 * {@link io.sigillum.trustedlist.xml.BoundedInput} has capped the input's size;
 * {@link io.sigillum.trustedlist.xml.DoctypeProbe} tells a refused DOCTYPE from malformed XML; and
 * {@link io.sigillum.trustedlist.xml.Elements} walks the document strictly from its root, child by
 * child, so nothing is read from outside the expected place.
 */
package io.sigillum.trustedlist.xml;
