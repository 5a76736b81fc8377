/** Demo mode: protection cases not yet screened (at the consulate and through an application), and case management
 * on them: tasks, approvals, notes and transfers. */
@NullMarked
package org.openpathways.cases.demo;

import org.jspecify.annotations.NullMarked;
