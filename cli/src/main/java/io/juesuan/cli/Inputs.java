package io.juesuan.cli;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.DatasetReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the inputs commands share: a dataset directory or a cells CSV. */
final class Inputs {
  private Inputs() {}

  static FinalAccounts dataset(Path dir) {
    if (!Files.exists(dir)) {
      throw new DatasetException(dir + ": 不存在");
    }
    if (!Files.isDirectory(dir)) {
      throw new DatasetException(dir + ": 应为数据目录（含 department.yaml、accounts.yaml 等）");
    }
    return new DatasetReader().read(dir, dir.toString());
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new DatasetException(file + ": 不是 UTF-8 编码的文本文件");
    } catch (IOException e) {
      throw new DatasetException(file + ": 无法读取（" + e.getClass().getSimpleName() + "）");
    }
  }
}
