/**
 * Applications for a pathway: the applicant fills one in at their own pace (residence and work together, with their
 * family), attaches their documents and submits it once complete; then follows each step of its handling, and the
 * statutory clock that says by when it must be decided. Caseworkers take cases from a queue ordered by deadline, ask
 * for more information (which stops the clock) and extend the time where the pathway allows it.
 */
@NullMarked
@ApplicationModule(displayName = "Applications")
package org.openpathways.applications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
