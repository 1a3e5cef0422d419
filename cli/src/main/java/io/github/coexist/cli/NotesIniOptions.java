package io.github.coexist.cli;

import io.github.coexist.notesini.LineBreak;
import io.github.coexist.notesini.NotesIniEmitter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options {@code coexist emit notesini} and {@code coexist emit console} share. */
final class NotesIniOptions {
  @Option(
      names = "--charset",
      paramLabel = "NAME",
      converter = CharsetValue.class,
      description =
          "The charset of the server's notes.ini, e.g. windows-1252. The plan's"
              + " domino.notesIniCharset decides it (US-ASCII when absent); another is refused.")
  Charset charset;

  @Option(
      names = "--line-break",
      paramLabel = "crlf|lf",
      converter = LineBreakValue.class,
      description =
          "The line break of new text (default: lf); a merge keeps the file's own line breaks.")
  LineBreak lineBreak = LineBreak.LF;

  /**
   * The emitter for these options: the plan's charset, or {@code --charset}, which the emitter
   * refuses when it is not the plan's.
   */
  NotesIniEmitter emitter() {
    return emitter(charset, lineBreak);
  }

  /**
   * The notes.ini emitter for a {@code --charset} option (null: the plan's charset) and a line
   * break; a charset notes.ini cannot use is a usage error naming the option.
   */
  static NotesIniEmitter emitter(Charset charset, LineBreak lineBreak) {
    NotesIniEmitter.Builder builder = NotesIniEmitter.builder().lineBreak(lineBreak);
    if (charset == null) {
      return builder.build();
    }
    try {
      return builder.charset(charset).build();
    } catch (IllegalArgumentException e) {
      throw new UserError("--charset: " + e.getMessage(), e);
    }
  }

  /** A charset Java knows. */
  static final class CharsetValue implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String text) {
      try {
        return Charset.forName(text.trim());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException("unknown charset (try windows-1252, ISO-8859-1, UTF-8)");
      }
    }
  }

  /** {@code crlf} or {@code lf}. */
  static final class LineBreakValue implements ITypeConverter<LineBreak> {
    @Override
    public LineBreak convert(String text) {
      return switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "crlf" -> LineBreak.CRLF;
        case "lf" -> LineBreak.LF;
        default -> throw new TypeConversionException("expected crlf or lf");
      };
    }
  }
}
