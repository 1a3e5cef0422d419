package io.github.coexist.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A validation report as people read it (text) and as tools read it (JSON). */
final class ValidationReports {
  private ValidationReports() {}

  /**
   * One finding per line, in the report's order, then a summary line:
   *
   * <pre>
   * ERROR COEX-ENV-001 sendConnectors[0]: ... (fix: ...)
   * 1 error, 0 warnings, 2 infos
   * </pre>
   */
  static String text(ValidationReport report) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic d : report.diagnostics()) {
      text.append(line(d)).append('\n');
    }
    return text.append(summary(report)).append('\n').toString();
  }

  /** {@code {"valid": bool, "diagnostics": [{ruleId, severity, path, message, hint}]}}. */
  static String json(ValidationReport report) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("valid", !report.hasErrors());
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      diagnostics
          .addObject()
          .put("ruleId", d.ruleId())
          .put("severity", d.severity().name())
          .put("path", d.path())
          .put("message", d.message())
          .put("hint", d.hint());
    }
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JsonMapper.builder().build().writer(pretty).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report", e);
    }
  }

  /** Prints the errors of {@code report}, one per line. */
  static void printErrors(ValidationReport report, PrintWriter err) {
    for (Diagnostic d : report.withSeverity(Severity.ERROR)) {
      err.println(line(d));
    }
  }

  /** {@code 1 error, 2 warnings, 0 infos}. */
  static String summary(ValidationReport report) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      int n = report.withSeverity(severity).size();
      String word = severity.name().toLowerCase(Locale.ROOT);
      parts.add(n + " " + word + (n == 1 ? "" : "s"));
    }
    return String.join(", ", parts);
  }

  private static String line(Diagnostic d) {
    String where = d.path().isEmpty() ? "" : " " + d.path();
    String hint = d.hint().isEmpty() ? "" : " (fix: " + d.hint() + ")";
    return CoexistCli.oneLine(d.severity() + " " + d.ruleId() + where + ": " + d.message() + hint);
  }
}
