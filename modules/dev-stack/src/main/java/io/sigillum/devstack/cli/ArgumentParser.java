package io.sigillum.devstack.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Turns {@code args} into an {@link Invocation}, refusing anything it does not know. */
public final class ArgumentParser {

    /** How long a token lives unless {@code --ttl} says otherwise. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
    /** Development tokens are short-lived: a day at most. */
    public static final Duration MAX_TTL = Duration.ofDays(1);

    private final Collection<String> processNames;
    private final String defaultSubject;

    /**
     * @param processNames   the names {@code logs} accepts
     * @param defaultSubject the token subject when {@code --subject} is absent
     */
    public ArgumentParser(Collection<String> processNames, String defaultSubject) {
        this.processNames = List.copyOf(processNames);
        this.defaultSubject = defaultSubject;
    }

    /**
     * @param args the program arguments
     * @return what to do
     * @throws UsageException if they do not parse
     */
    public Invocation parse(String... args) {
        if (args.length == 0) {
            return new Invocation.Help();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "up" -> noArguments(rest, new Invocation.Up());
            case "down" -> noArguments(rest, new Invocation.Down());
            case "status" -> noArguments(rest, new Invocation.Status());
            case "ca" -> noArguments(rest, new Invocation.Ca());
            case "demo" -> noArguments(rest, new Invocation.Demo());
            case "help", "-h", "--help" -> new Invocation.Help();
            case "logs" -> logs(rest);
            case "token" -> token(rest);
            default -> throw new UsageException("unknown command '" + args[0] + "'");
        };
    }

    private static Invocation noArguments(List<String> rest, Invocation invocation) {
        if (!rest.isEmpty()) {
            throw new UsageException("unexpected argument '" + rest.get(0) + "'");
        }
        return invocation;
    }

    private Invocation logs(List<String> rest) {
        String name = null;
        boolean follow = false;
        for (String arg : rest) {
            if (arg.equals("-f") || arg.equals("--follow")) {
                follow = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option '" + arg + "' for logs");
            } else if (name != null) {
                throw new UsageException("logs takes one name, not '" + name + "' and '" + arg + "'");
            } else {
                name = arg;
            }
        }
        if (name == null || !processNames.contains(name)) {
            throw new UsageException((name == null ? "logs needs a name" : "no process named '" + name + "'")
                    + "; one of: " + String.join(", ", processNames));
        }
        return new Invocation.Logs(name, follow);
    }

    private Invocation token(List<String> rest) {
        List<String> roles = new ArrayList<>();
        String subject = defaultSubject;
        Duration ttl = DEFAULT_TTL;
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            String value = valueOf(option, rest, i);
            switch (option) {
                case "--role" -> roles.add(value);
                case "--subject" -> subject = value;
                case "--ttl" -> ttl = DurationParser.parse(value);
                default -> throw new UsageException("unknown option '" + option + "' for token");
            }
            i++;
        }
        if (roles.isEmpty()) {
            throw new UsageException("token needs at least one --role, e.g. --role issuer-admin");
        }
        if (ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new UsageException("--ttl must be more than 0 and at most 1d");
        }
        return new Invocation.Token(roles, subject, ttl);
    }

    private static String valueOf(String option, List<String> rest, int index) {
        if (!option.startsWith("--")) {
            throw new UsageException("unexpected argument '" + option + "' for token");
        }
        if (index + 1 >= rest.size() || rest.get(index + 1).isBlank() || rest.get(index + 1).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.get(index + 1);
    }
}
