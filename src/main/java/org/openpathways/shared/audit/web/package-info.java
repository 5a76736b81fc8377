/** The auditor's two doors to the audit trail: the {@code /audit} pages and the {@code /api/v1/audit} API. */
@NullMarked
package org.openpathways.shared.audit.web;

import org.jspecify.annotations.NullMarked;
