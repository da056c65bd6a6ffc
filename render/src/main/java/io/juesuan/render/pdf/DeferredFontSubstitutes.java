package io.juesuan.render.pdf;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font substitutes, looked up only when a glyph of one is needed. openhtmltopdf creates
 * the 14 standard PDF fonts for every document, and PDFBox finds each a system font to draw its
 * glyphs with at once: it parses its own last-resort font, reads the system font list and parses
 * the chosen fonts (~0.2 s of a cold {@code render}), though the document is written in the bundled
 * fonts and never draws a standard font's glyph. With this mapper a standard font gets a stand-in
 * that asks PDFBox's own mapper on its first use, so anything that does draw such a glyph draws it
 * as before.
 *
 * <p>For a process that writes documents and reads back only its own PDFs (the {@code render}
 * command): the stand-in is not the font's type (a TrueType or Type 1 font), and reading other
 * producers' PDFs keeps PDFBox's mapper.
 */
public final class DeferredFontSubstitutes implements FontMapper {
  private static boolean installed;
  private FontMapper pdfBox;

  private DeferredFontSubstitutes() {}

  /**
   * Sets this mapper for the process (once), in place of PDFBox's default; it does not ask which
   * mapper is set, since asking makes PDFBox's default.
   */
  public static synchronized void install() {
    if (!installed) {
      FontMappers.set(new DeferredFontSubstitutes());
      installed = true;
    }
  }

  /**
   * PDFBox's own mapper, made when first needed: setting none makes {@link FontMappers} hand out
   * its default again, which is then kept here and this mapper set back.
   */
  private synchronized FontMapper pdfBox() {
    if (pdfBox == null) {
      synchronized (FontMappers.class) {
        FontMappers.set(null);
        pdfBox = FontMappers.instance();
        FontMappers.set(this);
      }
    }
    return pdfBox;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return pdfBox().getTrueTypeFont(baseFont, descriptor);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(new StandIn(this, baseFont, descriptor), false);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
    return pdfBox().getCIDFont(baseFont, descriptor, systemInfo);
  }

  /** A substitute font found on its first use. */
  private static final class StandIn implements FontBoxFont {
    private final DeferredFontSubstitutes mapper;
    private final String baseFont;
    private final PDFontDescriptor descriptor;
    private FontBoxFont font;

    StandIn(DeferredFontSubstitutes mapper, String baseFont, PDFontDescriptor descriptor) {
      this.mapper = mapper;
      this.baseFont = baseFont;
      this.descriptor = descriptor;
    }

    private synchronized FontBoxFont font() {
      if (font == null) {
        font = mapper.pdfBox().getFontBoxFont(baseFont, descriptor).getFont();
      }
      return font;
    }

    @Override
    public String getName() throws IOException {
      return font().getName();
    }

    @Override
    public BoundingBox getFontBBox() throws IOException {
      return font().getFontBBox();
    }

    @Override
    public List<Number> getFontMatrix() throws IOException {
      return font().getFontMatrix();
    }

    @Override
    public GeneralPath getPath(String name) throws IOException {
      return font().getPath(name);
    }

    @Override
    public float getWidth(String name) throws IOException {
      return font().getWidth(name);
    }

    @Override
    public boolean hasGlyph(String name) throws IOException {
      return font().hasGlyph(name);
    }
  }
}
