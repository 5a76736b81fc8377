package org.openpathways.pathways.rules.json;

/** JSON paths as problems name them: {@code criteria.anyOf[1].allOf[0].years}. */
final class Paths {

    private Paths() {}

    static String member(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
