package io.sigillum.devstack;

import io.sigillum.devstack.cli.ArgumentParser;
import io.sigillum.devstack.cli.Invocation;
import io.sigillum.devstack.cli.Usage;
import io.sigillum.devstack.cli.UsageException;
import io.sigillum.devstack.command.CaCommand;
import io.sigillum.devstack.command.DemoCommand;
import io.sigillum.devstack.command.DownCommand;
import io.sigillum.devstack.command.LogsCommand;
import io.sigillum.devstack.command.StatusCommand;
import io.sigillum.devstack.command.TokenCommand;
import io.sigillum.devstack.command.UpCommand;
import io.sigillum.devstack.stack.ServiceCatalog;
import io.sigillum.devstack.stack.StackLayout;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The dev stack's command line: {@code up | down | status | logs | token | ca | demo | help}.
 * Started by the {@code ./sigillum} script from the repository root.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * @param args the command line
     * @param out  where results go
     * @param err  where errors go
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Invocation invocation = new ArgumentParser(ServiceCatalog.processNames(), System.getProperty("user.name", "developer"))
                    .parse(args);
            if (invocation instanceof Invocation.Help) {
                out.print(Usage.text());
                return 0;
            }
            return dispatch(invocation, StackLayout.fromEnvironment(), out, err);
        } catch (UsageException e) {
            return fail(e.toStackException(), err);
        } catch (StackException e) {
            return fail(e, err);
        } catch (UncheckedIOException e) {
            // File system trouble (permissions, a full disk): say what and where, in one line.
            return fail(new StackException(e.getMessage() + ": " + e.getCause().getMessage()), err);
        }
    }

    private static int dispatch(Invocation invocation, StackLayout layout, PrintStream out, PrintStream err) {
        return switch (invocation) {
            case Invocation.Up up -> new UpCommand(layout, out, err).run();
            case Invocation.Down down -> new DownCommand(layout, out).run();
            case Invocation.Status status -> new StatusCommand(layout, out).run();
            case Invocation.Logs logs -> new LogsCommand(layout, out).run(logs.name(), logs.follow());
            case Invocation.Token token -> new TokenCommand(layout, out).run(token.roles(), token.subject(), token.ttl());
            case Invocation.Ca ca -> new CaCommand(layout, out).run();
            case Invocation.Demo demo -> new DemoCommand(layout, out, err).run();
            case Invocation.Help help -> {
                out.print(Usage.text());
                yield 0;
            }
        };
    }

    private static int fail(StackException e, PrintStream err) {
        err.println("sigillum: " + e.getMessage());
        return e.exitCode();
    }
}
