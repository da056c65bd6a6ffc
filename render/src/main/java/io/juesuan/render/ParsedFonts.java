package io.juesuan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts, each parsed once instead of for every document. A parsed {@link TrueTypeFont}
 * reads its tables and glyphs lazily and is not thread-safe, so it is lent to one user at a time: a
 * user who finds none idle parses another copy (documents rendered at the same time), and up to
 * {@link #MAX_IDLE} copies of a face are kept for the next ones. A face is parsed only when first
 * lent, so the 22 MB Extension B font is read only for a document that needs it.
 */
public final class ParsedFonts {
  static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

  private static final Map<Fonts.Face, Deque<TrueTypeFont>> IDLE = new EnumMap<>(Fonts.Face.class);

  static {
    for (Fonts.Face face : Fonts.Face.values()) {
      IDLE.put(face, new ArrayDeque<>());
    }
  }

  private ParsedFonts() {}

  /** A parsed font of the face, the caller's alone until the lease is closed. */
  public static Lease lend(Fonts.Face face) {
    Deque<TrueTypeFont> idle = IDLE.get(face);
    TrueTypeFont font;
    synchronized (idle) {
      font = idle.pollFirst();
    }
    return new Lease(face, font != null ? font : parse(face));
  }

  /** How many parsed copies of the face are idle (for tests). */
  static int idle(Fonts.Face face) {
    Deque<TrueTypeFont> idle = IDLE.get(face);
    synchronized (idle) {
      return idle.size();
    }
  }

  private static TrueTypeFont parse(Fonts.Face face) {
    try (InputStream in = face.open()) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in));
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取字体 " + face.file, e);
    }
  }

  private static void giveBack(Fonts.Face face, TrueTypeFont font) {
    Deque<TrueTypeFont> idle = IDLE.get(face);
    synchronized (idle) {
      if (idle.size() < MAX_IDLE) {
        idle.addFirst(font);
        return;
      }
    }
    try {
      font.close();
    } catch (IOException e) {
      // a parsed copy over the limit, held in memory only: nothing to clean up
    }
  }

  /** A parsed font lent to one user; closing it gives the font back (once). */
  public static final class Lease implements AutoCloseable {
    private final Fonts.Face face;
    private final TrueTypeFont font;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private Lease(Fonts.Face face, TrueTypeFont font) {
      this.face = face;
      this.font = font;
    }

    public Fonts.Face face() {
      return face;
    }

    public TrueTypeFont font() {
      if (!open.get()) {
        throw new IllegalStateException("字体已归还 " + face.file);
      }
      return font;
    }

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        giveBack(face, font);
      }
    }
  }
}
