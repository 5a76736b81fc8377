package org.openpathways.notifications;

/** A notification's subject and plain-text body in the recipient's language. */
public record RenderedMessage(String subject, String body) {}
