package org.openpathways.shared.command;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Command} named by the first non-option argument, once the application has started, and keeps its
 * exit status for {@code SpringApplication.exit}. Without such an argument it does nothing: the application serves
 * requests as usual.
 */
@Component
public class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    /** The exit status when no command has that name. */
    static final int UNKNOWN_COMMAND = 2;

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    private final List<Command> commands;
    private int exitCode;

    CommandRunner(List<Command> commands) {
        this.commands = commands;
    }

    /**
     * Whether these program arguments ask for a command rather than the server. {@code main} uses it to start without
     * an HTTP port and to exit with the command's status.
     */
    public static boolean isCommand(String... args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /**
     * The arguments of a command run: the given ones, plus options (which outrank every other configuration source)
     * that open no HTTP port. A port of -1 still builds the web application context that web-layer beans of every
     * module rely on (security, locale resolution); {@code spring.main.web-application-type=none} would not.
     */
    public static String[] commandArguments(String... args) {
        return Stream.concat(Arrays.stream(args), Stream.of("--server.port=-1", "--spring.main.banner-mode=off"))
                .toArray(String[]::new);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> names = arguments.getNonOptionArgs();
        if (names.isEmpty()) {
            return;
        }
        String name = names.get(0);
        exitCode = commands.stream()
                .filter(command -> command.name().equals(name))
                .findFirst()
                .map(Command::run)
                .orElseGet(() -> {
                    log.error(
                            "Unknown command '{}'. Known commands: {}",
                            name,
                            commands.stream().map(Command::name).sorted().toList());
                    return UNKNOWN_COMMAND;
                });
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
