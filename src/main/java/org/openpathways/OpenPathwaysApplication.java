package org.openpathways;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OpenPathways: safe, orderly and regular migration as digital public services. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "OpenPathways", sharedModules = "shared")
public class OpenPathwaysApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenPathwaysApplication.class, args);
    }
}
