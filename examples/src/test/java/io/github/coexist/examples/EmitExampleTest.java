package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmitExampleTest {
  @Test
  void emitsBothDialectsAndTheNotesIniFragment() {
    String out = EmitExample.run(LocalDate.of(2026, 11, 27));

    assertThat(out)
        .contains(
            """
            exchange-online (EXCHANGE_ONLINE)
              creates: RemoteDomain OutboundConnector InboundConnector
            """)
        .contains(
            "exchange-server (EXCHANGE_SERVER)\n"
                + "  creates: RemoteDomain AcceptedDomain AcceptedDomain EmailAddressPolicy SendConnector"
                + " ReceiveConnector ReceiveConnector\n")
        .contains("    BTEXCHANGEDOMAIN=Exchange\n    BTEXCHANGEDB=btexchange.box\n")
        .containsPattern("  script: [0-9]+ bytes, [0-9]+ lines \\(UTF-8 with BOM, CRLF\\)\n");
  }
}
