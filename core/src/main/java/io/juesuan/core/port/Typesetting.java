package io.juesuan.core.port;

/**
 * 排印能力 — which characters the disclosure documents can print (the bundled fonts have a glyph for
 * them). Text with a character outside it is a finding when the report is checked, never a document
 * that fails to render after publication. Implemented by the render module.
 */
public interface Typesetting {
  /** Whether {@code codePoint} can be printed in the documents. */
  boolean canPrint(int codePoint);
}
