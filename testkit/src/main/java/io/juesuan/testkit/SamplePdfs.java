package io.juesuan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Published PDFs of another region's layout (see samples/SOURCE.md). */
public final class SamplePdfs {
  private static final String ROOT = "/io/juesuan/testkit/samples/";

  private SamplePdfs() {}

  /** 上海市普陀区规划和自然资源局 2024 部门决算 (30 pages, the 2024 上海 layout). */
  public static byte[] putuoPlanning2024() {
    return read("2024-shanghai-putuo-ghzyj.pdf");
  }

  /** The blank 2024 上海 template (titles and headings, no figures). */
  public static byte[] shanghaiTemplate2024() {
    return read("2024-shanghai-template-blank.pdf");
  }

  /**
   * The example department's report rendered as DOCX and converted to PDF by LibreOffice: another
   * producer's glyph layout, with a 目录 that lists every table title.
   */
  public static byte[] caidianExampleViaLibreOffice() {
    return read("2023-caidian-example-libreoffice.pdf");
  }

  /** {@link #caidianExampleViaLibreOffice()} as layout text ({@code pdftotext -layout}). */
  public static String caidianExampleLayoutText() {
    return new String(
        read("2023-caidian-example-libreoffice.layout.txt"),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] read(String name) {
    try (InputStream in = SamplePdfs.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("缺少测试资源 " + ROOT + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
