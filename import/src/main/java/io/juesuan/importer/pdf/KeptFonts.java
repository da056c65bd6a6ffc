package io.juesuan.importer.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's resource cache that keeps its fonts until the document is closed. PDFBox's text
 * extraction drops a page's resources from the cache after each page, so a font used on many pages
 * — every page of a report uses the same few — would have its embedded font program parsed again
 * for each of its first pages (the default cache keeps a font only once it was dropped three
 * times). A report is read once, page after page, and closed: keeping its dozen fonts costs little
 * memory and parses each font once.
 *
 * <p>A font whose parsing the library complained about ({@link PdfDiagnostics}) is damaged on every
 * page that uses it, not only on the page where it was parsed: each later use tells the diagnostics
 * so.
 */
final class KeptFonts extends DefaultResourceCache {
  private final PdfDiagnostics diagnostics;
  private final Set<COSObject> damaged = Collections.newSetFromMap(new IdentityHashMap<>());
  private int problemsBeforeParsing;

  KeptFonts(PdfDiagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The font, or null when it is to be parsed (its {@link #put} follows). */
  @Override
  public PDFont getFont(COSObject indirect) {
    PDFont font = super.getFont(indirect);
    if (font == null) {
      problemsBeforeParsing = diagnostics.fontProblems();
    } else if (damaged.contains(indirect)) {
      diagnostics.damagedFontUsed();
    }
    return font;
  }

  /** A font just parsed: damaged when the library complained about a font while parsing it. */
  @Override
  public void put(COSObject indirect, PDFont font) {
    if (diagnostics.fontProblems() > problemsBeforeParsing) {
      damaged.add(indirect);
    }
    super.put(indirect, font);
  }

  /** Keeps the font: the next page using it finds it parsed. */
  @Override
  public PDFont removeFont(COSObject indirect) {
    return null;
  }
}
