package io.juesuan.importer;

import java.util.List;
import java.util.Objects;

/**
 * One line of a document as read: its words in reading order. From a PDF each word carries its
 * horizontal position; from plain text positions are unknown ({@link Float#NaN}). {@code grid} is
 * the table rules the PDF draws at the line ({@link Grid#NONE} when it draws none or the line is
 * not from a PDF).
 */
public final class Line {
  private final int page;
  private final List<Word> words;
  private final Grid grid;

  /**
   * {@link #text()} and {@link #compact()}, made on first use: every reader of lines asks often.
   */
  private String text;

  private String compact;

  public Line(int page, List<Word> words, Grid grid) {
    this.page = page;
    this.words = List.copyOf(words);
    this.grid = Objects.requireNonNull(grid, "grid");
  }

  public Line(int page, List<Word> words) {
    this(page, words, Grid.NONE);
  }

  public int page() {
    return page;
  }

  public List<Word> words() {
    return words;
  }

  public Grid grid() {
    return grid;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Line l && page == l.page && words.equals(l.words) && grid.equals(l.grid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(page, words, grid);
  }

  @Override
  public String toString() {
    return "Line[page=" + page + ", words=" + words + ", grid=" + grid + "]";
  }

  /**
   * The rules at a line: the x positions, ascending, of the vertical rules drawn across it (cell
   * borders), and the nearest horizontal rules above and below it ({@code top}, {@code bottom}; NaN
   * when there is none) — lines between the same two horizontal rules are in one row of cells.
   */
  public record Grid(List<Float> verticals, float top, float bottom) {
    public static final Grid NONE = new Grid(List.of(), Float.NaN, Float.NaN);

    public Grid {
      verticals = List.copyOf(verticals);
    }

    /** Whether the line lies between two drawn horizontal rules. */
    public boolean banded() {
      return !Float.isNaN(top) && !Float.isNaN(bottom);
    }

    /** Whether two lines lie between the same two horizontal rules. */
    public boolean sameBand(Grid other) {
      return banded()
          && other.banded()
          && Math.abs(top - other.top) < 0.5f
          && Math.abs(bottom - other.bottom) < 0.5f;
    }
  }

  /** The x positions of the vertical rules drawn across the line. */
  public List<Float> rulings() {
    return grid.verticals();
  }

  /**
   * The cell a word stands in, between the nearest rules left and right of it ({@code {left,
   * right}}), or null when the line has no rule on one of its sides.
   */
  public float[] cellOf(Word w) {
    if (grid.verticals().isEmpty() || Float.isNaN(w.x0())) {
      return null;
    }
    float left = Float.NaN;
    float right = Float.NaN;
    for (float x : grid.verticals()) {
      if (x <= w.x0() + RULE_TOLERANCE) {
        left = x;
      } else if (x >= w.x1() - RULE_TOLERANCE) {
        right = x;
        break;
      } else {
        return null; // a rule through the word: not a cell's content
      }
    }
    return Float.isNaN(left) || Float.isNaN(right) ? null : new float[] {left, right};
  }

  /** How far a glyph box may overlap the rule of its cell (glyph boxes are wider than ink). */
  private static final float RULE_TOLERANCE = 1.5f;

  public String text() {
    if (text == null) {
      text = joined();
    }
    return text;
  }

  private String joined() {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.text());
    }
    return b.toString();
  }

  /** The line with all whitespace removed. */
  public String compact() {
    if (compact == null) {
      compact = withoutWhitespace();
    }
    return compact;
  }

  private String withoutWhitespace() {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      String t = w.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  private static final java.util.regex.Pattern BLANKS =
      java.util.regex.Pattern.compile("[\\s\\u3000]+");

  /** Splits a plain-text line on whitespace. */
  public static Line ofText(int page, String text) {
    List<Word> ws =
        java.util.Arrays.stream(BLANKS.split(text.trim()))
            .filter(s -> !s.isEmpty())
            .map(s -> new Word(s, Float.NaN, Float.NaN))
            .toList();
    return new Line(page, ws);
  }

  /** Display columns → page units, so layout text reads like a PDF set in about 10 pt. */
  private static final float COLUMN_WIDTH = 5f;

  /**
   * Splits a line of layout text (columns kept as spaces) into words positioned by their character
   * column: layout extraction puts every glyph, CJK or not, in one cell of its character grid.
   */
  public static Line ofLayoutText(int page, String text) {
    List<Word> ws = new java.util.ArrayList<>();
    int column = 0;
    int start = -1;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        if (word.length() > 0) {
          ws.add(new Word(word.toString(), start * COLUMN_WIDTH, column * COLUMN_WIDTH));
          word.setLength(0);
        }
        column++;
        continue;
      }
      if (word.length() == 0) {
        start = column;
      }
      word.append(c);
      column++;
    }
    if (word.length() > 0) {
      ws.add(new Word(word.toString(), start * COLUMN_WIDTH, column * COLUMN_WIDTH));
    }
    return new Line(page, ws);
  }

  /**
   * A word, its horizontal extent on the page and its baseline (NaN when unknown; the baseline
   * grows down the page).
   */
  public record Word(String text, float x0, float x1, float y) {
    public Word {
      Objects.requireNonNull(text, "text");
    }

    public Word(String text, float x0, float x1) {
      this(text, x0, x1, Float.NaN);
    }
  }
}
