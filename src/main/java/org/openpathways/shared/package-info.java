/**
 * The shared kernel every module may use: the audit trail, field encryption and plain-text validation. It depends on
 * no business module.
 */
@NullMarked
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package org.openpathways.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
