package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration in Exchange's {@code EnhancedTimeSpan} text form {@code [d.]hh:mm:ss}, in whole
 * seconds.
 *
 * <pre>{@code
 * TimeSpan.parse("00:05:00").toDuration();            // PT5M
 * TimeSpan.parse("1.00:00:00").toString();            // "1.00:00:00"
 * TimeSpan.of(Duration.ofSeconds(30)).toString();     // "00:00:30"
 * }</pre>
 *
 * <p>Hours are 0..23, minutes and seconds 0..59 (one or two digits each are read); days are
 * 0..10675199 (the .NET TimeSpan limit). A fraction of zero ({@code 00:00:30.0000000}, as .NET
 * prints it) is accepted; other fractions and negative spans are refused. The canonical form is
 * {@code hh:mm:ss}, with a {@code d.} prefix when there are days. Spans order by length.
 */
public final class TimeSpan implements Comparable<TimeSpan> {
  private static final String THING = "a time span";
  private static final long MAX_DAYS = 10_675_199L;
  private static final Pattern FORM =
      Pattern.compile(
          "(?:([0-9]{1,8})\\.)?([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.([0-9]{1,7}))?");

  private final long seconds;

  private TimeSpan(long seconds) {
    this.seconds = seconds;
  }

  /**
   * Reads {@code hh:mm:ss} or {@code d.hh:mm:ss}; surrounding spaces are ignored.
   *
   * @throws InvalidValueException if the text is not a time span
   */
  public static TimeSpan parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    if (s.startsWith("-")) {
      throw new InvalidValueException(THING, text, "must not be negative");
    }
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      throw new InvalidValueException(THING, text, "expected [d.]hh:mm:ss");
    }
    long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    int hours = Integer.parseInt(m.group(2));
    int minutes = Integer.parseInt(m.group(3));
    int secs = Integer.parseInt(m.group(4));
    if (days > MAX_DAYS) {
      throw new InvalidValueException(THING, text, "days must be 0..10675199");
    }
    if (hours > 23) {
      throw new InvalidValueException(THING, text, "hours must be 0..23");
    }
    if (minutes > 59) {
      throw new InvalidValueException(THING, text, "minutes must be 0..59");
    }
    if (secs > 59) {
      throw new InvalidValueException(THING, text, "seconds must be 0..59");
    }
    if (m.group(5) != null && !m.group(5).matches("0+")) {
      throw new InvalidValueException(THING, text, "fractions of a second are not supported");
    }
    return new TimeSpan(((days * 24 + hours) * 60 + minutes) * 60 + secs);
  }

  /**
   * The span of {@code duration}.
   *
   * @throws InvalidValueException if it is negative, not whole seconds, or longer than 10675199
   *     days
   */
  public static TimeSpan of(Duration duration) {
    requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new InvalidValueException(THING, duration.toString(), "must not be negative");
    }
    if (duration.getNano() != 0) {
      throw new InvalidValueException(THING, duration.toString(), "must be whole seconds");
    }
    if (duration.toDays() > MAX_DAYS) {
      throw new InvalidValueException(THING, duration.toString(), "days must be 0..10675199");
    }
    return new TimeSpan(duration.getSeconds());
  }

  /**
   * The span of {@code seconds} seconds.
   *
   * @throws InvalidValueException as {@link #of(Duration)}
   */
  public static TimeSpan ofSeconds(long seconds) {
    return of(Duration.ofSeconds(seconds));
  }

  /** The span as a {@link Duration}. */
  public Duration toDuration() {
    return Duration.ofSeconds(seconds);
  }

  /** The span in seconds. */
  public long seconds() {
    return seconds;
  }

  /** By length. */
  @Override
  public int compareTo(TimeSpan other) {
    return Long.compare(seconds, other.seconds);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSpan timeSpan && timeSpan.seconds == seconds;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seconds);
  }

  /** The canonical text: {@code 00:05:00}, {@code 1.00:00:00}. */
  @Override
  public String toString() {
    long days = seconds / 86_400;
    long rest = seconds % 86_400;
    String time =
        String.format(Locale.ROOT, "%02d:%02d:%02d", rest / 3600, rest / 60 % 60, rest % 60);
    return days > 0 ? days + "." + time : time;
  }
}
