package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InventoryExampleTest {
  @Test
  void listsEveryObjectOfTheOnlinePlanWithItsManagedParameters() {
    assertThat(InventoryExample.run(Environment.EXCHANGE_ONLINE, LocalDate.of(2026, 11, 27)))
        .isEqualTo(
            "kind,name,path,managed parameters\r\n"
                + "RemoteDomain,domino.contoso.com,remoteDomains[0],Name DomainName AllowedOOFType"
                + " DeliveryReportEnabled TNEFEnabled TrustedMailInboundEnabled\r\n"
                + "AcceptedDomain,contoso.com,acceptedDomains[0],Name\r\n"
                + "AcceptedDomain,exch.contoso.com,acceptedDomains[1],Name DomainType\r\n"
                + "InboundConnector,Inbound from Domino,inboundConnectors[0],Name SenderDomains"
                + " ConnectorType Enabled TlsSenderCertificateName TreatMessagesAsInternal\r\n"
                + "OutboundConnector,Outbound to Domino,outboundConnectors[0],Name ConnectorType"
                + " Enabled RecipientDomains SmartHosts TlsSettings UseMXRecord\r\n");
  }

  @Test
  void csvFieldsAreQuotedAndDefusedAsSpreadsheetFormulas() {
    assertThat(CsvInventoryEmitter.field("plain")).isEqualTo("plain");
    assertThat(CsvInventoryEmitter.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvInventoryEmitter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvInventoryEmitter.field("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(CsvInventoryEmitter.field("@x,\ny")).isEqualTo("\"'@x,\ny\"");
  }
}
