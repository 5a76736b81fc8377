/**
 * The platform every capability stands on: the embedded database, languages, the web shell (layout, design system,
 * error pages), API conventions (problem details, idempotency, pagination, ETags) and the extension points through
 * which modules declare their public and protected paths.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.openpathways.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
