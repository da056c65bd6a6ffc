package io.juesuan.core.port;

/** Formats the disclosure document is rendered in. */
public enum DocumentFormat {
  PDF("pdf", "application/pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  HTML("html", "text/html; charset=UTF-8");

  private final String extension;
  private final String mediaType;

  DocumentFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}
