package org.openpathways.applications.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The applicant's status answers kept in memory (ADR 0022).
 *
 * @param maxSize how many bytes of answers are kept at most (an application in one language is one answer, about
 *     1.5 KB, more with long requests for information); {@code 0} keeps none and answers every request through the
 *     whole application
 * @param timeToLive how long an answer is kept after it was built, however often it is read; expired answers are
 *     dropped within a minute, which bounds how long an applicant's details stay in this instance's memory
 */
@ConfigurationProperties("openpathways.applications.status-cache")
record StatusCacheProperties(
        @DefaultValue("64MB") DataSize maxSize,
        @DefaultValue("10m") Duration timeToLive) {}
