package io.juesuan.render.pdf;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * openhtmltopdf's XHTML handling with a default stylesheet of only the HTML defaults the report's
 * print markup needs ({@code user-agent.css}): the library's own (160 selectors, mostly for forms)
 * is parsed in every fresh JVM and every element of a report is matched against all of it.
 * Everything else — presentational attributes, images, links — is the library's.
 */
final class ReportNamespaceHandler extends XhtmlNamespaceHandler {
  static final String STYLESHEET = "user-agent.css";

  private static StylesheetInfo parsed;

  @Override
  public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
    synchronized (ReportNamespaceHandler.class) {
      if (parsed == null) {
        parsed = parse(factory);
      }
      return parsed;
    }
  }

  private static StylesheetInfo parse(StylesheetFactory factory) {
    StylesheetInfo info = new StylesheetInfo();
    info.setUri("classpath:" + STYLESHEET);
    info.setOrigin(StylesheetInfo.USER_AGENT);
    info.setMedia("all");
    info.setType("text/css");
    try (InputStream in = ReportNamespaceHandler.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException("缺少资源 " + STYLESHEET);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        info.setStylesheet(factory.parse(reader, info));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取 " + STYLESHEET, e);
    }
    return info;
  }
}
