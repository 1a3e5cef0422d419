package io.github.coexist.license;

import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.model.LicenseType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The facts of one BTCal license (the guide's section 8): its type, who holds it, the Domino domain
 * it is for, who receives the expiry warnings, and its term.
 *
 * <p>The term starts on the day the license is {@linkplain #generated() generated}, not the day it
 * was bought, and runs to {@linkplain #expires() expires} inclusive. A trial expires {@value
 * LicenseType#TRIAL_DAYS} days after it is generated and BTCal stops then; a standard license (with
 * or without ZApp) keeps BTCal running after expiry, but versions released after the expiry date
 * are not covered.
 *
 * <pre>{@code
 * License license = License.builder()
 *     .type(LicenseType.STANDARD_ZAPP)
 *     .licensee("Contoso Ltd")
 *     .processDomain("CONTOSO")
 *     .adminEmail("notes-admin@contoso.com")
 *     .generated(LocalDate.of(2026, 1, 15))
 *     .expires(LocalDate.of(2027, 1, 15))
 *     .putFeature("seats", "500")
 *     .build();
 * }</pre>
 *
 * <p>A license read from a file is only trustworthy once {@link LicenseVerifier} has accepted it;
 * this type itself carries no proof.
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class License {
  /** The product every license of this format is for. */
  public static final String PRODUCT = "btcal";

  License() {}

  /**
   * The license's identifier; unless set, derived from the other facts ({@code L-} and 12 hex
   * digits), so that issuing the same license twice gives the same file.
   */
  @Value.Default
  public String id() {
    return LicenseIds.derive(this);
  }

  /** Trial, standard, or standard with ZApp. */
  public abstract LicenseType type();

  /** The organisation the license is issued to. */
  public abstract String licensee();

  /** The Domino domain BTCal processes (its BTPROCESSDOMAIN setting), for example {@code ACME}. */
  public abstract String processDomain();

  /** The BTCal administrator, who receives the expiry warnings by e-mail. */
  public abstract String adminEmail();

  /** The day the license was generated: the first day of its term. */
  public abstract LocalDate generated();

  /** The last day of the term; the license is expired from the next day on. */
  public abstract LocalDate expires();

  /** Optional features, by name (lower-case letters, digits, '-'), for example {@code seats}. */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> features();

  /** Whether ZApp is enabled: for standard-zapp licenses, before and after expiry alike. */
  public final boolean zappEnabled() {
    return type().includesZapp();
  }

  /** Whether BTCal keeps running after expiry: standard licenses do, a trial does not. */
  public final boolean runsAfterExpiry() {
    return type().runsAfterExpiry();
  }

  /**
   * Whether a BTCal version released on {@code releaseDate} is covered: versions released up to and
   * including the expiry date are; later ones need a new license.
   */
  public final boolean coversRelease(LocalDate releaseDate) {
    return !releaseDate.isAfter(expires());
  }

  /**
   * The expiry date of a trial generated on {@code generated} ({@link LicenseType#fixedExpiry}).
   */
  public static LocalDate trialExpiry(LocalDate generated) {
    return LicenseType.TRIAL.fixedExpiry(generated).orElseThrow();
  }

  /** A builder; {@code build()} throws {@link IllegalArgumentException} naming a bad value. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this license, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link License}. A setter of a map or list replaces the values set so far; {@code
   * put…} and {@code add…} append to them.
   */
  public static final class Builder extends ImmutableLicense.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    require(LicenseFields.id(id()));
    require(LicenseFields.licensee(licensee()));
    require(LicenseFields.processDomain(processDomain()));
    require(LicenseFields.adminEmail(adminEmail()));
    features()
        .forEach(
            (name, value) -> {
              require(LicenseFields.featureName(name));
              require(LicenseFields.featureValue(name, value));
            });
    LicenseFields.term(type(), generated(), expires())
        .ifPresent(
            message -> {
              throw new IllegalArgumentException(message);
            });
  }

  private static void require(Optional<Flaw> flaw) {
    if (flaw.isPresent()) {
      throw new IllegalArgumentException(flaw.get().message());
    }
  }
}
