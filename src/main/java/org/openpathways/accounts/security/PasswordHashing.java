package org.openpathways.accounts.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and method-level authorisation, needed with or without the web server (commands run without it).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class PasswordHashing {

    /** Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations), tagged so that they can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder("argon2id", Map.of("argon2id", argon2));
    }
}
