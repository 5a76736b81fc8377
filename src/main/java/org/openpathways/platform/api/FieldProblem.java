package org.openpathways.platform.api;

/**
 * One entry of the {@code errors} member of a validation problem: which field or parameter is wrong, and a translated
 * sentence saying why. The field is a dotted path into the body ({@code address.postcode}, {@code members[1].name}),
 * or the name of the parameter or header; it is empty when the whole body is at fault.
 */
public record FieldProblem(String field, String message) {}
