package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Environment;
import java.nio.charset.StandardCharsets;

/** The snapshot script of {@link SnapshotScriptEmitter}: its lines, and its text and bytes. */
public final class SnapshotScript {
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
  public String render(RenderOptions options) {
    return String.join(options.lineEnding().text(), lines);
  }

  /** The file's text: {@link #render}, preceded by U+FEFF when the options ask for a BOM. */
  public String fileText(RenderOptions options) {
    return options.byteOrderMark() ? "\uFEFF" + render(options) : render(options);
  }

  /** The file's bytes: UTF-8, with a BOM when the options say so. */
  public byte[] encode(RenderOptions options) {
    return fileText(options).getBytes(StandardCharsets.UTF_8);
  }
}
