package org.openpathways.pathways;

/**
 * One version of a pathway written as a document, ready to be sent or saved as a file.
 *
 * @param content the document, which imported again gives the same version back
 */
public record ExportedDefinition(String code, int version, DocumentFormat format, byte[] content) {

    /** The file name it is offered under, e.g. {@code study-v3.yaml}. */
    public String fileName() {
        return code + "-v" + version + "." + format.extension();
    }
}
