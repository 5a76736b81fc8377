/**
 * Referrals: the directory of service providers, the person's consent to share named categories of their case's data
 * with one provider until a date, and referrals to a provider's service that it accepts or declines, delivers and
 * closes within the response time of their urgency, the provider seeing only the consented data.
 */
@NullMarked
@ApplicationModule(displayName = "Referrals")
package org.openpathways.referrals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
