package io.juesuan.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * 定稿文件 — one frozen document of a published version (PDF, DOCX, XLSX, HTML or the cells CSV), as
 * produced once at approval: its bytes, media type, SHA-256 (hex, the HTTP entity tag) and when it
 * was produced. The bytes are not copied: treat them as read-only.
 */
public record StoredDocument(
    String format, String mediaType, byte[] bytes, String sha256, Instant producedAt) {
  public StoredDocument {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(producedAt, "producedAt");
  }
}
