package io.juesuan.core.filing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * 附件 — a file a reviewer attaches to a return (the 更正说明 of the department's draft, as HTML, DOCX or
 * PDF), kept with the report and downloadable by its filer.
 */
public record Attachment(
    String fileName, String mediaType, byte[] bytes, String addedBy, Instant addedAt) {
  /** The largest attachment accepted. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public Attachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(addedAt, "addedAt");
  }

  /** What a list of attachments shows: everything but the bytes. */
  public record Info(
      long id, String fileName, String mediaType, int byteCount, String addedBy, Instant addedAt) {}

  /**
   * An uploaded file checked: an HTML, DOCX or PDF file (by its name and its first bytes), not
   * empty, at most {@link #MAX_BYTES}; the name without folders or control characters.
   *
   * @throws InvalidEditException naming what is wrong, in Chinese
   */
  public static Attachment of(String uploadedName, byte[] bytes, String addedBy, Instant addedAt) {
    String name = uploadedName == null ? "" : uploadedName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
    if (name.length() > 120) {
      name = name.substring(name.length() - 120);
    }
    if (bytes.length == 0) {
      throw new InvalidEditException("附件“" + name + "”是空文件");
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidEditException("附件“" + name + "”过大，已拒绝：不能超过 " + (MAX_BYTES >> 20) + " MB");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String type;
    if (lower.endsWith(".pdf") && startsWith(bytes, "%PDF")) {
      type = "application/pdf";
    } else if (lower.endsWith(".docx") && startsWith(bytes, "PK")) {
      type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    } else if ((lower.endsWith(".html") || lower.endsWith(".htm")) && looksLikeText(bytes)) {
      type = "text/html";
    } else {
      throw new InvalidEditException("附件“" + name + "”不是 HTML、DOCX 或 PDF 文件（如更正说明.html / .docx）");
    }
    return new Attachment(name, type, bytes, addedBy, addedAt);
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < m.length) {
      return false;
    }
    for (int i = 0; i < m.length; i++) {
      if (bytes[i] != m[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeText(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
