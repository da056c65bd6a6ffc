package io.juesuan.render.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The text a PDF draws, in the order it draws it, each string mapped to Unicode through its font's
 * {@code ToUnicode} map: what a viewer copies and searches. A new line starts where the text moves
 * to another line; pieces drawn on one line are joined by a space.
 *
 * <p>It reads what the PDFs Juesuan writes contain — composite fonts with the two-byte Identity
 * encoding and simple fonts, each with a {@code ToUnicode} map, text in page content and in form
 * XObjects — and gives nothing for anything else (a code no map has, a font without a map, another
 * encoding, an inline image), so that the caller reads such a document with PDFBox's text
 * extraction ({@link PdfText}) instead. Unlike PDFBox's extraction it neither sorts the text by
 * position nor drops glyphs drawn twice at one place, and it builds no glyph positions, fonts or
 * outlines: for the self-check of a freshly written report it takes a fraction of the time.
 */
public final class DrawnText {
  private static final double[] IDENTITY = {1, 0, 0, 1, 0, 0};

  /** Nested form XObjects deeper than this are not read (a form that draws itself). */
  private static final int MAX_DEPTH = 8;

  private DrawnText() {}

  /** The document's text, page after page; empty when it has something not read here. */
  public static Optional<String> of(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      StringBuilder text = new StringBuilder(pdf.length / 4);
      Map<COSDictionary, Font> fonts = new HashMap<>();
      for (PDPage page : d.getPages()) {
        byte[] content;
        try (InputStream in = page.getContents()) {
          content = in.readAllBytes();
        }
        Reader reader = new Reader(fonts, text);
        if (!reader.draw(content, page.getResources().getCOSObject(), 0)) {
          return Optional.empty();
        }
        text.append('\n');
      }
      return Optional.of(text.toString());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable here: the caller reads it with PDFBox
    }
  }

  /** A font's code length in bytes and the Unicode text of each code. */
  private record Font(int codeLength, Map<Integer, String> unicode) {}

  /** Reads the text operators of content streams, with the fonts of their resources. */
  private static final class Reader {
    private final Map<COSDictionary, Font> fonts;
    private final StringBuilder text;
    private Font font;

    /** The text line matrix [a b c d e f]: set by Tm, moved by Td and TD, reset by BT. */
    private final double[] line = {1, 0, 0, 1, 0, 0};

    /** The vertical position of the line being read, NaN when not known. */
    private double lineY = Double.NaN;

    private boolean lineEmpty = true;

    Reader(Map<COSDictionary, Font> fonts, StringBuilder text) {
      this.fonts = fonts;
      this.text = text;
    }

    boolean draw(byte[] content, COSDictionary resources, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        return false;
      }
      Tokens tokens = new Tokens(content);
      List<Object> operands = new ArrayList<>();
      Object token;
      while ((token = tokens.next()) != null) {
        if (!(token instanceof Tokens.Operator op)) {
          operands.add(token);
          continue;
        }
        if (!operator(op.name(), operands, tokens, resources, depth)) {
          return false;
        }
        operands.clear();
      }
      return true;
    }

    private boolean operator(
        String op, List<Object> operands, Tokens tokens, COSDictionary resources, int depth)
        throws IOException {
      switch (op) {
        case "Tf" -> {
          if (operands.size() != 2 || !(operands.get(0) instanceof Tokens.Name n)) {
            return false;
          }
          font = font(resources, n.name());
          return font != null;
        }
        case "BT" -> {
          System.arraycopy(IDENTITY, 0, line, 0, IDENTITY.length);
          return true;
        }
        case "Tm" -> {
          if (operands.size() != 6) {
            return false;
          }
          for (int k = 0; k < 6; k++) {
            line[k] = tokens.number(operands.get(k));
          }
          return moveTo(line[5]);
        }
        case "Td", "TD" -> {
          if (operands.size() != 2) {
            return false;
          }
          double tx = tokens.number(operands.get(0));
          double ty = tokens.number(operands.get(1));
          line[4] += tx * line[0] + ty * line[2];
          line[5] += tx * line[1] + ty * line[3];
          return moveTo(line[5]);
        }
        case "T*" -> {
          nextLine();
          return true;
        }
        case "Tj" -> {
          return operands.size() == 1 && show(operands.get(0));
        }
        case "'", "\"" -> {
          nextLine();
          return !operands.isEmpty() && show(operands.get(operands.size() - 1));
        }
        case "TJ" -> {
          if (operands.size() != 1 || !(operands.get(0) instanceof List<?> items)) {
            return false;
          }
          for (Object item : items) {
            if (item instanceof byte[] && !show(item)) {
              return false;
            }
          }
          return true;
        }
        case "Do" -> {
          return operands.size() == 1
              && operands.get(0) instanceof Tokens.Name n
              && form(resources, n.name(), depth);
        }
        case "BI", "ID", "EI" -> {
          return false; // an inline image: binary data the tokens do not skip
        }
        default -> {
          return true; // graphics, colour, marked content: no text
        }
      }
    }

    /**
     * Moves the text line to the vertical position {@code y} of the line matrix (the graphics
     * transformation around it is not followed): a position other than the line's begins a new line
     * of text.
     */
    private boolean moveTo(double y) {
      if (Double.isNaN(y) || Double.isInfinite(y)) {
        return false;
      }
      if (Double.isNaN(lineY) || Math.abs(y - lineY) > 0.01) {
        breakLine();
      }
      lineY = y;
      return true;
    }

    /** T*, ' and ": the next line by the leading, a position not followed here. */
    private void nextLine() {
      breakLine();
      lineY = Double.NaN;
    }

    private void breakLine() {
      if (!lineEmpty) {
        text.append('\n');
        lineEmpty = true;
      }
    }

    private boolean show(Object operand) {
      if (!(operand instanceof byte[] s) || font == null || s.length % font.codeLength != 0) {
        return false;
      }
      if (!lineEmpty) {
        text.append(' ');
      }
      for (int i = 0; i < s.length; i += font.codeLength) {
        int code = 0;
        for (int k = 0; k < font.codeLength; k++) {
          code = code << 8 | s[i + k] & 0xFF;
        }
        String u = font.unicode.get(code);
        if (u == null) {
          return false;
        }
        text.append(u);
      }
      lineEmpty = lineEmpty && s.length == 0;
      return true;
    }

    private Font font(COSDictionary resources, String name) throws IOException {
      COSDictionary all = resources == null ? null : resources.getCOSDictionary(COSName.FONT);
      COSBase base = all == null ? null : all.getDictionaryObject(COSName.getPDFName(name));
      if (!(base instanceof COSDictionary dict)) {
        return null;
      }
      if (!fonts.containsKey(dict)) {
        fonts.put(dict, readFont(dict));
      }
      return fonts.get(dict);
    }

    private boolean form(COSDictionary resources, String name, int depth) throws IOException {
      COSDictionary all = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
      COSBase base = all == null ? null : all.getDictionaryObject(COSName.getPDFName(name));
      if (!(base instanceof COSStream stream)) {
        return false;
      }
      if (!COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
        return true; // an image draws no text
      }
      COSDictionary own = stream.getCOSDictionary(COSName.RESOURCES);
      byte[] content;
      try (InputStream in = stream.createInputStream()) {
        content = in.readAllBytes();
      }
      Font outer = font;
      boolean read = draw(content, own != null ? own : resources, depth + 1);
      font = outer;
      return read;
    }
  }

  /** A font's code length and ToUnicode map; null when it is not a font read here. */
  private static Font readFont(COSDictionary dict) throws IOException {
    int codeLength;
    if (COSName.TYPE0.equals(dict.getCOSName(COSName.SUBTYPE))) {
      COSBase encoding = dict.getDictionaryObject(COSName.ENCODING);
      if (!COSName.IDENTITY_H.equals(encoding) && !COSName.IDENTITY_V.equals(encoding)) {
        return null;
      }
      codeLength = 2;
    } else {
      codeLength = 1;
    }
    COSStream toUnicode = dict.getCOSStream(COSName.TO_UNICODE);
    if (toUnicode == null) {
      return null;
    }
    byte[] cmap;
    try (InputStream in = toUnicode.createInputStream()) {
      cmap = in.readAllBytes();
    }
    return ToUnicodeMap.parse(cmap).map(unicode -> new Font(codeLength, unicode)).orElse(null);
  }
}
