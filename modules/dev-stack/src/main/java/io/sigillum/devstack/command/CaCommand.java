package io.sigillum.devstack.command;

import io.sigillum.devstack.StackException;
import io.sigillum.devstack.stack.StackLayout;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** {@code ca}: prints the development CA certificate, to give to curl, a browser or a wallet. */
public final class CaCommand {

    private final StackLayout layout;
    private final PrintStream out;

    public CaCommand(StackLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** @return the exit code */
    public int run() {
        if (!Files.exists(layout.caCertificate())) {
            throw new StackException("there is no development CA yet; run ./sigillum up first");
        }
        try {
            out.print(Files.readString(layout.caCertificate()));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + layout.caCertificate(), e);
        }
        return 0;
    }
}
