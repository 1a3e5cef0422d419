package io.github.coexist.powershell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link PowerShellScript} as text: one statement per line, a traceability comment above
 * each, four spaces per block level, every parameter inline with an ASCII hyphen-minus. The output
 * depends on the script and the options only (no clock, locale or platform line separator).
 *
 * <pre>{@code
 * byte[] bytes = PowerShellRenderer.encode(script, RenderOptions.defaults());   // BOM + CRLF
 * String text = PowerShellRenderer.render(script);                            // CRLF, no BOM
 * }</pre>
 */
public final class PowerShellRenderer {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String INDENT = "    ";

  private final StringBuilder out = new StringBuilder(8192);
  private final String newline;

  private PowerShellRenderer(String newline) {
    this.newline = newline;
  }

  /** The script's text with CRLF line endings. */
  public static String render(PowerShellScript script) {
    return render(script, RenderOptions.defaults());
  }

  /** The script's text with the options' line ending (the BOM is added by {@link #encode}). */
  public static String render(PowerShellScript script, RenderOptions options) {
    PowerShellRenderer renderer = new PowerShellRenderer(options.lineEnding().text());
    renderer.script(script);
    return renderer.out.toString();
  }

  /**
   * The file's text for writers that take a string: the rendered text, preceded by U+FEFF when the
   * options ask for a byte order mark, so that its UTF-8 encoding is exactly {@link #encode}.
   */
  public static String fileText(PowerShellScript script, RenderOptions options) {
    String text = render(script, options);
    return options.byteOrderMark() ? "\uFEFF" + text : text;
  }

  /** The script's bytes: UTF-8, with a BOM when the options say so. */
  public static byte[] encode(PowerShellScript script, RenderOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(script, options, bytes);
    } catch (IOException e) {
      throw new AssertionError("a byte array stream does not fail", e);
    }
    return bytes.toByteArray();
  }

  /** Writes the script's bytes to {@code out} (not closed). */
  public static void write(PowerShellScript script, RenderOptions options, OutputStream out)
      throws IOException {
    if (options.byteOrderMark()) {
      out.write(BOM);
    }
    out.write(render(script, options).getBytes(StandardCharsets.UTF_8));
  }

  /** The text of one call, as it appears on its line. */
  public static String call(CmdletCall call) {
    StringBuilder line = new StringBuilder(call.name());
    for (Parameter parameter : call.parameters()) {
      line.append(" -").append(parameter.name());
      parameter.value().ifPresent(v -> line.append(parameter.colon() ? ":" : " ").append(value(v)));
    }
    return line.toString();
  }

  /** The text of one argument. */
  public static String value(PsValue value) {
    if (value instanceof PsValue.Text text) {
      return PsText.quote(text.value());
    } else if (value instanceof PsValue.Word word) {
      return word.value();
    } else if (value instanceof PsValue.Bool bool) {
      return bool.value() ? "$true" : "$false";
    } else if (value instanceof PsValue.Number number) {
      return Long.toString(number.value());
    } else if (value instanceof PsValue.Null) {
      return "$null";
    } else if (value instanceof PsValue.Variable variable) {
      return "$" + variable.name();
    } else if (value instanceof PsValue.ListValue list) {
      return list.elements().stream()
          .map(PowerShellRenderer::value)
          .collect(Collectors.joining(","));
    }
    throw new AssertionError(value);
  }

  private void script(PowerShellScript script) {
    for (Statement.Comment comment : script.header()) {
      line(0, "# " + comment.text());
    }
    for (String requirement : script.requirements()) {
      line(0, "#Requires " + requirement);
    }
    line(
        0,
        "[CmdletBinding(SupportsShouldProcess, ConfirmImpact = '"
            + script.kind().confirmImpact()
            + "')]");
    line(0, "param(");
    List<ScriptParameter> parameters = script.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ScriptParameter parameter = parameters.get(i);
      line(1, "# " + parameter.help());
      line(
          1,
          "["
              + parameter.type()
              + "] $"
              + parameter.name()
              + (i < parameters.size() - 1 ? "," : ""));
    }
    line(0, ")");
    statements(0, script.statements());
  }

  private void statements(int depth, List<Statement> statements) {
    for (Statement statement : statements) {
      statement(depth, statement);
    }
  }

  private void statement(int depth, Statement statement) {
    if (statement instanceof Statement.Comment comment) {
      line(depth, "# " + comment.text());
      return;
    }
    if (statement instanceof Statement.Invoke invoke) {
      trace(depth, invoke.trace());
      line(depth, call(invoke.call()));
    } else if (statement instanceof Statement.Lookup lookup) {
      trace(depth, lookup.trace());
      line(depth, "$" + lookup.variable() + " = @(" + filtered(lookup.get(), lookup.name()) + ")");
    } else if (statement instanceof Statement.Assign assign) {
      trace(depth, assign.trace());
      line(depth, "$" + assign.variable() + " = " + value(assign.value()));
    } else if (statement instanceof Statement.If branch) {
      trace(depth, branch.trace());
      line(depth, "if (" + condition(branch.condition()) + ") {");
      statements(depth + 1, branch.then());
      if (!branch.otherwise().isEmpty()) {
        line(depth, "} else {");
        statements(depth + 1, branch.otherwise());
      }
      line(depth, "}");
    } else if (statement instanceof Statement.WaitUntilVisible wait) {
      trace(depth, wait.trace());
      line(
          depth,
          "for ($attempt = 1; @("
              + filtered(wait.get(), wait.name())
              + ").Count -eq 0; $attempt++) {");
      line(depth + 1, "if ($attempt -ge " + wait.attempts() + ") {");
      line(
          depth + 2,
          "throw "
              + PsText.quote(
                  wait.trace().source()
                      + ": the new object is not visible after "
                      + wait.attempts()
                      + " lookups "
                      + wait.delaySeconds()
                      + " seconds apart; run the script again later"));
      line(depth + 1, "}");
      line(depth + 1, "Start-Sleep -Seconds " + wait.delaySeconds());
      line(depth, "}");
    } else if (statement instanceof Statement.Throw fail) {
      trace(depth, fail.trace());
      line(depth, "throw " + value(fail.message()));
    } else if (statement instanceof Statement.TryFinally block) {
      trace(depth, block.trace());
      line(depth, "try {");
      statements(depth + 1, block.body());
      line(depth, "} finally {");
      statements(depth + 1, block.cleanup());
      line(depth, "}");
    } else {
      throw new AssertionError(statement);
    }
  }

  private static String filtered(CmdletCall get, PsValue.Text name) {
    return call(get) + " | Where-Object { $_.Name -eq " + value(name) + " }";
  }

  private static String condition(Condition condition) {
    if (condition instanceof Condition.Absent absent) {
      return "$" + absent.variable() + ".Count -eq 0";
    } else if (condition instanceof Condition.Present present) {
      return "$" + present.variable() + ".Count -gt 0";
    } else if (condition instanceof Condition.ShouldProcess should) {
      return "$PSCmdlet.ShouldProcess("
          + value(should.target())
          + ", "
          + PsText.quote(should.action())
          + ")";
    } else if (condition instanceof Condition.Given given) {
      return "$" + given.variable();
    }
    throw new AssertionError(condition);
  }

  private void trace(int depth, Trace trace) {
    line(depth, "# " + trace.comment());
  }

  private void line(int depth, String text) {
    out.append(INDENT.repeat(depth)).append(text).append(newline);
  }
}
