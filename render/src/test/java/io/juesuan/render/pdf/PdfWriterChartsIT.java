package io.juesuan.render.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.concurrent.Ahead;
import io.juesuan.render.Block;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.chart.Chart;
import io.juesuan.testkit.SampleDatasets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart is drawn on another thread and taken by the layout: its failure still fails the PDF. */
class PdfWriterChartsIT {
  @Test
  void aChartThatFailsToDrawFailsThePdf() {
    DisclosureDocument doc = new DisclosureRenderer().assemble(SampleDatasets.caidian2023());
    List<Block> blocks = new ArrayList<>();
    boolean replaced = false;
    for (Block b : doc.blocks()) {
      if (!replaced && b instanceof Block.Figure f) {
        Chart broken =
            new Chart(
                f.chart().number(),
                f.chart().title(),
                Ahead.start(
                    () -> {
                      throw new IllegalStateException("图无法绘制");
                    }),
                f.chart().width(),
                f.chart().height());
        blocks.add(new Block.Figure(broken));
        replaced = true;
      } else {
        blocks.add(b);
      }
    }
    DisclosureDocument withBrokenChart =
        new DisclosureDocument(
            doc.accounts(),
            doc.tables(),
            doc.text(),
            doc.resolver(),
            doc.title(),
            blocks,
            doc.edition());
    assertThatThrownBy(() -> new PdfWriter().write(withBrokenChart)).hasMessage("图无法绘制");
  }
}
