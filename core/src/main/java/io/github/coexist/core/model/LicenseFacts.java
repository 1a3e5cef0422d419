package io.github.coexist.core.model;

import com.google.common.collect.ImmutableSortedMap;
import io.github.coexist.core.CoexistStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of the BTCal license a plan applies (the guide's section 8): what the license says and
 * where its file will lie on the Domino server ({@code tell btcal install license <serverPath>}).
 *
 * <pre>{@code
 * LicenseFacts l = LicenseFacts.builder().type(LicenseType.STANDARD).licensee("Contoso")
 *     .generated(LocalDate.of(2026, 1, 5)).expires(LocalDate.of(2027, 1, 5))
 *     .processDomain("ACME").adminEmail("notes-admin@contoso.com")
 *     .serverPath("C:\\Lotus\\Domino\\Data\\btcal.lic").build();
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class LicenseFacts {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  LicenseFacts() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link LicenseFacts}. A setter of a list (e.g. {@code names(list)}) replaces the
   * values set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws
   * {@link IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableLicenseFacts.Builder {
    Builder() {}
  }

  /** Trial, standard, or standard with ZApp. */
  public abstract LicenseType type();

  /** Who the license is issued to. */
  public abstract String licensee();

  /** The day the license was generated: the term starts here, not at purchase. */
  public abstract LocalDate generated();

  /**
   * The last day of the license; for a trial, absent means the trial's ({@link
   * LicenseType#fixedExpiry}).
   */
  public abstract Optional<LocalDate> expires();

  /** The Domino domain BTCal processes (BTPROCESSDOMAIN must equal it). */
  public abstract String processDomain();

  /** The BTCal administrator who receives the expiry warnings. */
  public abstract String adminEmail();

  /** Optional features, e.g. {@code seats=500}, sorted by key. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> features();

  /** The full path the license file will have on the Domino server. */
  public abstract Optional<String> serverPath();

  /** The expiry date, derived for a trial without an explicit one. */
  public Optional<LocalDate> effectiveExpiry() {
    if (expires().isPresent()) {
      return expires();
    }
    return type().fixedExpiry(generated());
  }
}
