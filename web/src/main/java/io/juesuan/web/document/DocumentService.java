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

  public DocumentService(ObjectProvider<DocumentRenderer> renderer) {
    this.renderer = renderer;
  }

  public boolean documentsAvailable() {
    return renderer.getIfAvailable() != null;
  }

  /** The response for {@code format}: pdf, docx, xlsx, html or csv. */
  public ResponseEntity<byte[]> download(ReportHeader h, FinalAccounts a, String format) {
    String base =
        h.fiscalYear()
            + "年度"
            + h.deptName()
            + "部门决算"
            + (h.versionNo() > 1 ? "（第" + h.versionNo() + "版）" : "");
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
