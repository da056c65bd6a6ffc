package io.juesuan.render;

import io.juesuan.core.port.Typesetting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * {@link Typesetting} from the bundled fonts' character maps: a character can be printed when the
 * body font or a fallback font has a glyph for it; line breaks and tabs always can. The fonts are
 * read in their fallback order and only as far as needed: ordinary text never reads the 22 MB
 * Extension B font.
 */
public final class FontCoverage implements Typesetting {
  private static final FontCoverage INSTANCE = new FontCoverage();
  private final BitSet covered = new BitSet(0x110000);
  private final List<Fonts.Face> unread = new ArrayList<>(Fonts.Face.coverage());

  private FontCoverage() {}

  /** Reads the next unread font's code points; false when every font has been read. */
  private synchronized boolean readNext() {
    if (unread.isEmpty()) {
      return false;
    }
    Fonts.Face face = unread.remove(0);
    // Parsed through ParsedFonts, so the PDF of the same run finds the font already parsed.
    try (ParsedFonts.Lease lease = ParsedFonts.lend(face)) {
      TrueTypeFont ttf = lease.font();
      // The Unicode subtables' own code points, glyph by glyph (probing all 1.1 million code points
      // instead took ~0.5 s per font).
      BitSet codePoints = new BitSet(0x110000);
      for (CmapSubtable table : ttf.getCmap().getCmaps()) {
        if (isUnicode(table)) {
          for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
            List<Integer> codes = table.getCharCodes(gid);
            if (codes != null) {
              codes.forEach(codePoints::set);
            }
          }
        }
      }
      synchronized (covered) {
        covered.or(codePoints);
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取字体 " + face.file, e);
    }
  }

  private boolean isCovered(int codePoint) {
    synchronized (covered) {
      return covered.get(codePoint);
    }
  }

  private static boolean isUnicode(CmapSubtable table) {
    return table.getPlatformId() == CmapTable.PLATFORM_UNICODE
        || (table.getPlatformId() == CmapTable.PLATFORM_WINDOWS
            && (table.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_BMP
                || table.getPlatformEncodingId() == CmapTable.ENCODING_WIN_UNICODE_FULL));
  }

  public static FontCoverage bundled() {
    return INSTANCE;
  }

  @Override
  public boolean canPrint(int codePoint) {
    if (codePoint == '\n' || codePoint == '\t' || codePoint == ' ') {
      return true;
    }
    while (!isCovered(codePoint)) {
      if (!readNext()) {
        return false;
      }
    }
    return true;
  }
}
