package io.juesuan.importer;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.importer.pdf.PdfImporter;
import io.juesuan.importer.xlsx.WorkbookReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * 导入已公开的报告 — reads a PDF or its extracted text into a {@link PublishedReport}, within a time bound.
 * Anything that cannot be read at all ends in an {@link ImportException} with a Chinese message;
 * what can be read partly comes back with findings saying what was not read.
 */
public final class ReportImporter {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  private static final long MAX_BYTES = 100L * 1024 * 1024;
  private final Duration timeout;

  public ReportImporter() {
    this(DEFAULT_TIMEOUT);
  }

  public ReportImporter(Duration timeout) {
    this.timeout = timeout;
  }

  public PublishedReport read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ImportException(file + ": 文件超过 100MB，不予读取");
      }
      return read(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ImportException(file + ": 无法读取文件：" + e.getMessage(), e);
    }
  }

  public PublishedReport read(String source, byte[] content) {
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "juesuan-import");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<PublishedReport> f = executor.submit(() -> readNow(source, content));
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ImportException(source + ": 读取超过 " + timeout.toSeconds() + " 秒仍未完成，文件可能已损坏，已放弃");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ImportException ie) {
        throw ie;
      }
      throw new ImportException(source + ": 无法读取（" + e.getCause() + "）", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException(source + ": 读取被中断");
    } finally {
      executor.shutdownNow();
    }
  }

  static PublishedReport readNow(String source, byte[] content) {
    if (isPdf(content)) {
      return PdfImporter.read(source, content);
    }
    if (WorkbookReport.isWorkbook(content)) {
      return WorkbookReport.read(source, content);
    }
    return TextImporter.read(source, decode(source, content));
  }

  static boolean isPdf(byte[] c) {
    int limit = Math.min(c.length, 1024);
    String head = new String(c, 0, limit, StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  static String decode(String source, byte[] content) {
    int nul = 0;
    for (int i = 0; i < Math.min(content.length, 4096); i++) {
      if (content[i] == 0) {
        nul++;
      }
    }
    if (nul > 0) {
      throw new ImportException(source + ": 既不是 PDF 也不是文本文件，无法读取");
    }
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
      try {
        return cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content))
            .toString();
      } catch (CharacterCodingException e) {
        // try the next encoding
      }
    }
    return new String(content, StandardCharsets.UTF_8);
  }
}
