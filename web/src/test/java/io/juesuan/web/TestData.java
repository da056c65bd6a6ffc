package io.juesuan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The example department's dataset as upload content, optionally with one error put in. */
final class TestData {
  static final String DEPARTMENT = "中国共产党武汉市蔡甸区委员会办公室";

  private TestData() {}

  static Path exampleDir() {
    for (String c : new String[] {"../examples/caidian-2023", "examples/caidian-2023"}) {
      if (Files.isDirectory(Path.of(c))) {
        return Path.of(c);
      }
    }
    throw new IllegalStateException("找不到 examples/caidian-2023");
  }

  static String file(String name) {
    try {
      return Files.readString(exampleDir().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** accounts.yaml with 2013101's 一般公共预算财政拨款基本支出 raised above its 基本支出 (05表 > 03表: error). */
  static String accountsWithError() {
    String original = file("accounts.yaml");
    String broken =
        original.replaceFirst(
            "generalBudget:\\n        basic: 10503.20", "generalBudget:\n        basic: 90503.20");
    if (broken.equals(original)) {
      throw new IllegalStateException("示例数据已变化，无法注入错误");
    }
    return broken;
  }

  static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry("caidian-2023/" + f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] datasetZip(boolean withError) {
    return zip(
        Map.of(
            "department.yaml",
            file("department.yaml"),
            "accounts.yaml",
            withError ? accountsWithError() : file("accounts.yaml"),
            "narrative.yaml",
            file("narrative.yaml"),
            "performance.yaml",
            file("performance.yaml")));
  }

  /** A zip whose one entry unpacks to {@code bytes} zeros: a few KB packed. */
  static byte[] zipBomb(int bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("accounts.yaml"));
      byte[] chunk = new byte[1 << 16];
      for (int written = 0; written < bytes; written += chunk.length) {
        zip.write(chunk);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
