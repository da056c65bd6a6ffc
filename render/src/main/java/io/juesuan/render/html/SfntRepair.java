package io.juesuan.render.html;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes a font subset written by PDFBox's {@code TTFSubsetter} acceptable to browsers' font
 * sanitizer (OTS): the subsetter writes a version-0-sized {@code OS/2} table under the original
 * (higher) version number, and copies {@code vhea}/{@code vmtx} unchanged although the glyphs were
 * renumbered. This sets the {@code OS/2} version to match its size, drops the vertical metrics (the
 * report is set horizontally) and rewrites the table directory, checksums and {@code head}'s
 * checkSumAdjustment.
 */
final class SfntRepair {
  private static final Set<String> DROPPED = Set.of("vhea", "vmtx", "VORG");
  private static final int OS2_V1_SIZE = 86;
  private static final int OS2_V2_SIZE = 96;

  private SfntRepair() {}

  private record Table(String tag, byte[] data) {}

  static byte[] repair(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int sfntVersion = in.getInt(0);
    int count = Short.toUnsignedInt(in.getShort(4));
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = 12 + 16 * i;
      byte[] tagBytes = new byte[4];
      in.get(at, tagBytes);
      String tag = new String(tagBytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      int offset = in.getInt(at + 8);
      int length = in.getInt(at + 4 + 8);
      if (DROPPED.contains(tag)) {
        continue;
      }
      byte[] data = new byte[length];
      in.get(offset, data);
      if (tag.equals("OS/2")) {
        fixOs2Version(data);
      }
      tables.add(new Table(tag, data));
    }
    tables.sort((a, b) -> a.tag().compareTo(b.tag()));
    return write(sfntVersion, tables);
  }

  private static void fixOs2Version(byte[] os2) {
    int version = ((os2[0] & 0xff) << 8) | (os2[1] & 0xff);
    int fits =
        os2.length >= OS2_V2_SIZE ? version : os2.length >= OS2_V1_SIZE ? Math.min(version, 1) : 0;
    os2[0] = (byte) (fits >> 8);
    os2[1] = (byte) fits;
  }

  private static byte[] write(int sfntVersion, List<Table> tables) {
    int n = tables.size();
    int headerSize = 12 + 16 * n;
    int size = headerSize;
    for (Table t : tables) {
      size += padded(t.data().length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
    int searchRange = (1 << entrySelector) * 16;
    out.putInt(sfntVersion)
        .putShort((short) n)
        .putShort((short) searchRange)
        .putShort((short) entrySelector)
        .putShort((short) (n * 16 - searchRange));
    int offset = headerSize;
    int headOffset = -1;
    for (Table t : tables) {
      if (t.tag().equals("head")) {
        headOffset = offset;
        ByteBuffer.wrap(t.data()).putInt(8, 0); // checkSumAdjustment is computed last
      }
      out.put(t.tag().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
          .putInt((int) checksum(t.data()))
          .putInt(offset)
          .putInt(t.data().length);
      offset += padded(t.data().length);
    }
    for (Table t : tables) {
      out.put(t.data());
      out.position(out.position() + padded(t.data().length) - t.data().length);
    }
    byte[] bytes = out.array();
    if (headOffset >= 0) {
      long adjustment = (0xB1B0AFBAL - checksum(bytes)) & 0xffffffffL;
      ByteBuffer.wrap(bytes).putInt(headOffset + 8, (int) adjustment);
    }
    return bytes;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }

  private static long checksum(byte[] data) {
    long sum = 0;
    for (int i = 0; i < data.length; i += 4) {
      long word = 0;
      for (int j = 0; j < 4; j++) {
        word = (word << 8) | (i + j < data.length ? data[i + j] & 0xff : 0);
      }
      sum = (sum + word) & 0xffffffffL;
    }
    return sum;
  }
}
