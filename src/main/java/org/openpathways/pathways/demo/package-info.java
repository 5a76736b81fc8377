/** The demonstration catalogue: pathway documents shipped with the application, loaded in demo mode. */
@NullMarked
package org.openpathways.pathways.demo;

import org.jspecify.annotations.NullMarked;
