package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.emit.Artifact;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * An Exchange PowerShell script as data: header comments, {@code #Requires} lines, the script's own
 * parameters and its statements. It writes itself ({@link PowerShellRenderer} does the work): as
 * text with CRLF ({@link #writeTo(Appendable)}, {@link #toString()}), and as the file Windows
 * PowerShell 5.1 reads correctly, UTF-8 with BOM and CRLF ({@link #writeTo(OutputStream)}); other
 * line ends or a pure-ASCII file without BOM with {@link RenderOptions}. Tests and custom emitters
 * inspect it without parsing text.
 *
 * <pre>{@code
 * PowerShellScript script = PowerShellEmitter.standard().emit(validPlan);
 * for (CmdletCall call : script.calls()) {
 *   System.out.println(call.name() + " " + call.parameterNames());
 * }
 * String text = script.text();
 * script.writeTo(out, RenderOptions.builder().byteOrderMark(false).build());
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class PowerShellScript implements Artifact {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  PowerShellScript() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link PowerShellScript}. A setter of a list (e.g. {@code names(list)}) replaces the
   * values set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws
   * {@link IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutablePowerShellScript.Builder {
    Builder() {}
  }

  /** The shell the script is written for. */
  public abstract Dialect dialect();

  /** Apply or rollback. */
  public abstract ScriptKind kind();

  /** Comment lines at the top (constant text and sanitised plan facts). */
  public abstract ImmutableList<Statement.Comment> header();

  /** {@code #Requires} arguments, e.g. {@code -Modules ExchangeOnlineManagement}. */
  public abstract ImmutableList<String> requirements();

  /** Parameters of the script ({@code param(...)}). */
  public abstract ImmutableList<ScriptParameter> parameters();

  /** The functions the script defines before its statements (constant text). */
  public abstract ImmutableList<ScriptFunction> functions();

  /** The statements, in order. */
  public abstract ImmutableList<Statement> statements();

  /** Every statement, depth first, in the order it appears in the script. */
  @Value.Lazy
  public ImmutableList<Statement> allStatements() {
    List<Statement> all = new ArrayList<>();
    collect(statements(), all);
    return ImmutableList.copyOf(all);
  }

  /**
   * Every cmdlet call, in script order: calls on their own line, the Get- calls of lookups and
   * waits, and the calls of the journalled removals and restores.
   */
  @Value.Lazy
  public ImmutableList<CmdletCall> calls() {
    ImmutableList.Builder<CmdletCall> calls = ImmutableList.builder();
    for (Statement statement : allStatements()) {
      if (statement instanceof Statement.Invoke invoke) {
        calls.add(invoke.call());
      } else if (statement instanceof Statement.Lookup lookup) {
        calls.add(lookup.get());
      } else if (statement instanceof Statement.WaitUntilVisible wait) {
        calls.add(wait.get());
      } else if (statement instanceof Statement.RemoveCreated remove) {
        calls.add(remove.get()).add(remove.remove());
      } else if (statement instanceof Statement.RestoreChanged restore) {
        calls.add(restore.get()).add(restore.set());
      }
    }
    return calls.build();
  }

  private static void collect(List<Statement> statements, List<Statement> into) {
    for (Statement statement : statements) {
      into.add(statement);
      if (statement instanceof Statement.If branch) {
        collect(branch.then(), into);
        collect(branch.otherwise(), into);
      } else if (statement instanceof Statement.TryFinally block) {
        collect(block.body(), into);
        collect(block.cleanup(), into);
      } else if (statement instanceof Statement.Block block) {
        collect(block.body(), into);
      }
    }
  }

  /** The script's text with CRLF line ends, without the byte order mark: for display. */
  @Override
  public void writeTo(Appendable out) throws IOException {
    PowerShellRenderer.append(this, RenderOptions.defaults(), out);
  }

  /** The text with {@code options}' line ending (pure ASCII when they ask for no BOM). */
  public void writeTo(Appendable out, RenderOptions options) throws IOException {
    PowerShellRenderer.append(this, options, out);
  }

  /** The file's bytes with {@link RenderOptions#defaults()}: UTF-8 with BOM, CRLF. */
  @Override
  public void writeTo(OutputStream out) throws IOException {
    PowerShellRenderer.write(this, RenderOptions.defaults(), out);
  }

  /** The file's bytes with {@code options}. */
  public void writeTo(OutputStream out, RenderOptions options) throws IOException {
    PowerShellRenderer.write(this, options, out);
  }

  /** {@link #text()}: the script with CRLF line ends, no byte order mark. */
  @Override
  public String toString() {
    return text();
  }
}
