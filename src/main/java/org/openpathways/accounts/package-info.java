/**
 * Accounts and organisations: applicants who register themselves, staff created by administrators within
 * organisations, roles, sign-in with a second factor for staff, password reset and the security of every request.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package org.openpathways.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
