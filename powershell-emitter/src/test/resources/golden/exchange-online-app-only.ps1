# coexist: Exchange Online configuration for Domino coexistence (Integration for Notes BTCal)
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Needs the ExchangeOnlineManagement module (Install-Module ExchangeOnlineManagement).
# -WhatIf previews every change, -Confirm asks before each one.
# Each object is looked up first: created when absent, else set to the plan's values,
# so a second run changes nothing. A failing lookup stops the script.
# -TranscriptPath FILE logs the run. Each statement follows a comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param(
    # Optional: a file to log the whole run to (Start-Transcript -Append).
    [string] $TranscriptPath
)
# script | script safety
Set-StrictMode -Version Latest
# script | script safety
$ErrorActionPreference = 'Stop'
# script | script safety
if ($TranscriptPath) {
    # script | script safety
    Start-Transcript -LiteralPath $TranscriptPath -Append -WhatIf:$false -Confirm:$false
}
# script | script safety
try {
    # connection | guide 7.1 connect to Exchange Online
    Connect-ExchangeOnline -AppId '6f0c1f5e-2b7d-4d3a-9a51-0c2a5b1e9d11' -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false
    # connection | guide 7.1 connect to Exchange Online
    try {
        # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
        $remoteDomains0 = @(Get-RemoteDomain -ResultSize Unlimited | Where-Object { $_.Name -eq 'domino.contoso.com' })
        # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
        if ($remoteDomains0.Count -eq 0) {
            # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
            if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'New-RemoteDomain')) {
                # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
                New-RemoteDomain -Name 'domino.contoso.com' -DomainName 'domino.contoso.com' -Confirm:$false
                # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
                for ($attempt = 1; @(Get-RemoteDomain -ResultSize Unlimited | Where-Object { $_.Name -eq 'domino.contoso.com' }).Count -eq 0; $attempt++) {
                    if ($attempt -ge 12) {
                        throw 'remoteDomains[0]: the new object is not visible after 12 lookups 10 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 10
                }
                # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
                Set-RemoteDomain -Identity 'domino.contoso.com' -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -Confirm:$false
            }
        } else {
            # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
            if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Set-RemoteDomain')) {
                # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
                Set-RemoteDomain -Identity 'domino.contoso.com' -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -Confirm:$false
            }
        }
        # acceptedDomains[0] | guide 7.1.2 Create a New Accepted Domain
        $acceptedDomains0 = @(Get-AcceptedDomain -ResultSize Unlimited | Where-Object { $_.Name -eq 'contoso.com' })
        # acceptedDomains[0] | guide 7.1.2 Create a New Accepted Domain
        if ($acceptedDomains0.Count -eq 0) {
            # acceptedDomains[0] | guide 7.1.2 Create a New Accepted Domain
            throw 'acceptedDomains[0]: AcceptedDomain contoso.com is missing; Exchange Online has no New-AcceptedDomain (E6): add and verify the domain in the Microsoft 365 admin center, then run this script again'
        }
        # acceptedDomains[1] | guide 7.1.2 Create a New Accepted Domain
        $acceptedDomains1 = @(Get-AcceptedDomain -ResultSize Unlimited | Where-Object { $_.Name -eq 'exch.contoso.com' })
        # acceptedDomains[1] | guide 7.1.2 Create a New Accepted Domain
        if ($acceptedDomains1.Count -eq 0) {
            # acceptedDomains[1] | guide 7.1.2 Create a New Accepted Domain
            throw 'acceptedDomains[1]: AcceptedDomain exch.contoso.com is missing; Exchange Online has no New-AcceptedDomain (E6): add and verify the domain in the Microsoft 365 admin center, then run this script again'
        } else {
            # acceptedDomains[1] | guide 7.1.2 Create a New Accepted Domain
            if ($PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'Set-AcceptedDomain')) {
                # acceptedDomains[1] | guide 7.1.2 Create a New Accepted Domain
                Set-AcceptedDomain -Identity 'exch.contoso.com' -DomainType Authoritative -Confirm:$false
            }
        }
        # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
        $outboundConnectors0 = @(Get-OutboundConnector -ResultSize Unlimited | Where-Object { $_.Name -eq 'Outbound to Domino' })
        # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
        if ($outboundConnectors0.Count -eq 0) {
            # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
            if ($PSCmdlet.ShouldProcess('outboundConnectors[0] Outbound to Domino', 'New-OutboundConnector')) {
                # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
                New-OutboundConnector -Name 'Outbound to Domino' -ConnectorType OnPremises -Enabled $true -RecipientDomains 'domino.contoso.com' -SmartHosts 'coex01.contoso.com','coex02.contoso.com' -TlsSettings EncryptionOnly -UseMXRecord $false -Confirm:$false
            }
        } else {
            # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
            if ($PSCmdlet.ShouldProcess('outboundConnectors[0] Outbound to Domino', 'Set-OutboundConnector')) {
                # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
                Set-OutboundConnector -Identity 'Outbound to Domino' -ConnectorType OnPremises -Enabled $true -RecipientDomains 'domino.contoso.com' -SmartHosts 'coex01.contoso.com','coex02.contoso.com' -TlsSettings EncryptionOnly -UseMXRecord $false -Confirm:$false
            }
        }
        # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
        $inboundConnectors0 = @(Get-InboundConnector -ResultSize Unlimited | Where-Object { $_.Name -eq 'Inbound from Domino' })
        # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
        if ($inboundConnectors0.Count -eq 0) {
            # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
            if ($PSCmdlet.ShouldProcess('inboundConnectors[0] Inbound from Domino', 'New-InboundConnector')) {
                # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
                New-InboundConnector -Name 'Inbound from Domino' -SenderDomains 'contoso.com','domino.contoso.com' -ConnectorType OnPremises -Enabled $true -TlsSenderCertificateName 'coex.contoso.com' -TreatMessagesAsInternal $false -Confirm:$false
            }
        } else {
            # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
            if ($PSCmdlet.ShouldProcess('inboundConnectors[0] Inbound from Domino', 'Set-InboundConnector')) {
                # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
                Set-InboundConnector -Identity 'Inbound from Domino' -SenderDomains 'contoso.com','domino.contoso.com' -ConnectorType OnPremises -Enabled $true -TlsSenderCertificateName 'coex.contoso.com' -TreatMessagesAsInternal $false -Confirm:$false
            }
        }
    } finally {
        # connection | guide 7.1 connect to Exchange Online
        Disconnect-ExchangeOnline -Confirm:$false
    }
} finally {
    # script | script safety
    if ($TranscriptPath) {
        # script | script safety
        Stop-Transcript
    }
}
