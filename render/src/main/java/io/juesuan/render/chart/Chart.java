package io.juesuan.render.chart;

import java.util.Objects;

/**
 * A chart of the report as PNG: 图{number}：{title}. Width and height in CSS pixels (the PNG is twice
 * as large).
 */
public record Chart(int number, String title, byte[] png, int width, int height) {
  public Chart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(png, "png");
  }

  public String caption() {
    return "图" + number + "：" + title;
  }
}
