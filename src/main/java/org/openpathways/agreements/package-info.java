/**
 * Agreements: bilateral labour-migration agreements and free-movement protocols with their partners, sectors and
 * workers' rights clauses, and the quotas they set per period, allocated at approval without ever giving out more
 * places than there are, their use shown live to everyone.
 */
@NullMarked
@ApplicationModule(displayName = "Agreements")
package org.openpathways.agreements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
