package io.juesuan.importer.pdf;

import io.juesuan.importer.Line;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that keeps each word's glyph positions and hands back the page's lines.
 *
 * <p>PDFBox makes one line of glyphs whose boxes overlap vertically. Where a document sets a
 * wrapped line closer than its font size (Word's exact line pitch), two printed lines overlap and
 * their glyphs would be interleaved ("规划和表自然资源局"); such a line is split again by baseline — only
 * when glyphs of different baselines cover the same horizontal space, so an amount set a little
 * above its label (vertically centred cells) stays on the label's line.
 */
final class PositionedTextStripper extends PDFTextStripper {
  /** A word with the baseline and height of its glyphs. */
  record Placed(Line.Word word, float baseline, float height) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<Placed> current = new ArrayList<>();
  private final int page;
  private final Rulings rulings;

  private PositionedTextStripper(int page, Rulings rulings) {
    this.page = page;
    this.rulings = rulings;
    setSortByPosition(true);
    setStartPage(page);
    setEndPage(page);
    for (String name : PATH_OPERATORS) {
      addOperator(new PathOperator(this, name));
    }
  }

  /**
   * The page's lines, each with the table rules drawn at it ({@link Rulings}, collected in the same
   * pass over the page).
   */
  static List<Line> lines(PDDocument doc, int page) throws IOException {
    PositionedTextStripper s = new PositionedTextStripper(page, new Rulings(doc.getPage(page - 1)));
    s.writeText(doc, new StringWriter());
    s.endLine();
    Rulings.Page rules = s.rulings.page();
    return s.lines.stream().map(l -> Rulings.withRulings(l, rules)).toList();
  }

  /** The path construction and painting operators, whose rules {@link Rulings} collects. */
  private static final List<String> PATH_OPERATORS =
      List.of(
          "m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");

  /** Hands a path operator to the page's {@link Rulings}, its points in page space. */
  private static final class PathOperator
      extends org.apache.pdfbox.contentstream.operator.OperatorProcessor {
    private final PositionedTextStripper stripper;
    private final String name;

    PathOperator(PositionedTextStripper stripper, String name) {
      super(stripper);
      this.stripper = stripper;
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public void process(
        org.apache.pdfbox.contentstream.operator.Operator operator,
        List<org.apache.pdfbox.cos.COSBase> operands) {
      Rulings r = stripper.rulings;
      float[] n = numbers(operands);
      switch (name) {
        case "m" -> {
          if (n.length >= 2) {
            java.awt.geom.Point2D p = point(n[0], n[1]);
            r.moveTo((float) p.getX(), (float) p.getY());
          }
        }
        case "l" -> {
          if (n.length >= 2) {
            java.awt.geom.Point2D p = point(n[0], n[1]);
            r.lineTo((float) p.getX(), (float) p.getY());
          }
        }
        case "c", "v", "y" -> {
          if (n.length >= 4) {
            java.awt.geom.Point2D p = point(n[n.length - 2], n[n.length - 1]);
            r.curveTo((float) p.getX(), (float) p.getY());
          }
        }
        case "h" -> r.closePath();
        case "re" -> {
          if (n.length >= 4) {
            r.appendRectangle(
                point(n[0], n[1]),
                point(n[0] + n[2], n[1]),
                point(n[0] + n[2], n[1] + n[3]),
                point(n[0], n[1] + n[3]));
          }
        }
        case "S" -> r.strokePath();
        case "s" -> {
          r.closePath();
          r.strokePath();
        }
        case "f", "F", "f*" -> r.fillPath(0);
        case "B", "B*" -> r.fillAndStrokePath(0);
        case "b", "b*" -> {
          r.closePath();
          r.fillAndStrokePath(0);
        }
        default -> r.endPath();
      }
    }

    private java.awt.geom.Point2D point(float x, float y) {
      return stripper.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    private static float[] numbers(List<org.apache.pdfbox.cos.COSBase> operands) {
      float[] out = new float[operands.size()];
      int n = 0;
      for (org.apache.pdfbox.cos.COSBase b : operands) {
        if (b instanceof org.apache.pdfbox.cos.COSNumber number) {
          out[n++] = number.floatValue();
        }
      }
      return java.util.Arrays.copyOf(out, n);
    }
  }

  /**
   * Splits the line into words at blank glyphs and at gaps wider than a space, keeping each word's
   * extent.
   */
  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    StringBuilder word = new StringBuilder();
    float x0 = Float.NaN;
    float x1 = Float.NaN;
    float baseline = Float.NaN;
    float height = 0;
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      float gap = Float.isNaN(x1) ? 0 : p.getXDirAdj() - x1;
      float space = Math.max(p.getWidthOfSpace(), 1f);
      boolean otherBaseline =
          word.length() > 0 && Math.abs(p.getYDirAdj() - baseline) > lineGap(height, p);
      if (u == null || u.isBlank() || otherBaseline || (word.length() > 0 && gap > space * 0.8f)) {
        x0 = flushWord(word, x0, x1, baseline, height);
        if (u == null || u.isBlank()) {
          x1 = Float.NaN;
          continue;
        }
      }
      if (word.length() == 0) {
        x0 = p.getXDirAdj();
        baseline = p.getYDirAdj();
        height = 0;
      }
      word.append(u);
      x1 = p.getXDirAdj() + p.getWidthDirAdj();
      height = Math.max(height, Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7f));
    }
    flushWord(word, x0, x1, baseline, height);
  }

  /** How far two glyphs' baselines may be apart and still be one printed line. */
  private static float lineGap(float height, TextPosition p) {
    return Math.max(height, Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7f)) * 0.5f;
  }

  private float flushWord(StringBuilder word, float x0, float x1, float baseline, float height) {
    if (word.length() > 0) {
      current.add(new Placed(new Line.Word(word.toString(), x0, x1, baseline), baseline, height));
      word.setLength(0);
    }
    return Float.NaN;
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writeParagraphEnd() {
    endLine();
  }

  private void endLine() {
    if (!current.isEmpty()) {
      for (List<Placed> printed : printedLines(current)) {
        lines.add(new Line(page, printed.stream().map(Placed::word).toList()));
      }
      current.clear();
    }
  }

  /**
   * The line as printed: one line, unless some of its words cover the same horizontal space — then
   * each word, top first, joins the first line where it collides with no word (so an amount set
   * between a label's two lines stays with the first), each line in reading order.
   */
  static List<List<Placed>> printedLines(List<Placed> words) {
    if (!anyOverlap(words)) {
      return List.of(words);
    }
    List<List<Placed>> printed = new ArrayList<>();
    List<Placed> sorted =
        words.stream().sorted(java.util.Comparator.comparingDouble(Placed::baseline)).toList();
    for (Placed w : sorted) {
      List<Placed> home =
          printed.stream()
              .filter(l -> l.stream().noneMatch(o -> overlap(o, w)))
              .findFirst()
              .orElse(null);
      if (home == null) {
        home = new ArrayList<>();
        printed.add(home);
      }
      home.add(w);
    }
    return printed.stream()
        .map(
            l ->
                l.stream()
                    .sorted(java.util.Comparator.comparingDouble(p -> p.word().x0()))
                    .toList())
        .toList();
  }

  private static boolean anyOverlap(List<Placed> words) {
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        if (overlap(words.get(i), words.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two words cover the same horizontal space (more than half the narrower one). */
  private static boolean overlap(Placed a, Placed b) {
    float overlap = Math.min(a.word().x1(), b.word().x1()) - Math.max(a.word().x0(), b.word().x0());
    float narrower = Math.min(a.word().x1() - a.word().x0(), b.word().x1() - b.word().x0());
    return narrower > 0 && overlap > narrower * 0.5f;
  }
}
