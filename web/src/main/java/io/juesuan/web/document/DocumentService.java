package io.juesuan.web.document;

import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.port.DocumentRenderer;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.CellsCsv;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Downloads of a department-year: the disclosure document (PDF, DOCX, XLSX, HTML) from the render
 * module's {@link DocumentRenderer}, and the open-data cells CSV (SPEC §8).
 */
@Service
public class DocumentService {
  private final ObjectProvider<DocumentRenderer> renderer;
  private final FrozenDocuments frozen;

  public DocumentService(ObjectProvider<DocumentRenderer> renderer, FrozenDocuments frozen) {
    this.renderer = renderer;
    this.frozen = frozen;
  }

  /**
   * A download of a published (frozen) version: the stored document, with {@code ETag}, {@code
   * Last-Modified} and {@code Cache-Control: public}; a conditional request that still matches gets
   * 304 without a body. Other versions (drafts in review) are rendered for each request.
   */
  public ResponseEntity<byte[]> download(
      ReportHeader h,
      java.util.function.Supplier<FinalAccounts> accounts,
      String format,
      org.springframework.web.context.request.WebRequest request) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!h.state().publicVisible()) {
      return download(h, accounts.get(), f);
    }
    if (!FrozenDocuments.FORMATS.contains(f)) {
      return ResponseEntity.notFound().build();
    }
    io.juesuan.core.port.StoredDocument d = frozen.get(h.id(), f, accounts);
    String etag = "\"" + d.sha256().substring(0, 32) + "\"";
    long lastModified = d.producedAt().toEpochMilli();
    org.springframework.http.CacheControl cache =
        org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic();
    if (request.checkNotModified(etag, lastModified)) {
      return ResponseEntity.status(304).cacheControl(cache).eTag(etag).build();
    }
    ResponseEntity<byte[]> r =
        attachment(
            d.bytes(),
            MediaType.parseMediaType(d.mediaType()),
            fileName(h) + (f.equals("csv") ? "-单元格.csv" : "." + f));
    return ResponseEntity.status(200)
        .headers(r.getHeaders())
        .cacheControl(cache)
        .eTag(etag)
        .lastModified(lastModified)
        .body(d.bytes());
  }

  private static String fileName(ReportHeader h) {
    return h.fiscalYear()
        + "年度"
        + h.deptName()
        + "部门决算"
        + (h.versionNo() > 1 ? "（第" + h.versionNo() + "版）" : "");
  }

  public boolean documentsAvailable() {
    return renderer.getIfAvailable() != null;
  }

  /** The response for {@code format}: pdf, docx, xlsx, html or csv. */
  public ResponseEntity<byte[]> download(ReportHeader h, FinalAccounts a, String format) {
    String base = fileName(h);
    if (format.equalsIgnoreCase("csv")) {
      byte[] csv = cellsCsv(a).getBytes(StandardCharsets.UTF_8);
      return attachment(
          csv, MediaType.parseMediaType("text/csv; charset=UTF-8"), base + "-单元格.csv");
    }
    Optional<DocumentFormat> f = parse(format);
    if (f.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    DocumentRenderer r = renderer.getIfAvailable();
    if (r == null) {
      return ResponseEntity.status(503)
          .contentType(MediaType.parseMediaType("text/plain; charset=UTF-8"))
          .body("文档生成组件（juesuan-render）未安装，暂不能下载此格式。".getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = r.render(a, f.get());
    return attachment(
        bytes, MediaType.parseMediaType(f.get().mediaType()), base + "." + f.get().extension());
  }

  public static String cellsCsv(FinalAccounts a) {
    return CellsCsv.write(
        io.juesuan.core.edition.Editions.installed()
            .forAccounts(a)
            .deriver()
            .derive(a)
            .toWanYuan());
  }

  static Optional<DocumentFormat> parse(String format) {
    for (DocumentFormat f : DocumentFormat.values()) {
      if (f.extension().equals(format.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** A download: the bytes as an attachment named {@code filename} (UTF-8 safe). */
  public static ResponseEntity<byte[]> attachment(byte[] bytes, MediaType type, String filename) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build());
    return new ResponseEntity<>(bytes, headers, 200);
  }
}
