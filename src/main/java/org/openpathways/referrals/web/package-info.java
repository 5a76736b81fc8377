/** The referrals module's pages and API: one facade call behind each, both doors the same. */
@NullMarked
package org.openpathways.referrals.web;

import org.jspecify.annotations.NullMarked;
