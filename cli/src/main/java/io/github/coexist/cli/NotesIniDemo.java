package io.github.coexist.cli;

import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.notesini.MergeResult;
import io.github.coexist.notesini.NotesIniDocument;
import io.github.coexist.notesini.NotesIniEmitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample notes.ini of {@code coexist demo}: a Windows server's (CRLF, ASCII: {@code
 * demo-notes.ini}, written for coexist), and the plan's settings merged into it.
 */
final class NotesIniDemo {
  private static final String SAMPLE = "demo-notes.ini";

  private NotesIniDemo() {}

  static String sample() {
    return ascii(sampleBytes());
  }

  static MergeResult merged(ValidatedPlan valid) {
    NotesIniDocument sample = NotesIniDocument.parse(sampleBytes());
    return NotesIniEmitter.standard().emit(valid).mergeInto(sample);
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
