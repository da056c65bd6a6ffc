package io.juesuan.render.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed table: header rows (repeated on every page) and body rows of {@link GridCell}s with
 * row/column spans, as HTML lays them out. {@link #place()} gives absolute positions for formats
 * that address cells by row and column (XLSX, DOCX).
 */
public record Grid(int columns, List<List<GridCell>> head, List<List<GridCell>> body) {
  public Grid {
    head = head.stream().map(List::copyOf).toList();
    body = body.stream().map(List::copyOf).toList();
  }

  /** A cell at its absolute position; covered positions of a spanning cell are not listed. */
  public record Placed(int row, int column, GridCell cell) {}

  /** All rows (head first) with absolute positions, resolving row spans. */
  public List<Placed> place() {
    List<List<GridCell>> rows = new ArrayList<>(head);
    rows.addAll(body);
    boolean[][] taken = new boolean[rows.size() + 64][columns];
    List<Placed> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (GridCell cell : rows.get(r)) {
        while (c < columns && taken[r][c]) {
          c++;
        }
        if (c >= columns) {
          throw new IllegalStateException("表格第" + (r + 1) + "行的单元格超出" + columns + "列");
        }
        out.add(new Placed(r, c, cell));
        for (int dr = 0; dr < cell.rowspan(); dr++) {
          for (int dc = 0; dc < cell.colspan() && c + dc < columns; dc++) {
            taken[r + dr][c + dc] = true;
          }
        }
        c += cell.colspan();
      }
    }
    return out;
  }

  public int rowCount() {
    return head.size() + body.size();
  }
}
