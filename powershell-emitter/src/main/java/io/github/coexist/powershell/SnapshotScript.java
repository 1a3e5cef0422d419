package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.emit.Artifact;
import io.github.coexist.core.model.Environment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The snapshot script of {@link SnapshotScriptEmitter}: its lines, and its text and bytes. As an
 * {@link Artifact} it is written with {@link RenderOptions#defaults()} (CRLF; the bytes UTF-8 with
 * BOM); {@link #writeTo(OutputStream, RenderOptions)} chooses.
 */
public final class SnapshotScript implements Artifact {
  private final Environment environment;
  private final ImmutableList<String> lines;

  SnapshotScript(Environment environment, ImmutableList<String> lines) {
    this.environment = environment;
    this.lines = lines;
  }

  /** The environment the script reads. */
  public Environment environment() {
    return environment;
  }

  /** The script's lines, without line endings. */
  public ImmutableList<String> lines() {
    return lines;
  }

  /** The text with the options' line ending (no byte order mark). */
  String render(RenderOptions options) {
    return String.join(options.lineEnding().text(), lines);
  }

  /** The file's text: {@link #render}, preceded by U+FEFF when the options ask for a BOM. */
  String fileText(RenderOptions options) {
    return options.byteOrderMark() ? "\uFEFF" + render(options) : render(options);
  }

  /** The file's bytes: UTF-8, with a BOM when the options say so. */
  byte[] encode(RenderOptions options) {
    return fileText(options).getBytes(StandardCharsets.UTF_8);
  }

  /** The text with CRLF line ends, no byte order mark. */
  @Override
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out").append(render(RenderOptions.defaults()));
  }

  /** The text with {@code options}' line ending (no byte order mark). */
  public void writeTo(Appendable out, RenderOptions options) throws IOException {
    Objects.requireNonNull(out, "out").append(render(Objects.requireNonNull(options, "options")));
  }

  /** The file's bytes with {@link RenderOptions#defaults()}: UTF-8 with BOM, CRLF. */
  @Override
  public void writeTo(OutputStream out) throws IOException {
    writeTo(out, RenderOptions.defaults());
  }

  /** The file's bytes with {@code options}. */
  public void writeTo(OutputStream out, RenderOptions options) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(encode(Objects.requireNonNull(options, "options")));
    out.flush();
  }

  /** {@link #text()}: the script with CRLF line ends. */
  @Override
  public String toString() {
    return text();
  }
}
