package io.juesuan.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
  @Test
  void everyPixelReadsBackAsDrawn() throws Exception {
    for (int[] size : new int[][] {{1, 1}, {3, 2}, {257, 131}, {1120, 600}}) {
      BufferedImage image = drawing(size[0], size[1], new Random(size[0] * 31L + size[1]));
      byte[] png = PngEncoder.encode(image);

      BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(read.getWidth()).isEqualTo(size[0]);
      assertThat(read.getHeight()).isEqualTo(size[1]);
      assertSamePixels(image, read);
    }
  }

  @Test
  void pdfBoxTakesItAsItIsAndShowsTheSamePixels() throws Exception {
    BufferedImage image = drawing(300, 200, new Random(7));
    try (PDDocument pdf = new PDDocument()) {
      PDImageXObject x = PDImageXObject.createFromByteArray(pdf, PngEncoder.encode(image), "chart");
      assertThat(x.getBitsPerComponent()).isEqualTo(8);
      assertSamePixels(image, x.getImage());
    }
  }

  @Test
  void onlyOpaqueRgbImages() {
    assertThatThrownBy(
            () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)))
        .hasMessageContaining("RGB");
  }

  /** Flat areas, antialiased lines and some noise, as a chart and worse. */
  private static BufferedImage drawing(int width, int height, Random random) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 12; i++) {
      g.setColor(new Color(random.nextInt(0x1000000)));
      g.setStroke(new BasicStroke(1 + random.nextInt(4)));
      g.drawLine(
          random.nextInt(width),
          random.nextInt(height),
          random.nextInt(width),
          random.nextInt(height));
      g.fillOval(random.nextInt(width), random.nextInt(height), 1 + width / 5, 1 + height / 5);
    }
    g.dispose();
    for (int i = 0; i < width * height / 50; i++) {
      image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0x1000000));
    }
    return image;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int want = expected.getRGB(x, y) & 0xFFFFFF;
        int got = actual.getRGB(x, y) & 0xFFFFFF;
        if (want != got) {
          throw new AssertionError(
              "像素 ("
                  + x
                  + ","
                  + y
                  + ") 应为 "
                  + Integer.toHexString(want)
                  + "，实为 "
                  + Integer.toHexString(got));
        }
      }
    }
  }
}
