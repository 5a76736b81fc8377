package org.openpathways.permits;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code openpathways.permits.*}.
 *
 * @param revocationGrounds the closed list of grounds a permit may be revoked on (codes; their names are the messages
 *     {@code permits.ground.<code>})
 * @param renewalWindowDays how many days before a renewable permit expires its holder may apply to renew it
 */
@ConfigurationProperties("openpathways.permits")
public record PermitsProperties(
        @DefaultValue({"fraud", "false-documents", "public-security", "conditions-breached", "conditions-no-longer-met"
        })
        List<String> revocationGrounds,

        @DefaultValue("90") int renewalWindowDays) {

    public PermitsProperties {
        revocationGrounds = List.copyOf(revocationGrounds);
    }
}
