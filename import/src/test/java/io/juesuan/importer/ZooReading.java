package io.juesuan.importer;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.table.TableSet;
import io.juesuan.dataset.CellsCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the zoo tests share: reading a PDF back (kept to look at) and the cells it printed. */
final class ZooReading {
  private ZooReading() {}

  /** Reads a PDF back; with -Djuesuan.zoo.out=DIR the PDF is kept there to look at. */
  static PublishedReport read(String name, byte[] pdf) {
    String out = System.getProperty("juesuan.zoo.out");
    if (out != null) {
      try {
        Files.createDirectories(Path.of(out));
        Files.write(Path.of(out, name + ".pdf"), pdf);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ReportImporter().read(name + ".pdf", pdf);
  }

  /** The cells that print a figure, as "table,row,column,value" lines. */
  static Set<String> cells(TableSet tables) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(CellsCsv.write(tables).split("\n"))
        .filter(l -> !l.endsWith(",0.00"))
        .forEach(out::add);
    return out;
  }
}
