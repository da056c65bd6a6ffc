package io.juesuan.render.html;

import io.juesuan.render.Fonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * {@code @font-face} rules with the bundled fonts inlined, subset to the characters the page uses,
 * so a saved HTML report shows the same 宋体/黑体-style faces anywhere, offline (a few hundred KB
 * instead of the full 10 MB).
 */
final class EmbeddedFonts {
  private static final Fonts.Face[] FACES = {
    Fonts.Face.SERIF_REGULAR, Fonts.Face.SANS_BOLD, Fonts.Face.FALLBACK_REGULAR
  };

  private EmbeddedFonts() {}

  static String css(String text) {
    Set<Integer> used = new TreeSet<>();
    // PDFBox's subsetter writes a BMP-only cmap: characters beyond it (CJK Extension B) are left to
    // the reader's system fonts in a saved HTML file (the PDF embeds them).
    text.codePoints().filter(cp -> cp <= 0xFFFF).forEach(used::add);
    StringBuilder b = new StringBuilder();
    for (Fonts.Face face : FACES) {
      java.util.Optional<byte[]> font = subset(face, used);
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

  private static java.util.Optional<byte[]> subset(Fonts.Face face, Set<Integer> codePoints) {
    try (InputStream in = face.open();
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      org.apache.fontbox.ttf.CmapLookup cmap = ttf.getUnicodeCmapLookup();
      if (codePoints.stream().noneMatch(cp -> cmap.getGlyphId(cp) > 0)) {
        return java.util.Optional.empty();
      }
      TTFSubsetter subsetter = new TTFSubsetter(ttf);
      subsetter.addAll(codePoints);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return java.util.Optional.of(SfntRepair.repair(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException("字体子集化失败 " + face.file, e);
    }
  }
}
