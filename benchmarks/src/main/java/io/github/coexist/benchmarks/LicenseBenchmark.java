package io.github.coexist.benchmarks;

import io.github.coexist.core.model.LicenseType;
import io.github.coexist.license.CoexistLicenseFormat;
import io.github.coexist.license.License;
import io.github.coexist.license.LicenseIssuer;
import io.github.coexist.license.LicenseSigningKey;
import io.github.coexist.license.LicenseVerifier;
import io.github.coexist.license.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comparison 4: reading a license (parse, then verify its Ed25519 signature) beside the floor, a
 * bare JDK {@link Signature#verify} over the same signed bytes with the same key.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LicenseBenchmark {
  private byte[] file;
  private CoexistLicenseFormat format;
  private PublicKey publicKey;
  private byte[] signedBytes;
  private byte[] signature;

  /** Issues one license with a key from a fixed seed and splits it as the format defines. */
  @Setup
  public void issue() {
    LicenseSigningKey key = LicenseSigningKey.generate(SeededRandom.of(SyntheticPlans.SEED));
    License license =
        License.builder()
            .type(LicenseType.STANDARD)
            .licensee("Contoso Ltd")
            .processDomain("CONTOSO")
            .adminEmail("notes-admin@contoso.com")
            .generated(LocalDate.of(2026, 1, 15))
            .expires(LocalDate.of(2027, 1, 15))
            .build();
    String text = new LicenseIssuer(key).issue(license);
    file = text.getBytes(StandardCharsets.UTF_8);
    format = new CoexistLicenseFormat(LicenseVerifier.trusting(key.publicKey()));
    publicKey = key.publicKey().publicKey();
    SignedFile split = SignedFile.split(file);
    signedBytes = split.signedBytes();
    signature = split.signature();
    if (!format.read(file).isAccepted() || !bareVerify()) {
      throw new IllegalStateException("the benchmark license does not verify");
    }
  }

  /** coexist: parse every line, then verify the signature. */
  @Benchmark
  public Outcome<License> coexistParseAndVerify() {
    return format.read(file);
  }

  /** The floor: the JDK's Ed25519 verification alone. */
  @Benchmark
  public boolean bareVerify() {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(publicKey);
      verifier.update(signedBytes);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
