/**
 * Vulnerability screening at first contact (a questionnaire kept as data, ending in an intervention rating and the
 * actions it requires) and the protection of children (age assessment, unaccompanied and separated children, the
 * child's interview with a representative present, guardians, best-interests assessment and determination). Screening
 * never refuses, delays or scores an application. Other modules read a case's needs through
 * {@link org.openpathways.screening.Screenings#needsOf}.
 */
@NullMarked
@ApplicationModule(displayName = "Screening")
package org.openpathways.screening;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
