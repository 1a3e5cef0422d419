package io.github.coexist.domino;

import java.util.List;
import java.util.Locale;

/**
 * The writable documents as HCL One-Touch Setup JSON (Domino 12 and later): an {@code
 * appConfiguration} that updates names.nsf by creating each document with {@code computeWithForm}
 * (the form then fills its defaults and computed items, as HCL's own examples do). It is meant to
 * be merged into the setup file of a new coexistence server; the documents only the runbook
 * describes are not in it.
 *
 * <p>The text is US-ASCII (valid UTF-8 without a byte order mark, as One-Touch Setup requires),
 * with LF line ends: every character outside printable ASCII, and {@code " \ < > & '}, is written
 * as a JSON escape, so no plan text can end a string or be read as markup.
 *
 * <p>{@link DirectoryDocuments#writeTo(Appendable)} is its one way out.
 *
 * @see <a href="https://github.com/HCL-TECH-SOFTWARE/domino-one-touch-setup">HCL One-Touch Setup
 *     (appConfiguration, documents, computeWithForm)</a>
 */
final class OneTouchSetupJson {
  private final StringBuilder out = new StringBuilder(4096);

  private OneTouchSetupJson() {}

  /** The JSON text of {@code documents}' writable documents. */
  static String render(DirectoryDocuments documents) {
    OneTouchSetupJson json = new OneTouchSetupJson();
    json.write(documents.writable());
    return json.out.toString();
  }

  private void write(List<DirectoryDocument> documents) {
    out.append("{\n")
        .append("  \"appConfiguration\": {\n")
        .append("    \"databases\": [\n")
        .append("      {\n")
        .append("        \"filePath\": \"names.nsf\",\n")
        .append("        \"action\": \"update\",\n")
        .append("        \"documents\": [");
    for (int d = 0; d < documents.size(); d++) {
      out.append(d == 0 ? "\n" : ",\n");
      document(documents.get(d));
    }
    out.append(documents.isEmpty() ? "]\n" : "\n        ]\n")
        .append("      }\n")
        .append("    ]\n")
        .append("  }\n")
        .append("}\n");
  }

  private void document(DirectoryDocument document) {
    out.append("          {\n")
        .append("            \"action\": \"create\",\n")
        .append("            \"computeWithForm\": true,\n")
        .append("            \"items\": {");
    boolean first = true;
    for (DirectoryItem item : document.formItems()) {
      first = item(item, first);
    }
    for (DirectoryField field : document.fields()) {
      if (field.item().isPresent()) {
        first = item(field.item().get(), first);
      }
    }
    out.append("\n            }\n").append("          }");
  }

  private boolean item(DirectoryItem item, boolean first) {
    out.append(first ? "\n" : ",\n").append("              ");
    string(item.name());
    out.append(": ");
    if (item.multiValued()) {
      out.append('[');
      for (int k = 0; k < item.values().size(); k++) {
        if (k > 0) {
          out.append(", ");
        }
        string(item.values().get(k));
      }
      out.append(']');
    } else {
      string(item.values().get(0));
    }
    return false;
  }

  /** A JSON string: printable ASCII as is, except {@code " \ < > & '}; everything else escaped. */
  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && "\"\\<>&'".indexOf(c) < 0) {
        out.append(c);
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    out.append('"');
  }
}
