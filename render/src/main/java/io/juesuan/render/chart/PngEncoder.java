package io.juesuan.render.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * An opaque RGB image as a PNG (8 bits per channel, no interlace, every row unfiltered). A chart is
 * large areas of a few flat colours, which deflate packs as well unfiltered as ImageIO's writer
 * does after trying every filter on every row (measured on the example's four charts: 2–11 %
 * smaller), at a fraction of the work in a freshly started program.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int COLOR_TYPE_RGB = 2;

  private PngEncoder() {}

  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("只支持 RGB 图像，实为类型 " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
    png.writeBytes(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = 8;
    header[9] = COLOR_TYPE_RGB;
    chunk(png, "IHDR", header, header.length);
    ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
      byte[] row = new byte[1 + width * 3]; // filter byte 0 (none), then R G B per pixel
      for (int y = 0; y < height; y++) {
        for (int x = 0, p = y * width, i = 1; x < width; x++, p++) {
          int rgb = pixels[p];
          row[i++] = (byte) (rgb >> 16);
          row[i++] = (byte) (rgb >> 8);
          row[i++] = (byte) rgb;
        }
        z.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    byte[] compressed = data.toByteArray();
    chunk(png, "IDAT", compressed, compressed.length);
    chunk(png, "IEND", new byte[0], 0);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] body, int length) {
    byte[] word = new byte[4];
    putInt(word, 0, length);
    png.writeBytes(word);
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    png.writeBytes(typeBytes);
    png.write(body, 0, length);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(body, 0, length);
    putInt(word, 0, (int) crc.getValue());
    png.writeBytes(word);
  }

  private static void putInt(byte[] to, int at, int value) {
    to[at] = (byte) (value >>> 24);
    to[at + 1] = (byte) (value >>> 16);
    to[at + 2] = (byte) (value >>> 8);
    to[at + 3] = (byte) value;
  }
}
