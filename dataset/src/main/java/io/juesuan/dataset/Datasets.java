package io.juesuan.dataset;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.xlsx.XlsxDatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a department-year from whatever form it comes in: a directory of YAML files or a dataset
 * workbook (.xlsx).
 */
public final class Datasets {
  private Datasets() {}

  /** Whether the path names a dataset (a directory, or an .xlsx workbook). */
  public static boolean isDataset(Path path) {
    return Files.isDirectory(path) || isWorkbook(path);
  }

  public static boolean isWorkbook(Path path) {
    return path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** A workbook that is this system's dataset template, not a workbook of the nine 公开表. */
  public static boolean isDatasetWorkbook(Path path) {
    if (!isWorkbook(path) || !Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      return XlsxDatasetReader.isDatasetWorkbook(in);
    } catch (IOException e) {
      return false;
    }
  }

  public static FinalAccounts read(Path path, String displayName) {
    if (!Files.exists(path)) {
      throw new DatasetException(displayName + ": 不存在");
    }
    if (Files.isDirectory(path)) {
      return new DatasetReader().read(path, displayName);
    }
    if (!isWorkbook(path)) {
      throw new DatasetException(
          displayName + ": 应为数据目录（含 department.yaml、accounts.yaml 等）或数据工作簿（.xlsx）");
    }
    try {
      if (Files.size(path) > XlsxDatasetReader.maxBytes()) {
        throw new DatasetException(
            displayName + ": 工作簿超过 " + XlsxDatasetReader.maxBytes() / 1024 / 1024 + " MB，拒绝读取");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new XlsxDatasetReader().read(in, displayName);
      }
    } catch (IOException e) {
      throw new DatasetException(displayName + ": 无法读取（" + e.getClass().getSimpleName() + "）");
    }
  }
}
