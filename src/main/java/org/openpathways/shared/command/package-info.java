/** Operators' tasks run from the command line ({@code java -jar openpathways.jar <command>}). */
@NullMarked
package org.openpathways.shared.command;

import org.jspecify.annotations.NullMarked;
