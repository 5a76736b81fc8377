/**
 * Protection cases: a person met at first contact (a border point, a consulate, an application), kept as one case
 * owned by an organisation, with the person's identity encrypted and every read by staff audited. Screening, children's
 * protection, referrals and case management hang off the case; who may see a case is decided here.
 */
@NullMarked
@ApplicationModule(displayName = "Cases")
package org.openpathways.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
