package io.sigillum.devstack.command;

import io.sigillum.devstack.pki.DevJwtKey;
import io.sigillum.devstack.stack.StackLayout;
import io.sigillum.devstack.token.DevTokenFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** {@code token}: prints a development access token and nothing else, for use in scripts. */
public final class TokenCommand {

    private final StackLayout layout;
    private final PrintStream out;

    public TokenCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /**
     * @param roles   the token's groups
     * @param subject its subject
     * @param ttl     its lifetime
     * @return the exit code
     */
    public int run(List<String> roles, String subject, Duration ttl) {
        DevTokenFactory tokens = new DevTokenFactory(DevJwtKey.load(layout), Clock.systemUTC());
        out.println(tokens.mint(subject, roles, ttl));
        return 0;
    }
}
