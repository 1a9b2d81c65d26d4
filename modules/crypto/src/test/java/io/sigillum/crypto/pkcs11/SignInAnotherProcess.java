package io.sigillum.crypto.pkcs11;

import com.nimbusds.jose.util.Base64URL;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run by {@link Pkcs11RestartTest} in a JVM of its own: opens the token, finds a key by alias
 * and signs. Arguments: library, slot id, alias, base64url message; the PIN comes on standard
 * input, so it is not in the process list. Prints the base64url signature.
 */
public final class SignInAnotherProcess {

    private SignInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        char[] pin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine().toCharArray();
        Pkcs11Config config = Pkcs11Config.of(Path.of(args[0]), Long.parseLong(args[1]));
        try (Pkcs11Token token = Pkcs11Token.open(config, pin)) {
            byte[] signature = token.signer(args[2]).sign(Base64URL.from(args[3]).decode());
            System.out.println(Base64URL.encode(signature));
        }
    }
}
