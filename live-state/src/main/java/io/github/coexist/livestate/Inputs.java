package io.github.coexist.livestate;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** What the readers share about their input text. */
final class Inputs {
  private Inputs() {}

  /** {@code reader} past a leading byte-order mark, which PowerShell 5.1 writes. */
  static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }
}
