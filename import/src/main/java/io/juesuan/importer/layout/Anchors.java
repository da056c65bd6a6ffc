package io.juesuan.importer.layout;

import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.LayoutLoadException;
import io.juesuan.core.table.TableId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The placement relations of resource {@code layouts/anchors.txt}. */
public final class Anchors {
  private static final List<Anchor> ALL = load("/io/juesuan/importer/layouts/anchors.txt");

  private Anchors() {}

  public static List<Anchor> forTable(TableId table) {
    return ALL.stream().filter(a -> a.table().equals(table)).toList();
  }

  private static List<Anchor> load(String resource) {
    List<Anchor> out = new ArrayList<>();
    try (InputStream in = Anchors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new LayoutLoadException("找不到资源 " + resource);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] f = lines[i].split("\t");
        if (f.length != 5) {
          throw new LayoutLoadException(resource + " 第" + (i + 1) + "行: 应有5个字段");
        }
        out.add(
            new Anchor(
                TableId.of(f[0]),
                f[1],
                ColumnNo.of(Integer.parseInt(f[2])),
                f[3],
                List.of(f[4].split("\\+"))));
      }
    } catch (IOException e) {
      throw new LayoutLoadException("读取资源失败 " + resource + ": " + e.getMessage());
    }
    return out;
  }
}
