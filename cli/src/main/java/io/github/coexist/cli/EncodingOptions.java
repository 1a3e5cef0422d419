package io.github.coexist.cli;

import io.github.coexist.powershell.RenderOptions;
import picocli.CommandLine.Option;

/**
 * How a PowerShell script is encoded: UTF-8 with BOM and CRLF unless told otherwise, because
 * Windows PowerShell 5.1 reads a BOM-less file as ANSI. Shared by every command that writes a
 * script (configuration, rollback, snapshot).
 */
final class EncodingOptions {
  @Option(names = "--lf", description = "End lines with LF instead of CRLF.")
  boolean lf;

  @Option(
      names = "--no-bom",
      description =
          "Write UTF-8 without a byte order mark (Windows PowerShell 5.1 would read it as ANSI).")
  boolean noBom;

  RenderOptions renderOptions() {
    return RenderOptions.builder()
        .lineEnding(lf ? RenderOptions.LineEnding.LF : RenderOptions.LineEnding.CRLF)
        .byteOrderMark(!noBom)
        .build();
  }
}
