package org.openpathways.pathways.rules.json;

/** JSON paths as problems name them: {@code criteria.anyOf[1].allOf[0].years}. */
public final class Paths {

    private Paths() {}

    public static String member(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
