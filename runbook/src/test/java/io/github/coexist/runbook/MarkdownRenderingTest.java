package io.github.coexist.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders escaped text with a real CommonMark parser (GFM tables and strikethrough) in every place
 * the runbook puts plan text — a paragraph, a list item, a heading, a table cell — and checks that
 * it becomes one plain text run that reads exactly as the original: no emphasis, link, image, code,
 * HTML, strikethrough, nested list or other block.
 */
class MarkdownRenderingTest {
  private static final List<Extension> GFM =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(GFM).build();

  /** Nodes the contexts themselves make; anything else came from the text. */
  private static final Set<Class<? extends Node>> CONTEXT_NODES =
      Set.of(
          Document.class,
          Paragraph.class,
          BulletList.class,
          ListItem.class,
          Heading.class,
          TableBlock.class,
          TableHead.class,
          TableBody.class,
          TableRow.class,
          TableCell.class,
          Text.class);

  static Stream<Arguments> samples() {
    Stream<String> readable =
        Stream.of(
            "domino.contoso.com",
            "Connector (Domino) 1.2",
            "1. first",
            "10) tenth",
            "# not a heading",
            "- not a bullet",
            "+ not a bullet",
            "=== not an underline",
            "--- not a rule",
            "a_b_c *x* __y__ ~~z~~ ~w~",
            "[x](http://e) ![i](j) [ref]: /url",
            "$x$ and $$y$$",
            "a\\*b \\ trailing\\");
    return Stream.concat(readable, HostileText.samples(300))
        .flatMap(
            text ->
                Stream.of("%s", "- %s", "## %s", "| h |\n|---|\n| %s |")
                    .map(context -> Arguments.of(context, text)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("samples")
  void rendersAsOnePlainTextRunThatReadsAsTheText(String context, String text) {
    Node document = PARSER.parse(context.replace("%s", MarkdownText.inline(text)));

    StringBuilder rendered = new StringBuilder();
    collect(document, rendered);

    String shown = shown(text);
    // CommonMark trims a block's leading and trailing spaces; everything else must survive.
    assertThat(rendered.toString().strip()).isEqualTo(shown.strip());
  }

  private static void collect(Node node, StringBuilder text) {
    assertThat(CONTEXT_NODES).as("node made by the text: %s", node).contains(node.getClass());
    if (node instanceof Text t) {
      text.append(t.getLiteral());
    }
    // The context's own header cell ("h") is not the text.
    if (node instanceof TableHead) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, text);
    }
  }

  /** What the reader sees: hidden characters as their code points, the rest unchanged. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (MarkdownText.isHidden(cp)) {
                out.append(String.format(Locale.ROOT, "U+%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
