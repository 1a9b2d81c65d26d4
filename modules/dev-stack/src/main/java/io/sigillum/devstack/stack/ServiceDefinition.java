package io.sigillum.devstack.stack;

import java.nio.file.Path;

/**
 * One Sigillum process the dev stack runs.
 *
 * @param name     short name used for logs, pid files, keystores and the command line
 * @param jar      the runnable jar, relative to the repository root
 * @param port     the HTTPS port on 127.0.0.1
 * @param database whether the process gets its own H2 database under {@code var/<name>/}
 */
public record ServiceDefinition(String name, Path jar, int port, boolean database) {
}
