package org.openpathways.cases;

import java.time.LocalDate;

/** Where and when the person was first met; the place names a border post or an office, not the person. */
public record FirstContact(ContactPoint point, String place, LocalDate date) {}
