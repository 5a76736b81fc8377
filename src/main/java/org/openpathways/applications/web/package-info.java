@NullMarked
package org.openpathways.applications.web;

import org.jspecify.annotations.NullMarked;
