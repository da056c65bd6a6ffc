package io.juesuan.render.html;

import io.juesuan.render.Fonts;
import io.juesuan.render.ParsedFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * {@code @font-face} rules with the bundled fonts inlined, subset to the characters the page uses,
 * so a saved HTML report shows the same 宋体/黑体-style faces anywhere, offline (a few hundred KB
 * instead of the full 10 MB). The fonts are parsed once ({@link ParsedFonts}), and the rules for
 * the last few character sets are kept: a report rendered again (a preview, then a download) uses
 * the same characters and gets the same rules without subsetting again.
 */
final class EmbeddedFonts {
  private static final Fonts.Face[] FACES = {
    Fonts.Face.SERIF_REGULAR, Fonts.Face.SANS_BOLD, Fonts.Face.FALLBACK_REGULAR
  };

  /** How many character sets' rules are kept (each a few hundred KB). */
  static final int CACHED = 8;

  private static final Map<BitSet, String> RULES =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BitSet, String> eldest) {
          return size() > CACHED;
        }
      };

  private EmbeddedFonts() {}

  static String css(String text) {
    BitSet used = new BitSet(0x10000);
    // PDFBox's subsetter writes a BMP-only cmap: characters beyond it (CJK Extension B) are left to
    // the reader's system fonts in a saved HTML file (the PDF embeds them).
    text.codePoints().filter(cp -> cp <= 0xFFFF).forEach(used::set);
    synchronized (RULES) {
      String cached = RULES.get(used);
      if (cached != null) {
        return cached;
      }
    }
    String css = rules(used);
    synchronized (RULES) {
      RULES.put(used, css);
    }
    return css;
  }

  /** How many character sets' rules are kept now (for tests). */
  static int cached() {
    synchronized (RULES) {
      return RULES.size();
    }
  }

  private static String rules(BitSet used) {
    Set<Integer> codePoints = new TreeSet<>();
    used.stream().forEach(codePoints::add);
    StringBuilder b = new StringBuilder();
    for (Fonts.Face face : FACES) {
      Optional<byte[]> font = subset(face, codePoints);
      if (font.isEmpty()) {
        continue; // the page uses none of this face's characters (the fallback, usually)
      }
      b.append("@font-face { font-family: \"")
          .append(face.family)
          .append("\"; font-weight: ")
          .append(face.weight)
          .append("; font-style: normal; src: url(data:font/ttf;base64,")
          .append(Base64.getEncoder().encodeToString(font.get()))
          .append(") format(\"truetype\"); }\n");
    }
    return b.toString();
  }

  private static Optional<byte[]> subset(Fonts.Face face, Set<Integer> codePoints) {
    try (ParsedFonts.Lease lease = ParsedFonts.lend(face)) {
      TrueTypeFont ttf = lease.font();
      CmapLookup cmap = ttf.getUnicodeCmapLookup();
      if (codePoints.stream().noneMatch(cp -> cmap.getGlyphId(cp) > 0)) {
        return Optional.empty();
      }
      TTFSubsetter subsetter = new TTFSubsetter(ttf);
      subsetter.addAll(codePoints);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return Optional.of(SfntRepair.repair(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException("字体子集化失败 " + face.file, e);
    }
  }
}
