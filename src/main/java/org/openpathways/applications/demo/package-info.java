@NullMarked
package org.openpathways.applications.demo;

import org.jspecify.annotations.NullMarked;
