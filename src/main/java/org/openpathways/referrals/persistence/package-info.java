/** The referrals module's rows: plain SQL, encrypting and decrypting the text columns that may describe the person. */
@NullMarked
package org.openpathways.referrals.persistence;

import org.jspecify.annotations.NullMarked;
