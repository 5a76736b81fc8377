/** The administrator's two doors to the encryption keys: the {@code /admin/keys} page and its API. */
@NullMarked
package org.openpathways.shared.crypto.web;

import org.jspecify.annotations.NullMarked;
