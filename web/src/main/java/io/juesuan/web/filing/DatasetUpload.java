package io.juesuan.web.filing;

import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.dataset.xlsx.XlsxDatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded dataset — a dataset workbook (.xlsx), a zip of the YAML files, or the YAML
 * files themselves — into {@link FinalAccounts} with {@link DatasetReader}. Refuses oversized files
 * and zip bombs (entries that unpack beyond the limit, too many entries) with a clear Chinese
 * message, before anything is written beyond the limit.
 */
@Component
public class DatasetUpload {
  static final Set<String> DATA_FILES =
      Set.of("department.yaml", "accounts.yaml", "narrative.yaml", "performance.yaml");
  private static final int MAX_ENTRIES = 50;

  private final long maxBytes;
  private final long maxUnpacked;

  public DatasetUpload(
      @Value("${juesuan.upload.max-bytes}") long maxBytes,
      @Value("${juesuan.upload.max-unpacked-bytes}") long maxUnpacked) {
    this.maxBytes = maxBytes;
    this.maxUnpacked = maxUnpacked;
  }

  public FinalAccounts read(List<MultipartFile> files) {
    List<MultipartFile> given = files.stream().filter(f -> !f.isEmpty()).toList();
    if (given.isEmpty()) {
      throw new InvalidEditException(
          "请选择要上传的文件：数据工作簿（.xlsx）、数据压缩包（.zip）或 department.yaml、accounts.yaml 等数据文件");
    }
    if (given.size() == 1 && name(given.get(0)).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return workbook(given.get(0));
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("juesuan-upload");
      for (MultipartFile f : given) {
        if (f.getSize() > maxBytes) {
          throw new InvalidEditException(
              "文件“" + name(f) + "”过大（" + kb(f.getSize()) + "），已拒绝：单个文件不能超过 " + kb(maxBytes) + "。");
        }
        String name = name(f).toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
          unzip(f, dir);
        } else if (DATA_FILES.contains(name)) {
          try (InputStream in = f.getInputStream()) {
            Files.copy(in, dir.resolve(name));
          }
        } else {
          throw new InvalidEditException(
              "不能识别文件“"
                  + name(f)
                  + "”：请上传数据工作簿（.xlsx）、.zip 压缩包，或名为 "
                  + String.join("、", DATA_FILES.stream().sorted().toList())
                  + " 的数据文件");
        }
      }
      try {
        return new DatasetReader().read(dir, "上传的数据");
      } catch (DatasetException e) {
        throw new InvalidEditException(e.problems());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("无法保存上传的文件", e);
    } finally {
      delete(dir);
    }
  }

  /** A dataset workbook (./juesuan template); problems are named by sheet, row and column. */
  private FinalAccounts workbook(MultipartFile f) {
    if (f.getSize() > maxBytes) {
      throw new InvalidEditException(
          "文件“" + name(f) + "”过大（" + kb(f.getSize()) + "），已拒绝：单个文件不能超过 " + kb(maxBytes) + "。");
    }
    try (InputStream in = f.getInputStream()) {
      return new XlsxDatasetReader().read(in, name(f));
    } catch (DatasetException e) {
      throw new InvalidEditException(e.problems());
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取上传的文件", e);
    }
  }

  private void unzip(MultipartFile f, Path dir) throws IOException {
    long total = 0;
    int entries = 0;
    List<String> ignored = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(f.getInputStream())) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new InvalidEditException("压缩包内文件过多（超过 " + MAX_ENTRIES + " 个），已拒绝");
        }
        if (e.isDirectory()) {
          continue;
        }
        String base = e.getName().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!DATA_FILES.contains(base)) {
          ignored.add(base);
          total += drain(zip, maxUnpacked - total);
          continue;
        }
        Path target = dir.resolve(base);
        if (Files.exists(target)) {
          throw new InvalidEditException("压缩包内有两个 " + base + "，请只保留一个部门年度的数据");
        }
        byte[] content = readLimited(zip, Math.min(maxBytes, maxUnpacked - total), base);
        total += content.length;
        Files.write(target, content);
      }
    } catch (ZipException ex) {
      throw new InvalidEditException("文件“" + name(f) + "”不是有效的 zip 压缩包（文件可能已损坏）");
    }
    if (entries == 0) {
      throw new InvalidEditException("文件“" + name(f) + "”不是有效的 zip 压缩包，或压缩包是空的");
    }
  }

  private byte[] readLimited(InputStream in, long limit, String entry) throws IOException {
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (content.length > limit) {
      throw bomb(entry);
    }
    return content;
  }

  private long drain(InputStream in, long limit) throws IOException {
    byte[] buf = new byte[8192];
    long n = 0;
    int r;
    while ((r = in.read(buf)) > 0) {
      n += r;
      if (n > limit) {
        throw bomb("压缩包");
      }
    }
    return n;
  }

  private InvalidEditException bomb(String entry) {
    return new InvalidEditException(
        "压缩包解压后过大（“" + entry + "”超过上限 " + kb(maxUnpacked) + "，疑似“压缩炸弹”），已拒绝");
  }

  private static String name(MultipartFile f) {
    String n = f.getOriginalFilename();
    if (n == null || n.isBlank()) {
      return "未命名文件";
    }
    n = n.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  private static String kb(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
        : (bytes / 1024) + " KB";
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is harmless; the OS cleans it
    }
  }
}
