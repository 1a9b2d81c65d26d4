package io.sigillum.devstack.cli;

import java.time.Duration;
import java.util.List;

/** A parsed command line: which command, with its options. */
public sealed interface Invocation {

    /** {@code up}: start everything. */
    record Up() implements Invocation {
    }

    /** {@code down}: stop everything. */
    record Down() implements Invocation {
    }

    /** {@code status}: what runs and whether it is ready. */
    record Status() implements Invocation {
    }

    /** {@code ca}: print the development CA certificate. */
    record Ca() implements Invocation {
    }

    /** {@code demo}: start if needed and show the stack. */
    record Demo() implements Invocation {
    }

    /** {@code help}: print the commands. */
    record Help() implements Invocation {
    }

    /**
     * {@code logs <name> [-f]}.
     *
     * @param name   the process whose log to print
     * @param follow keep printing what is appended, like {@code tail -f}
     */
    record Logs(String name, boolean follow) implements Invocation {
    }

    /**
     * {@code token --role R… [--subject S] [--ttl 15m]}.
     *
     * @param roles   at least one role
     * @param subject the token's subject
     * @param ttl     its lifetime
     */
    record Token(List<String> roles, String subject, Duration ttl) implements Invocation {
        public Token {
            roles = List.copyOf(roles);
        }
    }
}
