package io.juesuan.core.port;

import java.util.List;
import java.util.Optional;

/**
 * 定稿文件库 — where the documents of a published (frozen) version are kept once produced, so that a
 * download never renders again. Implemented by the persistence module (in the database, shared by
 * every app instance).
 */
public interface DocumentStore {
  /**
   * Stores the documents of a report version; a format already stored keeps its first document (a
   * frozen version's documents never change).
   */
  void putAll(long reportId, List<StoredDocument> documents);

  /** The stored document of a report version in a format (pdf, docx, xlsx, html, csv). */
  Optional<StoredDocument> get(long reportId, String format);
}
