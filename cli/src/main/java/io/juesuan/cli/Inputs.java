package io.juesuan.cli;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.Datasets;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the inputs commands share: a dataset directory or a cells CSV. */
final class Inputs {
  private Inputs() {}

  /** A dataset directory or a dataset workbook (.xlsx). */
  static FinalAccounts dataset(Path path) {
    return Datasets.read(path, path.toString());
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
