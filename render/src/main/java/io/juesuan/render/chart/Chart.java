package io.juesuan.render.chart;

import io.juesuan.core.concurrent.Ahead;
import java.util.Objects;

/**
 * A chart of the report as PNG: 图{number}：{title}. Width and height in CSS pixels (the PNG is twice
 * as large). The PNG may still be being drawn on another thread ({@link Ahead}): {@link #png()}
 * waits for it, or draws it when no thread has started.
 */
public record Chart(
    int number, String title, Ahead<byte[], RuntimeException> drawing, int width, int height) {
  public Chart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(drawing, "drawing");
  }

  /** A chart already drawn. */
  public Chart(int number, String title, byte[] png, int width, int height) {
    this(number, title, Ahead.done(Objects.requireNonNull(png, "png")), width, height);
  }

  public byte[] png() {
    return drawing.get();
  }

  public String caption() {
    return "图" + number + "：" + title;
  }
}
