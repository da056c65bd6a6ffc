package io.juesuan.render.chart;

import io.juesuan.core.concurrent.Ahead;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.narrative.Wording;
import io.juesuan.core.report.Fact;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.render.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * 图1–图4 with JFreeChart in the bundled font. Amounts come from the published tables as {@link
 * BigDecimal}; they become {@code double} only here, for plotting. Labels print the same figures
 * and shares as the narrative.
 */
public final class ChartMaker {
  private static final int WIDTH = 560;
  private static final int HEIGHT = 300;
  private static final int SCALE = 2;

  /**
   * The series colours, in a class of their own: {@link Color} starts AWT (its libraries and
   * toolkit, ~30 ms of a cold start), which then happens on the thread that draws the charts, not
   * on the one that assembles the document.
   */
  private static final class Palette {
    static final Color[] COLORS = {
      new Color(0xB7, 0x1C, 0x1C),
      new Color(0x1F, 0x4E, 0x79),
      new Color(0xC9, 0x8A, 0x14),
      new Color(0x3A, 0x7D, 0x44),
      new Color(0x6A, 0x4C, 0x93),
      new Color(0x5F, 0x6B, 0x73)
    };
  }

  private final FigureResolver resolver;
  private final LayoutSet layouts;
  private final Wording wording;
  private final int year;

  public ChartMaker(FigureResolver resolver, LayoutSet layouts, Wording wording, int year) {
    this.resolver = resolver;
    this.layouts = layouts;
    this.wording = wording;
    this.year = year;
  }

  /**
   * The charts drawn after the given sections of 情况说明 (the edition's outline), numbered 图1, 图2 …:
   * overall and fiscal compare the total with last year's, income and expenditure show the
   * structure of the 合计 row.
   */
  public List<Chart> charts(List<String> sectionKeys) {
    List<Chart> out = new ArrayList<>();
    for (String key : sectionKeys) {
      int n = out.size() + 1;
      String title = wording.text("chart." + key + ".title");
      out.add(
          switch (key) {
            case "overall" ->
                change(
                    n,
                    title,
                    wording.text("chart.overall.series"),
                    "fact:" + Fact.PRIOR_TOTAL.key(),
                    "@total");
            case "income" -> structure(n, title, "@income.table.total");
            case "expenditure" -> structure(n, title, "@expenditure.table.total");
            case "fiscal" ->
                change(
                    n,
                    title,
                    wording.text("chart.fiscal.series"),
                    "fact:" + Fact.PRIOR_FISCAL_TOTAL.key(),
                    "@fiscal.total");
            default -> throw new IllegalArgumentException("没有为“" + key + "”一节定义的图");
          });
    }
    return out;
  }

  private Chart change(int n, String title, String series, String prior, String current) {
    Optional<BigDecimal> last = resolver.resolve(prior);
    BigDecimal now = value(current);
    return png(n, title, () -> changeChart(series, year, last, now));
  }

  /** Last year's total beside this year's, as bars labelled in 万元. */
  private static JFreeChart changeChart(
      String series, int year, Optional<BigDecimal> last, BigDecimal now) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    last.ifPresent(v -> data.addValue(v.doubleValue(), series, (year - 1) + "年度"));
    data.addValue(now.doubleValue(), series, year + "年度");
    CategoryPlot plot =
        new CategoryPlot(data, new CategoryAxis(), new NumberAxis("万元"), new BarRenderer());
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, Palette.COLORS[0]);
    r.setMaximumBarWidth(0.18);
    r.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}万元", new DecimalFormat("0.00")));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(Fonts.awt(Fonts.Face.SANS_REGULAR, 13f));
    r.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    plot.getDomainAxis().setTickLabelFont(Fonts.awt(Fonts.Face.SANS_REGULAR, 13f));
    plot.getRangeAxis().setTickLabelFont(Fonts.awt(Fonts.Face.SANS_REGULAR, 11f));
    plot.getRangeAxis().setLabelFont(Fonts.awt(Fonts.Face.SANS_REGULAR, 12f));
    plot.getRangeAxis().setUpperMargin(0.15);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
    plot.setRangeGridlineStroke(new BasicStroke(0.6f));
    plot.setOutlineVisible(false);
    return new JFreeChart(null, Fonts.awt(Fonts.Face.SANS_BOLD, 14f), plot, false);
  }

  private Chart structure(int n, String title, String whole) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    CellRef total = resolver.cells(whole).get(0);
    for (ColumnLayout col : layouts.table(total.table()).columns()) {
      if (col.no().equals(total.column())) {
        continue;
      }
      String ref =
          total.table()
              + "."
              + total.row()
              + "."
              + col.key().orElse(Integer.toString(col.no().value()));
      BigDecimal v = value(ref);
      if (v.signum() == 0) {
        continue;
      }
      String share =
          resolver
              .resolve("share(" + ref + ";" + whole + ")")
              .map(s -> Rounding.printed(s, 2).toPlainString() + "%")
              .orElse("—");
      values.put(col.name(), v);
      labels.put(col.name(), col.name() + " " + v.toPlainString() + "万元（" + share + "）");
    }
    return png(n, title, () -> structureChart(values, labels));
  }

  /** The parts of a whole as a pie, each labelled with its amount and share. */
  private static JFreeChart structureChart(
      Map<String, BigDecimal> values, Map<String, String> labels) {
    DefaultPieDataset<String> data = new DefaultPieDataset<>();
    values.forEach((name, v) -> data.setValue(name, v.doubleValue()));
    PiePlot<String> plot = new PiePlot<>(data);
    plot.setLabelFont(Fonts.awt(Fonts.Face.SANS_REGULAR, 12f));
    plot.setLabelGenerator(new MappedLabels(labels));
    plot.setLegendLabelGenerator(new MappedLabels(labels));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setShadowPaint(null);
    plot.setLabelBackgroundPaint(Color.WHITE);
    plot.setNoDataMessage("本年无数据");
    plot.setNoDataMessageFont(Fonts.awt(Fonts.Face.SANS_REGULAR, 14f));
    List<String> keys = new ArrayList<>(labels.keySet());
    for (int i = 0; i < keys.size(); i++) {
      plot.setSectionPaint(keys.get(i), Palette.COLORS[i % Palette.COLORS.length]);
    }
    JFreeChart chart = new JFreeChart(null, Fonts.awt(Fonts.Face.SANS_BOLD, 14f), plot, true);
    chart.getLegend().setItemFont(Fonts.awt(Fonts.Face.SANS_REGULAR, 12f));
    return chart;
  }

  private BigDecimal value(String ref) {
    return resolver.resolve(ref).orElse(BigDecimal.ZERO);
  }

  /**
   * A chart built from the figures already resolved here and drawn on another thread, while the
   * document goes on being assembled and laid out (a PDF asks for the image only when its layout
   * comes to the chart).
   */
  private static Chart png(int n, String title, Supplier<JFreeChart> build) {
    return new Chart(n, title, Ahead.start(() -> draw(build.get())), WIDTH, HEIGHT);
  }

  /**
   * The chart drawn at twice the size into an opaque RGB image (its background is white): an RGB
   * PNG goes into a PDF as it is, where an RGBA one (JFreeChart's own PNG writer) is decoded and
   * recompressed with a soft mask by every PDF that shows it.
   */
  private static byte[] draw(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    BufferedImage image =
        new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(SCALE, SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), null, null);
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }

  /** Labels looked up by section key, so the chart prints the narrative's figures. */
  private record MappedLabels(Map<String, String> labels)
      implements org.jfree.chart.labels.PieSectionLabelGenerator {
    @Override
    @SuppressWarnings("rawtypes")
    public String generateSectionLabel(org.jfree.data.general.PieDataset dataset, Comparable key) {
      return labels.getOrDefault(String.valueOf(key), String.valueOf(key));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public java.text.AttributedString generateAttributedSectionLabel(
        org.jfree.data.general.PieDataset dataset, Comparable key) {
      return null;
    }
  }
}
