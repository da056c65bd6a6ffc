package io.juesuan.cli;

/** Exit statuses (SPEC §9): 0 no errors, 1 errors found, 2 the input could not be read. */
final class ExitCodes {
  static final int OK = 0;
  static final int ERRORS = 1;
  static final int UNREADABLE = 2;

  private ExitCodes() {}
}
