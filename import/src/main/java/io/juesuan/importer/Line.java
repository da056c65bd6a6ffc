package io.juesuan.importer;

import java.util.List;
import java.util.Objects;

/**
 * One line of a document as read: its words in reading order. From a PDF each word carries its
 * horizontal position; from plain text positions are unknown ({@link Float#NaN}).
 */
public record Line(int page, List<Word> words) {
  public Line {
    words = List.copyOf(words);
  }

  public String text() {
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
    return text().replaceAll("\\s+", "");
  }

  /** Splits a plain-text line on whitespace. */
  public static Line ofText(int page, String text) {
    List<Word> ws =
        java.util.Arrays.stream(text.trim().split("[\\s\\u3000]+"))
            .filter(s -> !s.isEmpty())
            .map(s -> new Word(s, Float.NaN, Float.NaN))
            .toList();
    return new Line(page, ws);
  }

  /** A word and its horizontal extent on the page (NaN when unknown). */
  public record Word(String text, float x0, float x1) {
    public Word {
      Objects.requireNonNull(text, "text");
    }
  }
}
