package org.openpathways.shared.command;

/**
 * An operator's task run from the command line instead of serving requests, e.g.
 * {@code java -jar openpathways.jar verify-audit}.
 *
 * <p>When the first argument of the application is not an option ({@code --name=value}), {@code main} starts the
 * application without opening an HTTP port, {@link CommandRunner} runs the command whose {@link #name()} matches, and
 * the process ends with the command's exit status. Everything else (database, migrations, keys) starts as usual, so a
 * command sees exactly what the server would. With the embedded database, stop the server first: two processes
 * cannot share one data folder.
 *
 * <p>Modules publish commands as beans. A command reports through logging, never through standard output.
 */
public interface Command {

    /** The argument that runs it, e.g. {@code verify-audit}. */
    String name();

    /**
     * Runs the command.
     *
     * @return the process exit status: 0 when all is well, 1 when the command found a problem
     */
    int run();
}
