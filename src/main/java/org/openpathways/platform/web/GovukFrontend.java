package org.openpathways.platform.web;

/** The version of the GOV.UK Frontend webjar whose patterns the pages use; kept in step with the build. */
final class GovukFrontend {

    static final String VERSION = "5.14.0";

    private GovukFrontend() {}
}
