package io.juesuan.core.report;

import java.util.Objects;

/** 第四部分 重点工作完成情况: one 重要事项 with its content/goal and result. */
public record KeyWork(String title, String content, String result) {
  public KeyWork {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(result, "result");
  }
}
