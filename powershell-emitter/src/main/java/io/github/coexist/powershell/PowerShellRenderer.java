package io.github.coexist.powershell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link PowerShellScript} as text: one statement per line, a traceability comment above
 * each, four spaces per block level, every parameter inline with an ASCII hyphen-minus. The output
 * depends on the script and the options only (no clock, locale or platform line separator). A
 * script writes itself through it ({@link PowerShellScript#writeTo(OutputStream, RenderOptions)},
 * {@link PowerShellScript#text()}); {@link #call} and {@link #value} give the text of one call or
 * argument, as it appears in the script, for documents that quote it (the runbook).
 *
 * <pre>{@code
 * String line = PowerShellRenderer.call(script.calls().get(0)); // Get-AcceptedDomain -Identity ...
 * }</pre>
 */
public final class PowerShellRenderer {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Four spaces per block level; scripts nest a few levels deep. */
  private static final String[] INDENTS = {
    "", "    ", "        ", "            ", "                "
  };

  /**
   * Whole lines are handed from the buffer to {@link #chunks} once it holds this many characters. A
   * plan with 100,000 list entries makes a script of some 35 million characters: one growing buffer
   * doubled itself a dozen times (allocating twice the script) and then copied it once more into
   * the String, each copy a humongous array for the garbage collector; chunks are joined into the
   * String once, at its exact size, or written out one by one.
   */
  private static final int CHUNK = 1 << 15;

  private final StringBuilder out = new StringBuilder(16_384); // grows to a chunk when needed
  private final List<String> chunks = new ArrayList<>();
  private final String newline;

  private PowerShellRenderer(String newline) {
    this.newline = newline;
  }

  /**
   * The script's text with the options' line ending (the BOM is added by {@link #encode}); without
   * a BOM every character is ASCII ({@link AsciiLiterals}).
   */
  static String render(PowerShellScript script, RenderOptions options) {
    List<String> chunks = chunks(script, options);
    return chunks.size() == 1 ? chunks.get(0) : String.join("", chunks);
  }

  /** The script's bytes: UTF-8, with a BOM when the options say so. */
  static byte[] encode(PowerShellScript script, RenderOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(script, options, bytes);
    } catch (IOException e) {
      throw new AssertionError("a byte array stream does not fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes the script's bytes to {@code out} (not closed), with the BOM when the options ask for it
   * (the default): without it, Windows PowerShell 5.1 reads UTF-8 as the ANSI code page and garbles
   * non-ASCII names (<a
   * href="https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_character_encoding">about_Character_Encoding</a>).
   */
  static void write(PowerShellScript script, RenderOptions options, OutputStream out)
      throws IOException {
    java.util.Objects.requireNonNull(script, "script");
    java.util.Objects.requireNonNull(options, "options");
    java.util.Objects.requireNonNull(out, "out");
    if (options.byteOrderMark()) {
      out.write(BOM);
    }
    // Chunks end at line ends, so no character (or surrogate pair) is split between two of them.
    for (String chunk : chunks(script, options)) {
      out.write(chunk.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Appends the script's text with the options' line ending (no BOM) to {@code out}. */
  static void append(PowerShellScript script, RenderOptions options, Appendable out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    for (String chunk : chunks(script, options)) {
      out.append(chunk);
    }
  }

  /** The script's text in whole-line chunks, in order. */
  private static List<String> chunks(PowerShellScript script, RenderOptions options) {
    java.util.Objects.requireNonNull(script, "script");
    java.util.Objects.requireNonNull(options, "options");
    PowerShellRenderer renderer = new PowerShellRenderer(options.lineEnding().text());
    renderer.script(script);
    renderer.chunks.add(renderer.out.toString());
    if (!options.byteOrderMark()) {
      // Without a BOM, Windows PowerShell 5.1 reads the file as ANSI: only ASCII is safe.
      renderer.chunks.replaceAll(AsciiLiterals::rewrite);
    }
    return renderer.chunks;
  }

  /** The text of one call, as it appears on its line. */
  public static String call(CmdletCall call) {
    return appendCall(new StringBuilder(), call).toString();
  }

  /** The text of one argument. */
  public static String value(PsValue value) {
    Objects.requireNonNull(value, "value");
    return appendValue(new StringBuilder(), value).toString();
  }

  // The renderer writes every piece straight into its one buffer: for a plan with 100,000 list
  // entries the script is tens of megabytes, and building each line as its own String first
  // tripled the garbage.
  private static StringBuilder appendCall(StringBuilder line, CmdletCall call) {
    line.append(call.name());
    for (Parameter parameter : call.parameters()) {
      line.append(" -").append(parameter.name());
      if (parameter.value().isPresent()) {
        line.append(parameter.colon() ? ':' : ' ');
        appendValue(line, parameter.value().get());
      }
    }
    return line;
  }

  private static StringBuilder appendValue(StringBuilder out, PsValue value) {
    if (value instanceof PsValue.Text text) {
      return PsText.appendQuoted(out, text.value()); // checked when the Text was made
    } else if (value instanceof PsValue.Word word) {
      return out.append(word.value());
    } else if (value instanceof PsValue.Bool bool) {
      return out.append(bool.value() ? "$true" : "$false");
    } else if (value instanceof PsValue.Number number) {
      return out.append(number.value());
    } else if (value instanceof PsValue.Null) {
      return out.append("$null");
    } else if (value instanceof PsValue.Variable variable) {
      return out.append('$').append(variable.name());
    } else if (value instanceof PsValue.GuidOf guid) {
      return out.append("([string]$").append(guid.variable()).append("[0].Guid)");
    } else if (value instanceof PsValue.ListValue list) {
      List<PsValue.Text> elements = list.elements();
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        PsText.appendQuoted(out, elements.get(i).value());
      }
      return out;
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
          (parameter.mandatory() ? "[Parameter(Mandatory)] " : "")
              + "["
              + parameter.type()
              + "] $"
              + parameter.name()
              + (i < parameters.size() - 1 ? "," : ""));
    }
    line(0, ")");
    for (ScriptFunction function : script.functions()) {
      for (String text : function.lines()) {
        line(0, text);
      }
    }
    statements(0, script.statements(), null);
  }

  /**
   * Writes the statements; a statement's trace comment is written only when its trace differs from
   * the one in force (the enclosing block's, or the previous statement's), so a block of one object
   * reads under one comment.
   */
  private void statements(int depth, List<Statement> statements, Trace inForce) {
    Trace current = inForce;
    for (Statement statement : statements) {
      Trace trace = statement.traceOrNull();
      if (trace != null && !trace.equals(current)) {
        trace(depth, trace);
        current = trace;
      }
      statement(depth, statement, current);
    }
  }

  private void statement(int depth, Statement statement, Trace inForce) {
    if (statement instanceof Statement.Comment comment) {
      line(depth, "# " + comment.text());
    } else if (statement instanceof Statement.Invoke invoke) {
      appendCall(indent(depth), invoke.call()).append(newline);
    } else if (statement instanceof Statement.Lookup lookup) {
      indent(depth).append('$').append(lookup.variable()).append(" = @(");
      appendFiltered(out, lookup.get(), lookup.property(), lookup.value())
          .append(')')
          .append(newline);
    } else if (statement instanceof Statement.Assign assign) {
      indent(depth).append('$').append(assign.variable()).append(" = ");
      appendValue(out, assign.value()).append(newline);
    } else if (statement instanceof Statement.If branch) {
      indent(depth).append("if (");
      appendCondition(out, branch.condition()).append(") {").append(newline);
      statements(depth + 1, branch.then(), inForce);
      if (!branch.otherwise().isEmpty()) {
        line(depth, "} else {");
        statements(depth + 1, branch.otherwise(), inForce);
      }
      line(depth, "}");
    } else if (statement instanceof Statement.WaitUntilVisible wait) {
      // New- returned; the object is looked up until it is visible (at most attempts times).
      lookup(depth, wait.variable(), wait.get(), wait.property(), wait.value());
      line(depth, "for ($attempt = 1; $" + wait.variable() + ".Count -eq 0; $attempt++) {");
      line(depth + 1, "if ($attempt -ge " + wait.attempts() + ") {");
      line(
          depth + 2,
          "throw "
              + PsText.quote(
                  "the new object is not visible after "
                      + wait.attempts()
                      + " lookups "
                      + wait.delaySeconds()
                      + " seconds apart; run the script again later"));
      line(depth + 1, "}");
      line(depth + 1, "Start-Sleep -Seconds " + wait.delaySeconds());
      lookup(depth + 1, wait.variable(), wait.get(), wait.property(), wait.value());
      line(depth, "}");
    } else if (statement instanceof Statement.Throw fail) {
      appendValue(indent(depth).append("throw "), fail.message()).append(newline);
    } else if (statement instanceof Statement.TryFinally block) {
      line(depth, "try {");
      statements(depth + 1, block.body(), inForce);
      line(depth, "} finally {");
      statements(depth + 1, block.cleanup(), inForce);
      line(depth, "}");
    } else if (statement instanceof Statement.Block block) {
      line(depth, "try {");
      statements(depth + 1, block.body(), inForce);
      line(depth, "} catch {");
      line(
          depth + 1,
          "throw (" + PsText.quote(block.trace().source() + ": ") + " + $_.Exception.Message)");
      line(depth, "}");
    } else if (statement instanceof Statement.RemoveCreated remove) {
      journalled(depth, remove.trace(), remove.kind(), "created", remove.get());
      indent(depth + 1).append("} elseif ($PSCmdlet.ShouldProcess(");
      appendValue(out, remove.target())
          .append(", ")
          .append(PsText.quote(remove.remove().name()))
          .append(")) {")
          .append(newline);
      appendCall(indent(depth + 2), remove.remove()).append(newline);
      line(depth + 1, "}");
      line(depth, "}");
    } else if (statement instanceof Statement.RestoreChanged restore) {
      journalled(depth, restore.trace(), restore.kind(), "changed", restore.get());
      indent(depth + 1).append("} else {").append(newline);
      indent(depth + 2).append("$restore = Get-CoexistRestore -Entry $entry -Property ");
      appendValue(
              out,
              PsValue.list(
                  restore.properties().stream()
                      .map(PsValue::text)
                      .collect(java.util.stream.Collectors.toList())))
          .append(newline);
      indent(depth + 2).append("if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess(");
      appendValue(out, restore.target())
          .append(", ")
          .append(PsText.quote(restore.set().name()))
          .append(")) {")
          .append(newline);
      appendSplatted(indent(depth + 3), restore.set(), "restore").append(newline);
      line(depth + 2, "}");
      line(depth + 1, "}");
      line(depth, "}");
    } else {
      throw new AssertionError(statement);
    }
  }

  /**
   * The head of a journalled undo: for each entry of the object, newest first, its Guid, the object
   * with that Guid, and a line when it no longer exists; the caller continues the {@code if}.
   */
  private void journalled(int depth, Trace trace, String kind, String action, CmdletCall get) {
    indent(depth)
        .append("foreach ($entry in @(Get-CoexistJournalEntry -Path ")
        .append(PsText.quote(trace.source()))
        .append(" -Kind ")
        .append(PsText.quote(kind))
        .append(" -Action ")
        .append(PsText.quote(action))
        .append(")) {")
        .append(newline);
    line(depth + 1, "$" + Statement.GUID + " = [string]$entry.guid");
    lookup(depth + 1, "found", get, "Guid", null);
    line(depth + 1, "if ($found.Count -eq 0) {");
    line(
        depth + 2,
        "Write-Host ("
            + PsText.quote(trace.source() + ": ")
            + " + $entry.identity + ' (' + $"
            + Statement.GUID
            + " + ') no longer exists')");
  }

  private void lookup(
      int depth, String variable, CmdletCall get, String property, PsValue.Text value) {
    indent(depth).append('$').append(variable).append(" = @(");
    appendFiltered(out, get, property, value).append(')').append(newline);
  }

  /** The call with {@code @splat} after its {@code -Identity}. */
  private static StringBuilder appendSplatted(StringBuilder line, CmdletCall call, String splat) {
    line.append(call.name());
    for (Parameter parameter : call.parameters()) {
      line.append(" -").append(parameter.name());
      if (parameter.value().isPresent()) {
        line.append(parameter.colon() ? ':' : ' ');
        appendValue(line, parameter.value().get());
      }
      if (parameter.name().equals("Identity")) {
        line.append(" @").append(splat);
      }
    }
    return line;
  }

  private static StringBuilder appendFiltered(
      StringBuilder out, CmdletCall get, String property, PsValue.Text value) {
    appendCall(out, get).append(" | Where-Object { ");
    if (property.equals("Name")) {
      out.append("$_.Name -eq ");
    } else {
      out.append("[string]$_.").append(property).append(" -eq ");
    }
    if (value == null) {
      return out.append('$').append(Statement.GUID).append(" }");
    }
    return appendValue(out, value).append(" }");
  }

  private static StringBuilder appendCondition(StringBuilder out, Condition condition) {
    if (condition instanceof Condition.Absent absent) {
      return out.append('$').append(absent.variable()).append(".Count -eq 0");
    } else if (condition instanceof Condition.Present present) {
      return out.append('$').append(present.variable()).append(".Count -gt 0");
    } else if (condition instanceof Condition.ShouldProcess should) {
      appendValue(out.append("$PSCmdlet.ShouldProcess("), should.target()).append(", ");
      return out.append(PsText.quote(should.action())).append(')');
    } else if (condition instanceof Condition.Given given) {
      return out.append('$').append(given.variable());
    } else if (condition instanceof Condition.Differs) {
      return out.append("@($").append(PowerShellEmitter.DIFFERS).append(").Count -gt 0");
    }
    throw new AssertionError(condition);
  }

  private void trace(int depth, Trace trace) {
    indent(depth).append("# ").append(trace.comment()).append(newline);
  }

  private void line(int depth, String text) {
    indent(depth).append(text).append(newline);
  }

  /** Starts a line: hands the lines so far to {@link #chunks} when the buffer is full. */
  private StringBuilder indent(int depth) {
    if (out.length() >= CHUNK) {
      chunks.add(out.toString());
      out.setLength(0);
    }
    if (depth < INDENTS.length) {
      return out.append(INDENTS[depth]);
    }
    for (int i = 0; i < depth; i++) {
      out.append(INDENTS[1]);
    }
    return out;
  }
}
