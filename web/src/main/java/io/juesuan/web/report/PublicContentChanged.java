package io.juesuan.web.report;

/**
 * Published once a transaction changed what the public portal shows (a version published, a new
 * version started): pages cached for anonymous readers are out of date.
 */
public record PublicContentChanged(long reportId) {}
