package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.value.SmtpDomain;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A script far longer than the renderer's buffer (it hands whole lines on in chunks of 32,768
 * characters): no line is lost, doubled or cut at a chunk's edge. Each added accepted domain's
 * block must be the first one's with its own index and name, and the text, the bytes and the file
 * text must agree.
 */
class LargeScriptTest {
  private static final int ADDED = 300;

  @Test
  void everyObjectBlockSurvivesTheChunks() {
    CoexistencePlan recommended = PowerShellEmitterTest.server();
    int before = recommended.acceptedDomains().size();
    ImmutableCoexistencePlan.Builder plan = CoexistencePlan.builder().from(recommended);
    for (int i = 0; i < ADDED; i++) {
      plan.addAcceptedDomain(
          AcceptedDomain.builder()
              .name(domain(i))
              .domainName(SmtpDomain.parse(domain(i)))
              .domainType(AcceptedDomainType.AUTHORITATIVE)
              .build());
    }
    PowerShellScript script = PowerShellEmitterTest.emit(plan.build());

    String text = script.text();
    assertThat(text.length()).isGreaterThan(8 * 32_768);
    List<String> blocks = blocks(text, before);
    assertThat(blocks).hasSize(ADDED);
    for (int i = 1; i < ADDED; i++) {
      String expected =
          blocks
              .get(0)
              .replace(domain(0), domain(i))
              .replace("acceptedDomains[" + before + "]", "acceptedDomains[" + (before + i) + "]")
              .replace("$acceptedDomains" + before, "$acceptedDomains" + (before + i));
      assertThat(blocks.get(i)).as("block of added domain %d", i).isEqualTo(expected);
    }
    assertThat(text).endsWith("}\r\n");
    RenderOptions noBom = RenderOptions.builder().byteOrderMark(false).build();
    assertThat(new String(PowerShellRenderer.encode(script, noBom), StandardCharsets.UTF_8))
        .isEqualTo(text);
    assertThat(new String(script.bytes(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + text);
  }

  private static String domain(int i) {
    return "d" + i + ".large.example.net";
  }

  /** The lines of each added accepted domain, from its first trace comment to the next object's. */
  private static List<String> blocks(String text, int firstIndex) {
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < ADDED; i++) {
      int start = text.indexOf("# acceptedDomains[" + (firstIndex + i) + "]");
      int end = text.indexOf("# acceptedDomains[" + (firstIndex + i + 1) + "]");
      if (end < 0) {
        end = text.indexOf("# emailAddressPolicies[0]");
      }
      assertThat(start).as("start of block %d", i).isPositive();
      assertThat(end).as("end of block %d", i).isGreaterThan(start);
      // Back to the start of the line holding the comment, so the block keeps its indentation.
      blocks.add(
          text.substring(text.lastIndexOf('\n', start) + 1, text.lastIndexOf('\n', end) + 1));
    }
    return blocks;
  }
}
