package io.juesuan.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled TrueType fonts (Noto Serif SC for body text, 宋体-style; Noto Sans SC for headings,
 * 黑体-style; SIL OFL 1.1, subset to GB 2312), loaded from the classpath.
 */
public final class Fonts {
  public static final String SERIF = "Noto Serif SC";
  public static final String SANS = "Noto Sans SC";

  /**
   * The fallback for hanzi beyond GB 2312 (Noto Sans HK, SIL OFL 1.1, subset to the CJK ideographs
   * the main fonts lack, including 1,707 of Extension B), named after the main fonts in every
   * font-family list.
   */
  public static final String FALLBACK = "Noto Sans HK";

  /**
   * The second fallback: all 42,711 ideographs of CJK Extension B (U+20000–2A6D6, e.g. 𠀀), from
   * HanaMinB of the Hanazono fonts (SIL OFL 1.1 or Hanazono Font License; renamed, see
   * HanaMin-LICENSE.txt). A serif face, named last in every PDF font-family; 22 MB, so it is read
   * only when a document has a character the other fonts lack.
   */
  public static final String EXT_B = "Juesuan Han ExtB";

  private static final String ROOT = "/io/juesuan/render/fonts/";
  private static final Map<String, Font> AWT = new ConcurrentHashMap<>();

  private Fonts() {}

  /** Resource file names: serif/sans × regular/bold. */
  public enum Face {
    SERIF_REGULAR("NotoSerifSC-Regular.ttf", SERIF, 400),
    SERIF_BOLD("NotoSerifSC-Bold.ttf", SERIF, 700),
    SANS_REGULAR("NotoSansSC-Regular.ttf", SANS, 400),
    SANS_BOLD("NotoSansSC-Bold.ttf", SANS, 700),
    FALLBACK_REGULAR("JuesuanFallback-Regular.ttf", FALLBACK, 400),
    EXT_B_REGULAR("JuesuanHanExtB-Regular.ttf", EXT_B, 400);

    public final String file;
    public final String family;
    public final int weight;

    Face(String file, String family, int weight) {
      this.file = file;
      this.family = family;
      this.weight = weight;
    }

    /** The faces whose glyphs body text may use: the serif body font and its fallbacks. */
    public static java.util.List<Face> coverage() {
      return java.util.List.of(SERIF_REGULAR, FALLBACK_REGULAR, EXT_B_REGULAR);
    }

    public InputStream open() {
      InputStream in = Fonts.class.getResourceAsStream(ROOT + file);
      if (in == null) {
        throw new IllegalStateException("找不到字体资源 " + ROOT + file);
      }
      return in;
    }
  }

  /** An AWT font (for charts) of the given face and size. */
  public static Font awt(Face face, float size) {
    Font base =
        AWT.computeIfAbsent(
            face.file,
            f -> {
              try (InputStream in = face.open()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (FontFormatException e) {
                throw new IllegalStateException("字体格式错误 " + face.file, e);
              }
            });
    return base.deriveFont(size);
  }
}
