package io.sigillum.trustedlist.signature;

import javax.xml.crypto.Data;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.URIReference;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.XMLCryptoContext;
import java.util.Set;

/**
 * Dereferences only the whole document ({@code ""}) and {@code #Id}s registered inside the
 * signature, through the JDK's own dereferencer; anything else (a file, a URL, an XPointer) is
 * refused, so verifying a list never reads anything but the list.
 */
final class RestrictedDereferencer implements URIDereferencer {

    private final URIDereferencer delegate;
    private final Set<String> ids;

    RestrictedDereferencer(URIDereferencer delegate, Set<String> ids) {
        this.delegate = delegate;
        this.ids = Set.copyOf(ids);
    }

    @Override
    public Data dereference(URIReference reference, XMLCryptoContext context) throws URIReferenceException {
        String uri = reference.getURI();
        boolean allowed = "".equals(uri)
                || (uri != null && uri.startsWith("#") && ids.contains(uri.substring(1)));
        if (!allowed) {
            throw new URIReferenceException("the reference '" + uri + "' is not dereferenced");
        }
        return delegate.dereference(reference, context);
    }
}
