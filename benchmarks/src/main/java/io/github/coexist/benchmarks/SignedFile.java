package io.github.coexist.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A license file split as docs/license-format.md defines it, written apart from the library so the
 * baseline shares none of its code: the signed bytes are every byte before the {@code signature:}
 * line, the signature is that line's base64 value.
 */
// A benchmark's input, split once and read by the benchmark alone: the arrays are not shared.
@SuppressWarnings("ArrayRecordComponent")
record SignedFile(byte[] signedBytes, byte[] signature) {
  private static final byte[] MARK = "\nsignature: ".getBytes(StandardCharsets.US_ASCII);

  static SignedFile split(byte[] file) {
    int at = indexOf(file, MARK);
    if (at < 0) {
      throw new IllegalArgumentException("no signature line");
    }
    int start = at + 1;
    int end = file.length;
    while (end > start && (file[end - 1] == '\n' || file[end - 1] == '\r')) {
      end--;
    }
    String value =
        new String(
            file,
            start + MARK.length - 1,
            end - start - MARK.length + 1,
            StandardCharsets.US_ASCII);
    return new SignedFile(Arrays.copyOfRange(file, 0, start), Base64.getDecoder().decode(value));
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= data.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
