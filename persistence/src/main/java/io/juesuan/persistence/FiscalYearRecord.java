package io.juesuan.persistence;

/** 决算年度 the administrator opened for filing. */
public record FiscalYearRecord(int year, boolean openForFiling) {}
