package org.openpathways.platform.api;

/**
 * Which page of a list the caller asked for, from the query parameters {@code page} (from 0, default 0) and
 * {@code size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}). Declare it as a handler parameter; values out
 * of range are refused with a 400 problem naming the parameter.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
    }

    public static PageQuery first() {
        return new PageQuery(0, DEFAULT_SIZE);
    }

    /** How many items come before this page, for SQL's {@code offset}. */
    public long offset() {
        return (long) page * size;
    }
}
