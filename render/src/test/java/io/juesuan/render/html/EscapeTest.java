package io.juesuan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void escapesEveryCharacterAsJsoupDoes() {
    for (int c = 0; c <= 0x2FFFF; c++) {
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        continue;
      }
      String s = "收入" + Character.toString(c) + "支出 990.75万元";
      assertThat(HtmlWriter.esc(s)).as("U+%04X", c).isEqualTo(Entities.escape(s));
    }
    assertThat(HtmlWriter.esc("中国共产党武汉市蔡甸区委员会办公室（本级）")).isEqualTo("中国共产党武汉市蔡甸区委员会办公室（本级）");
    assertThat(HtmlWriter.esc("增加(减少)<1>&\"x\"")).isEqualTo("增加(减少)&lt;1&gt;&amp;&quot;x&quot;");
  }
}
