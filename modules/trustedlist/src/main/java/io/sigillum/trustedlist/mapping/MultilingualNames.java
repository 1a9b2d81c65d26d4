package io.sigillum.trustedlist.mapping;

import io.sigillum.trustedlist.TrustedListException;
import io.sigillum.trustedlist.TrustedListException.Reason;
import io.sigillum.trustedlist.TrustedListSpec;
import io.sigillum.trustedlist.xml.Elements;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import java.util.ArrayList;
import java.util.List;

/**
 * Multilingual names (TS 119 612): a parent holding one {@code Name} per language, each
 * with {@code xml:lang}. One language is kept: English where given, otherwise the first.
 */
final class MultilingualNames {

    private MultilingualNames() {
    }

    /** @return the English name, or the first name when none is in English */
    static String preferred(Element parent) throws TrustedListException {
        List<Element> names = names(parent);
        for (Element name : names) {
            if (english(name)) {
                return Elements.text(name);
            }
        }
        return Elements.text(names.get(0));
    }

    /** @return every name, the English ones first, otherwise in document order */
    static List<String> all(Element parent) throws TrustedListException {
        List<String> english = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Element name : names(parent)) {
            (english(name) ? english : others).add(Elements.text(name));
        }
        english.addAll(others);
        return english;
    }

    private static List<Element> names(Element parent) throws TrustedListException {
        List<Element> names = Elements.children(parent, TrustedListSpec.NS_TSL, TrustedListSpec.NAME);
        if (names.isEmpty()) {
            throw new TrustedListException(Reason.MALFORMED, parent.getLocalName() + " has no Name");
        }
        return names;
    }

    private static boolean english(Element name) {
        String lang = name.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
        return lang.equalsIgnoreCase(TrustedListSpec.PREFERRED_LANGUAGE)
                || lang.regionMatches(true, 0, TrustedListSpec.PREFERRED_LANGUAGE + "-", 0, 3);
    }
}
