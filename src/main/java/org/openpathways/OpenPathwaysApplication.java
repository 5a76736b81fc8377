package org.openpathways;

import org.openpathways.shared.command.CommandRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OpenPathways: safe, orderly and regular migration as digital public services.
 *
 * <p>Without arguments it serves the web pages and the API. With a command as first argument (e.g.
 * {@code verify-audit}, {@code rotate-keys}) it runs that command without opening an HTTP port and exits with the
 * command's status; see {@link org.openpathways.shared.command.Command}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "OpenPathways", sharedModules = "shared")
public class OpenPathwaysApplication {

    public static void main(String[] args) {
        boolean command = CommandRunner.isCommand(args);
        ConfigurableApplicationContext context = SpringApplication.run(
                OpenPathwaysApplication.class, command ? CommandRunner.commandArguments(args) : args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
