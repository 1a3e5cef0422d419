package io.github.coexist.license;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of one step of reading a license: either the value it accepted, or the {@link
 * LicenseProblem} it rejected the input for. Bad input never throws; it is rejected.
 *
 * <pre>{@code
 * Outcome<License> license =
 *     LicenseParser.parse(bytes).flatMap(verifier::verify);
 * if (license.isAccepted()) {
 *   LicenseStatus status = evaluator.evaluate(license.value());
 * } else {
 *   System.err.println(license.problem().describe("acme.lic"));
 * }
 * }</pre>
 *
 * @param <T> the type of the accepted value
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {
  /** An accepted value. */
  static <T> Outcome<T> accepted(T value) {
    return new Accepted<>(value);
  }

  /** A rejection. */
  static <T> Outcome<T> rejected(LicenseProblem problem) {
    return new Rejected<>(problem);
  }

  /** Whether the step accepted its input. */
  boolean isAccepted();

  /**
   * The accepted value.
   *
   * @throws NoSuchElementException with the problem's message, if the input was rejected
   */
  T value();

  /**
   * The reason for the rejection.
   *
   * @throws NoSuchElementException if the input was accepted
   */
  LicenseProblem problem();

  /** The accepted value, or empty. */
  default Optional<T> toOptional() {
    return isAccepted() ? Optional.of(value()) : Optional.empty();
  }

  /** The problem, or empty. */
  default Optional<LicenseProblem> toProblem() {
    return isAccepted() ? Optional.empty() : Optional.of(problem());
  }

  /** Applies {@code next} to an accepted value; passes a rejection on unchanged. */
  <U> Outcome<U> map(Function<? super T, ? extends U> next);

  /** Runs the next step on an accepted value; passes a rejection on unchanged. */
  <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next);

  /** An accepted value. */
  record Accepted<T>(T value) implements Outcome<T> {
    /** Rejects null. */
    public Accepted {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public LicenseProblem problem() {
      throw new NoSuchElementException("accepted: there is no problem");
    }

    @Override
    public <U> Outcome<U> map(Function<? super T, ? extends U> next) {
      return new Accepted<>(next.apply(value));
    }

    @Override
    public <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
      return Objects.requireNonNull(next.apply(value), "next step returned null");
    }
  }

  /** A rejection, with its reason. */
  record Rejected<T>(LicenseProblem problem) implements Outcome<T> {
    /** Rejects null. */
    public Rejected {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public T value() {
      throw new NoSuchElementException(problem.message());
    }

    @Override
    public <U> Outcome<U> map(Function<? super T, ? extends U> next) {
      Objects.requireNonNull(next, "next");
      return new Rejected<>(problem);
    }

    @Override
    public <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
      Objects.requireNonNull(next, "next");
      return new Rejected<>(problem);
    }
  }
}
