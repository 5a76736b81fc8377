package org.openpathways.platform.security;

import jakarta.servlet.Filter;

/**
 * A filter a module adds to the security chain, just before authorisation is decided: for credentials that are not
 * a session, such as the metrics scraper's token. (A contribution rather than a {@code Filter} bean, which the server
 * would also run outside the chain.)
 */
public interface SecurityFilterContribution {

    Filter filter();
}
