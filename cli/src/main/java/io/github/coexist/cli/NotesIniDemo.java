package io.github.coexist.cli;

import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniEmitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The notes.ini artifacts of {@code coexist demo}: the fragment, the console commands, and a merge
 * into a sample Windows server notes.ini (CRLF, ASCII: {@code demo-notes.ini}, written for
 * coexist). All of it is US-ASCII, so the demo's UTF-8 text files hold the exact bytes.
 */
final class NotesIniDemo {
  private static final String SAMPLE = "demo-notes.ini";

  private NotesIniDemo() {}

  static String fragment(ValidatedPlan valid) {
    return ascii(NotesIniEmitter.standard().emit(valid).fragment());
  }

  static String console(ValidatedPlan valid) {
    return NotesIniEmitter.standard().emit(valid).consoleCommands().text();
  }

  static String sample() {
    return ascii(sampleBytes());
  }

  static String merged(ValidatedPlan valid) {
    NotesIniDocument sample = NotesIniDocument.parse(sampleBytes());
    return ascii(NotesIniEmitter.standard().emit(valid).mergeInto(sample).toBytes());
  }

  private static byte[] sampleBytes() {
    try (InputStream in = NotesIniDemo.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + SAMPLE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.US_ASCII);
  }
}
