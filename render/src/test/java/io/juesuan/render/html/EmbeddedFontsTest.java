package io.juesuan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EmbeddedFontsTest {
  private static final String TEXT = "蔡甸区财政局2023年度部门决算 收入支出决算总表";

  @Test
  void theSameCharactersGiveTheSameRules() {
    String first = EmbeddedFonts.css(TEXT);
    assertThat(first).contains("font-family: \"Noto Serif SC\"", "font-family: \"Noto Sans SC\"");
    // the same characters in another order and number: the same subsets
    assertThat(EmbeddedFonts.css(TEXT + TEXT.substring(3, 8) + "决")).isEqualTo(first);
    for (int i = 0; i < EmbeddedFonts.CACHED; i++) {
      EmbeddedFonts.css("表" + (char) ('A' + i)); // pushes the first rules out of the cache
    }
    assertThat(EmbeddedFonts.css(TEXT)).isEqualTo(first); // subset again: the same bytes
  }

  @Test
  void rulesMadeAtTheSameTimeAreTheSame() throws Exception {
    String expected = EmbeddedFonts.css(TEXT + "附表");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> made = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String text = TEXT + "附表" + "一二三四五六七八".charAt(i);
        made.add(pool.submit(() -> EmbeddedFonts.css(text)));
      }
      for (int i = 0; i < made.size(); i++) {
        assertThat(made.get(i).get()).startsWith("@font-face").isNotEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(EmbeddedFonts.css(TEXT + "附表")).isEqualTo(expected);
  }

  @Test
  void onlyTheLastFewCharacterSetsAreKept() {
    for (int i = 0; i < EmbeddedFonts.CACHED + 3; i++) {
      EmbeddedFonts.css("第" + i + "页");
    }
    assertThat(EmbeddedFonts.cached()).isEqualTo(EmbeddedFonts.CACHED);
  }
}
