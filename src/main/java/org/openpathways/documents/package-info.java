/**
 * Documents that people upload (passport scans, diplomas, contracts, evidence) and that later capabilities attach to
 * applications, referrals and complaints: checked by content, encrypted at rest and released only to their owner or
 * to whom a {@link org.openpathways.documents.DocumentAccessPolicy} admits.
 */
@NullMarked
@ApplicationModule(displayName = "Documents")
package org.openpathways.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
