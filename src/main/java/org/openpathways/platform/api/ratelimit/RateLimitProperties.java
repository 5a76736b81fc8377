package org.openpathways.platform.api.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits per client address, {@code openpathways.rate-limit.*}. Each limit is a token bucket: a client may send
 * {@code capacity} requests at once, and regains that many over {@code period}. The buckets live in this instance's
 * memory: behind a load balancer with n instances a client may reach up to n times the limit.
 */
@ConfigurationProperties("openpathways.rate-limit")
public class RateLimitProperties {

    private boolean enabled = true;

    /** How many clients' buckets are kept at most; the least recently seen are forgotten first. */
    private int maxClients = 20_000;

    /** POST, PUT, PATCH and DELETE under {@code /api/}. */
    private final Limit api = new Limit(300, Duration.ofMinutes(1));

    /** Sign-in form posts ({@code POST /login}). */
    private final Limit signIn = new Limit(20, Duration.ofMinutes(1));

    /** Registration form posts ({@code POST /register}). */
    private final Limit registration = new Limit(10, Duration.ofMinutes(10));

    /** Password-reset form posts ({@code POST /password-reset/**}). */
    private final Limit passwordReset = new Limit(10, Duration.ofMinutes(10));

    /** Public look-ups by a value the caller chooses, such as permit verification (GET). */
    private final Limit lookup = new Limit(60, Duration.ofMinutes(1));

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getMaxClients() {
        return maxClients;
    }

    public void setMaxClients(int maxClients) {
        this.maxClients = maxClients;
    }

    public Limit getApi() {
        return api;
    }

    public Limit getSignIn() {
        return signIn;
    }

    public Limit getRegistration() {
        return registration;
    }

    public Limit getPasswordReset() {
        return passwordReset;
    }

    public Limit getLookup() {
        return lookup;
    }

    public static class Limit {

        private int capacity;
        private Duration period;

        Limit(int capacity, Duration period) {
            this.capacity = capacity;
            this.period = period;
        }

        public int getCapacity() {
            return capacity;
        }

        public void setCapacity(int capacity) {
            this.capacity = capacity;
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }
    }
}
