package io.juesuan.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.juesuan.core.JuesuanException;
import io.juesuan.render.Block;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.Fonts;
import io.juesuan.render.ParsedFonts;
import io.juesuan.render.chart.Chart;
import io.juesuan.render.html.HtmlWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The document as PDF: the print markup laid out by openhtmltopdf (PDFBox) on A4 with the bundled
 * fonts embedded as subsets, so the text is selectable and searchable. The fonts come parsed from
 * {@link ParsedFonts}, each only when the layout first needs one of its characters, and are given
 * back once the PDF (and its font subsets) is written.
 */
public final class PdfWriter {
  static {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  public byte[] write(DisclosureDocument doc) {
    return write(doc, new ReportNamespaceHandler());
  }

  /** Writes with the given XHTML handling (the library's own, to compare against). */
  byte[] write(DisclosureDocument doc, NamespaceHandler handling) {
    org.w3c.dom.Document dom = new HtmlWriter(HtmlWriter.Mode.PDF).dom(doc);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<ParsedFonts.Lease> leases = new ArrayList<>();
    try (PDDocument pdf = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(pdf);
      builder.useNamespaceHandler(handling);
      builder.useProtocolsStreamImplementation(new ChartImages(doc), HtmlWriter.CHART_SCHEME);
      for (Fonts.Face face : faces(dom)) {
        builder.useFont(
            new LentFont(pdf, face, leases),
            face.family,
            face.weight,
            BaseRendererBuilder.FontStyle.NORMAL,
            true);
      }
      builder.withW3cDocument(dom, "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException | UncheckedIOException e) {
      throw new JuesuanException("生成PDF失败：" + e.getMessage());
    } finally {
      leases.forEach(ParsedFonts.Lease::close);
    }
    return out.toByteArray();
  }

  /**
   * The faces the document may need. openhtmltopdf parses every face of a font-family list when it
   * measures text with a character none has (the line feed of a {@code <br/>}), so a face that can
   * print nothing of the document is left out rather than parsed for nothing:
   *
   * <ul>
   *   <li>the Extension B face has glyphs only beyond the Basic Multilingual Plane (U+20000–2A6D6)
   *       and smaller ascent and descent than the body fonts: without such characters the document
   *       is laid out the same without it (and 22 MB are not parsed);
   *   <li>the fallback face (rare characters) is used only for a character the body and heading
   *       faces lack: when all four have every printable character of the document, it would never
   *       be chosen (5 MB not parsed).
   * </ul>
   */
  static List<Fonts.Face> faces(org.w3c.dom.Document dom) {
    // the document's printable characters (control characters such as the line feed no face has):
    // its text, the stylesheet's included, and attribute values
    BitSet chars = new BitSet();
    characters(dom, chars);
    chars.clear(0, 0x20);
    chars.clear(0x7F, 0xA0);
    List<Fonts.Face> faces = new ArrayList<>(List.of(Fonts.Face.values()));
    if (chars.nextSetBit(Character.MIN_SUPPLEMENTARY_CODE_POINT) < 0) {
      faces.remove(Fonts.Face.EXT_B_REGULAR);
    }
    if (primaryFacesPrintAll(chars)) {
      faces.remove(Fonts.Face.FALLBACK_REGULAR);
    }
    return faces;
  }

  private static void characters(org.w3c.dom.Node node, BitSet chars) {
    if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
      node.getNodeValue().codePoints().forEach(chars::set);
    }
    org.w3c.dom.NamedNodeMap attributes = node.getAttributes();
    for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
      attributes.item(i).getNodeValue().codePoints().forEach(chars::set);
    }
    for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      characters(c, chars);
    }
  }

  private static final List<Fonts.Face> PRIMARY =
      List.of(
          Fonts.Face.SERIF_REGULAR,
          Fonts.Face.SERIF_BOLD,
          Fonts.Face.SANS_REGULAR,
          Fonts.Face.SANS_BOLD);

  /**
   * Whether each of the body and heading faces has a glyph for every one of the characters. The
   * faces are parsed through {@link ParsedFonts}: the PDF needs them anyway and finds them parsed.
   */
  private static boolean primaryFacesPrintAll(BitSet chars) {
    for (Fonts.Face face : PRIMARY) {
      try (ParsedFonts.Lease lease = ParsedFonts.lend(face)) {
        CmapLookup cmap = lease.font().getUnicodeCmapLookup();
        for (int c = chars.nextSetBit(0); c >= 0; c = chars.nextSetBit(c + 1)) {
          if (cmap.getGlyphId(c) <= 0) {
            return false;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("无法读取字体 " + face.file, e);
      }
    }
    return true;
  }

  /**
   * The document's charts by the references of the print markup ({@code chart:2}): openhtmltopdf
   * asks for a chart's PNG when its layout comes to it, by which time the chart has usually been
   * drawn on another thread.
   */
  private static final class ChartImages implements FSStreamFactory {
    private final Map<String, Chart> charts = new HashMap<>();

    ChartImages(DisclosureDocument doc) {
      for (Block block : doc.blocks()) {
        if (block instanceof Block.Figure f) {
          charts.put(HtmlWriter.reference(f.chart()), f.chart());
        }
      }
    }

    @Override
    public FSStream getUrl(String uri) {
      Chart chart = charts.get(uri);
      if (chart == null) {
        throw new IllegalStateException("文档中没有图 " + uri);
      }
      return new FSStream() {
        @Override
        public InputStream getStream() {
          return new ByteArrayInputStream(chart.png());
        }

        @Override
        public Reader getReader() {
          return new InputStreamReader(getStream(), StandardCharsets.ISO_8859_1);
        }
      };
    }
  }

  /**
   * A bundled face for one PDF, loaded when openhtmltopdf first asks for it (the Extension B font
   * only for a document with such a character), embedded as a subset of a lent parsed font.
   */
  private static final class LentFont extends PDFontSupplier {
    private final PDDocument pdf;
    private final Fonts.Face face;
    private final List<ParsedFonts.Lease> leases;
    private PDFont font;

    LentFont(PDDocument pdf, Fonts.Face face, List<ParsedFonts.Lease> leases) {
      super(null);
      this.pdf = pdf;
      this.face = face;
      this.leases = leases;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        ParsedFonts.Lease lease = ParsedFonts.lend(face);
        leases.add(lease);
        try {
          font = PDType0Font.load(pdf, lease.font(), true);
        } catch (IOException e) {
          throw new UncheckedIOException("无法嵌入字体 " + face.file, e);
        }
      }
      return font;
    }
  }
}
