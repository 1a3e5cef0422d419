package io.github.coexist.livestate;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What a snapshot knows about one object kind: the objects read, the error that kept the snapshot
 * script from reading them, or nothing because its inputs did not cover the kind.
 *
 * <p>Only {@link Read} says what exists. {@link Unreadable} and {@link NotCovered} are
 * <em>unknown</em>: a comparison must never take either for "no objects" (Microsoft365DSC reports a
 * failed read as "Absent", its issues #6771 and #6936).
 *
 * <pre>{@code
 * KindReading reading = snapshot.reading(ObjectKind.SEND_CONNECTOR);
 * if (reading instanceof KindReading.Read read) {
 *   read.objects().forEach(...);
 * } else if (reading instanceof KindReading.Unreadable unreadable) {
 *   System.out.println("unknown: " + unreadable.error());
 * }
 * }</pre>
 */
public sealed interface KindReading {
  /** Whether the objects of the kind are known (only {@link Read}). */
  default boolean isKnown() {
    return this instanceof Read;
  }

  /** The kind was read: these are all its objects (possibly none). */
  record Read(ImmutableList<LiveObject> objects) implements KindReading {
    /** Copies {@code objects}, in the order given. */
    public Read(List<LiveObject> objects) {
      this(ImmutableList.copyOf(Objects.requireNonNull(objects, "objects")));
    }

    /** Refuses {@code null}. */
    public Read {
      Objects.requireNonNull(objects, "objects");
    }
  }

  /**
   * The snapshot script could not read the kind (e.g. {@code Get-SendConnector} failed): unknown,
   * never empty.
   *
   * @param error what the cmdlet reported, as one line
   */
  record Unreadable(String error) implements KindReading {
    /** Refuses {@code null}. */
    public Unreadable {
      Objects.requireNonNull(error, "error");
    }
  }

  /** The inputs do not cover the kind: unknown, never missing. */
  record NotCovered() implements KindReading {}
}
