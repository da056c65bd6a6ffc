package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class ParsedFontsTest {
  private static final Fonts.Face FACE = Fonts.Face.SANS_BOLD;

  @Test
  void aGivenBackFontIsLentAgainInsteadOfParsedAgain() throws Exception {
    TrueTypeFont first;
    try (ParsedFonts.Lease lease = ParsedFonts.lend(FACE)) {
      first = lease.font();
      assertThat(first.getUnicodeCmapLookup().getGlyphId('决')).isPositive();
    }
    try (ParsedFonts.Lease lease = ParsedFonts.lend(FACE)) {
      assertThat(lease.font()).isSameAs(first);
    }
  }

  @Test
  void usersAtTheSameTimeNeverShareAFont() throws Exception {
    int users = 4;
    CountDownLatch allHold = new CountDownLatch(users);
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<Future<TrueTypeFont>> lent = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        lent.add(
            pool.submit(
                () -> {
                  try (ParsedFonts.Lease lease = ParsedFonts.lend(FACE)) {
                    allHold.countDown();
                    allHold.await(); // every user holds a lease at once
                    return lease.font();
                  }
                }));
      }
      Map<TrueTypeFont, Boolean> distinct = new IdentityHashMap<>();
      for (Future<TrueTypeFont> f : lent) {
        distinct.put(f.get(), true);
      }
      assertThat(distinct).hasSize(users);
    } finally {
      pool.shutdown();
    }
    assertThat(ParsedFonts.idle(FACE)).isBetween(1, ParsedFonts.MAX_IDLE);
  }

  @Test
  void aLeaseGivesItsFontBackOnceAndThenRefusesIt() {
    ParsedFonts.Lease lease = ParsedFonts.lend(FACE);
    int idle = ParsedFonts.idle(FACE);
    lease.close();
    lease.close();
    assertThat(ParsedFonts.idle(FACE)).isEqualTo(Math.min(idle + 1, ParsedFonts.MAX_IDLE));
    assertThatThrownBy(lease::font).isInstanceOf(IllegalStateException.class);
  }
}
