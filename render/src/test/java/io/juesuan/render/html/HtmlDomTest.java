package io.juesuan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DisclosureRenderer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The DOM openhtmltopdf lays out is built directly ({@link HtmlWriter#dom}); it is node for node
 * the DOM an HTML parser (jsoup, converted to W3C DOM as the PDF writer did before) makes of the
 * print markup {@link HtmlWriter#write} writes — so the PDF is laid out as before.
 */
class HtmlDomTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.juesuan.render.ExampleDepartments#all")
  void theBuiltDomIsTheParsedMarkup(String name, FinalAccounts accounts) {
    DisclosureDocument doc = new DisclosureRenderer().assemble(accounts);
    HtmlWriter writer = new HtmlWriter(HtmlWriter.Mode.PDF);
    org.w3c.dom.Document parsed = new W3CDom().fromJsoup(Jsoup.parse(writer.write(doc)));
    org.w3c.dom.Document built = writer.dom(doc);

    List<String> expected = dump(parsed);
    assertThat(expected).hasSizeGreaterThan(1000);
    assertThat(dump(built)).containsExactlyElementsOf(expected);
  }

  /** Every node in document order: its kind, namespace and name, attributes (sorted), text. */
  private static List<String> dump(Node root) {
    List<String> out = new ArrayList<>();
    walk(root, 0, out);
    return out;
  }

  private static void walk(Node n, int depth, List<String> out) {
    StringBuilder line = new StringBuilder("  ".repeat(depth));
    line.append(n.getNodeType()).append(' ').append(n.getNamespaceURI()).append(' ');
    line.append(n.getNodeName());
    NamedNodeMap attributes = n.getAttributes();
    if (attributes != null) {
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        pairs.add(a.getNamespaceURI() + ":" + a.getName() + "=" + a.getValue());
      }
      pairs.sort(null);
      line.append(' ').append(pairs);
    }
    if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.DOCUMENT_TYPE_NODE) {
      line.append(" «")
          .append(
              n.getNodeType() == Node.TEXT_NODE
                  ? n.getNodeValue()
                  : ((org.w3c.dom.DocumentType) n).getPublicId()
                      + "|"
                      + ((org.w3c.dom.DocumentType) n).getSystemId())
          .append('»');
    }
    out.add(line.toString());
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      walk(c, depth + 1, out);
    }
  }
}
