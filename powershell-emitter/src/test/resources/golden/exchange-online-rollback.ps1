# coexist: Exchange Online rollback of the Domino coexistence configuration
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Needs the ExchangeOnlineManagement module (Install-Module ExchangeOnlineManagement).
# Asks before every removal: -Confirm:$false runs it unattended, -WhatIf previews.
# Removes what the configuration script creates, in reverse order; keeps the
# primary accepted domain and the objects that script only checks. Settings it
# changed on objects that are kept are not restored.
# -TranscriptPath FILE logs the run. Each statement follows a comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
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
    # environment | guide 7.1 connect to Exchange Online
    Connect-ExchangeOnline -ShowBanner:$false
    # environment | guide 7.1 connect to Exchange Online
    try {
        # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
        $inboundConnectors0 = @(Get-InboundConnector -ResultSize Unlimited | Where-Object { $_.Name -eq 'Inbound from Domino' })
        # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
        if ($inboundConnectors0.Count -gt 0) {
            # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
            if ($PSCmdlet.ShouldProcess('inboundConnectors[0] Inbound from Domino', 'Remove-InboundConnector')) {
                # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
                Remove-InboundConnector -Identity 'Inbound from Domino' -Confirm:$false
            }
        }
        # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
        $outboundConnectors0 = @(Get-OutboundConnector -ResultSize Unlimited | Where-Object { $_.Name -eq 'Outbound to Domino' })
        # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
        if ($outboundConnectors0.Count -gt 0) {
            # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
            if ($PSCmdlet.ShouldProcess('outboundConnectors[0] Outbound to Domino', 'Remove-OutboundConnector')) {
                # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
                Remove-OutboundConnector -Identity 'Outbound to Domino' -Confirm:$false
            }
        }
        # acceptedDomains[1]: kept, the configuration script only checks it
        # acceptedDomains[0]: kept, the configuration script only checks it
        # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
        $remoteDomains0 = @(Get-RemoteDomain -ResultSize Unlimited | Where-Object { $_.Name -eq 'domino.contoso.com' })
        # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
        if ($remoteDomains0.Count -gt 0) {
            # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
            if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Remove-RemoteDomain')) {
                # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
                Remove-RemoteDomain -Identity 'domino.contoso.com' -Confirm:$false
            }
        }
    } finally {
        # environment | guide 7.1 connect to Exchange Online
        Disconnect-ExchangeOnline -Confirm:$false
    }
} finally {
    # script | script safety
    if ($TranscriptPath) {
        # script | script safety
        Stop-Transcript
    }
}
