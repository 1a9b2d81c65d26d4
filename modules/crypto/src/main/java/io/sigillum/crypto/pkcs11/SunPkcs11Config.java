package io.sigillum.crypto.pkcs11;

/**
 * Writes the inline configuration a {@code SunPKCS11} provider is made from
 * ({@code Provider.configure("--" + text)}), so no configuration file has to exist on disk.
 */
final class SunPkcs11Config {

    private SunPkcs11Config() {
    }

    /**
     * @param config the library and the slot
     * @return the configuration text, with the {@code --} prefix that marks it as inline
     */
    static String inline(Pkcs11Config config) {
        // Quoted, so a path with spaces stays one value; Pkcs11Config has refused quotes,
        // line breaks and "${" already, and a backslash is doubled because the quoted form
        // reads it as an escape.
        String library = config.library().toString().replace("\\", "\\\\");
        return "--"
                + "name = sigillum\n"
                + "library = \"" + library + "\"\n"
                + config.slot().configLine() + "\n"
                // Every private key this provider generates is a token object, so it outlives
                // the session and the process; sensitive and not extractable, so its value never
                // leaves the HSM, not even wrapped; and it signs, never derives. The provider
                // is private to one Pkcs11Token (never added to the JCA list), so no one else
                // generates keys through these settings by accident. Public keys stay session
                // objects: the certificate stored with the key carries the public key already.
                + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n"
                + "  CKA_TOKEN = true\n"
                + "  CKA_PRIVATE = true\n"
                + "  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n"
                + "  CKA_SIGN = true\n"
                + "  CKA_DERIVE = false\n"
                + "}\n";
    }
}
