/**
 * Cases through the API and pages. {@link org.openpathways.cases.web.CaseActors} is published as the {@code web} named
 * interface, so that modules that add to a case (screening, referrals) build the same {@code CaseActor}.
 */
@NullMarked
@NamedInterface("web")
package org.openpathways.cases.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
