package io.juesuan.render;

import io.juesuan.core.port.Typesetting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * {@link Typesetting} from the bundled fonts' character maps: a character can be printed when the
 * body font or a fallback font has a glyph for it; line breaks and tabs always can.
 */
public final class FontCoverage implements Typesetting {
  private static final FontCoverage INSTANCE = new FontCoverage();
  private final BitSet covered = new BitSet(0x110000);

  private FontCoverage() {
    for (Fonts.Face face : Fonts.Face.coverage()) {
      try (InputStream in = face.open();
          TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int cp = 0; cp < 0x110000; cp++) {
          if (!covered.get(cp) && cmap.getGlyphId(cp) > 0) {
            covered.set(cp);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("无法读取字体 " + face.file, e);
      }
    }
  }

  public static FontCoverage bundled() {
    return INSTANCE;
  }

  @Override
  public boolean canPrint(int codePoint) {
    return codePoint == '\n' || codePoint == '\t' || codePoint == ' ' || covered.get(codePoint);
  }
}
