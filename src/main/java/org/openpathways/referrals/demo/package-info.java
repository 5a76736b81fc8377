/** Demo data of the referrals module. */
@NullMarked
package org.openpathways.referrals.demo;

import org.jspecify.annotations.NullMarked;
