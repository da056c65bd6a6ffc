package io.juesuan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seed report (中国共产党武汉市蔡甸区委员会办公室 2023, text extracted from its published PDF) and the hand
 * transcription of every cell printed in its 公开01–06表 (SPEC §8 CSV).
 */
public final class SeedReportText {
  private static final String ROOT = "/io/juesuan/testkit/seed/";

  private SeedReportText() {}

  public static String text() {
    return read("caidian-2023.txt");
  }

  public static String printedCellsCsv() {
    return read("caidian-2023-printed-cells.csv");
  }

  static String read(String name) {
    try (InputStream in = SeedReportText.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("缺少测试资源 " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
