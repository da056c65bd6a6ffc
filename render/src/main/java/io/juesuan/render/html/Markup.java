package io.juesuan.render.html;

/**
 * Where {@link HtmlWriter} puts the document's markup: as HTML text ({@link #text()}), or as the
 * W3C DOM that openhtmltopdf lays out ({@link #dom()}), built directly instead of written and
 * parsed again.
 */
abstract class Markup {
  /**
   * An element with attributes (name, value, name, value, …); its content follows until {@link
   * #close}.
   */
  abstract void open(String tag, String... attributes);

  abstract void close(String tag);

  /** An element without content ({@code br}, {@code img}). */
  abstract void empty(String tag, String... attributes);

  /** Characters as they are (escaped in HTML text). */
  abstract void text(String text);

  /** An element holding only text. */
  final void element(String tag, String text, String... attributes) {
    open(tag, attributes);
    text(text);
    close(tag);
  }

  /** Text whose line feeds become line breaks ({@code br}). */
  final void lines(String text) {
    int from = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      text(text.substring(from, at));
      empty("br");
      from = at + 1;
    }
    text(text.substring(from));
  }

  /** The markup as HTML text. */
  static final class Text extends Markup {
    private final StringBuilder b;

    Text(int capacity) {
      b = new StringBuilder(capacity);
    }

    @Override
    void open(String tag, String... attributes) {
      start(tag, attributes).append('>');
    }

    @Override
    void close(String tag) {
      b.append("</").append(tag).append('>');
    }

    @Override
    void empty(String tag, String... attributes) {
      start(tag, attributes).append("/>");
    }

    @Override
    void text(String text) {
      b.append(HtmlWriter.esc(text));
    }

    /** The start tag with its attributes, but its end ({@code >} or {@code />}). */
    private StringBuilder start(String tag, String[] attributes) {
      b.append('<').append(tag);
      for (int i = 0; i < attributes.length; i += 2) {
        b.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(HtmlWriter.esc(attributes[i + 1]))
            .append('"');
      }
      return b;
    }

    /** The markup written so far. */
    CharSequence chars() {
      return b;
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }

  /** The markup as W3C DOM nodes in the XHTML namespace, appended to a parent element. */
  static final class Dom extends Markup {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final org.w3c.dom.Document doc;
    private org.w3c.dom.Node at;

    Dom(org.w3c.dom.Document doc, org.w3c.dom.Node parent) {
      this.doc = doc;
      this.at = parent;
    }

    @Override
    void open(String tag, String... attributes) {
      at = at.appendChild(element(tag, attributes));
    }

    @Override
    void close(String tag) {
      at = at.getParentNode();
    }

    @Override
    void empty(String tag, String... attributes) {
      at.appendChild(element(tag, attributes));
    }

    @Override
    void text(String text) {
      if (text.isEmpty()) {
        return;
      }
      if (at.getLastChild() instanceof org.w3c.dom.Text last) {
        last.appendData(text); // one text node, as a parser makes of adjacent text
      } else {
        at.appendChild(doc.createTextNode(text));
      }
    }

    private org.w3c.dom.Element element(String tag, String[] attributes) {
      org.w3c.dom.Element e = doc.createElementNS(XHTML, tag);
      for (int i = 0; i < attributes.length; i += 2) {
        e.setAttribute(attributes[i], attributes[i + 1]);
      }
      return e;
    }
  }
}
