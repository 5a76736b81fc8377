package org.openpathways.screening.children;

import java.util.UUID;

/** A staff member who may sit on a best-interests determination panel for a case, by name. */
public record PanelCandidate(UUID account, String name) {}
