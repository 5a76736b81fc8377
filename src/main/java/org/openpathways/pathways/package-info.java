/**
 * The public catalogue of regular pathways (labour, family, study, humanitarian and climate, regularization, free
 * movement, temporary protection): what each one offers, who can apply, what it costs and how long a decision takes,
 * in plain words in every language of the platform.
 */
@NullMarked
@ApplicationModule(displayName = "Pathways")
package org.openpathways.pathways;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
