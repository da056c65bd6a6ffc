package io.juesuan.core.rules;

import io.juesuan.core.table.CellRef;
import java.util.Objects;

/**
 * Where a finding is: a table cell, a narrative sentence, a place in a source file, or a part of
 * the report.
 */
public sealed interface Location
    permits Location.Cell, Location.Narrative, Location.Source, Location.Part {

  /** Chinese description for people: "02表 合计行 1栏". */
  String describe();

  static Location cell(CellRef ref) {
    return new Cell(ref);
  }

  /** A table cell. */
  record Cell(CellRef ref) implements Location {
    public Cell {
      Objects.requireNonNull(ref, "ref");
    }

    @Override
    public String describe() {
      return ref.label();
    }
  }

  /** A sentence of the narrative, quoted. */
  record Narrative(String section, String sentence) implements Location {
    public Narrative {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(sentence, "sentence");
    }

    @Override
    public String describe() {
      return section.isEmpty() ? "“" + sentence + "”" : section + "：“" + sentence + "”";
    }
  }

  /** A place in an input file: file, line (0 when unknown) and field. */
  record Source(String file, int line, String field) implements Location {
    public Source {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(field, "field");
    }

    @Override
    public String describe() {
      return file + (line > 0 ? " 第" + line + "行" : "") + (field.isEmpty() ? "" : " " + field);
    }
  }

  /** A part of the report as a whole ("公开09表", "第三部分 九"). */
  record Part(String name) implements Location {
    public Part {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String describe() {
      return name;
    }
  }
}
