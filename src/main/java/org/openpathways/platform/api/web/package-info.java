/**
 * How the API conventions are wired into Spring MVC: the request-body limit, the argument types for pagination and
 * conditional requests, and the configuration properties under {@code openpathways.api}.
 */
@NullMarked
package org.openpathways.platform.api.web;

import org.jspecify.annotations.NullMarked;
