# coexist: Exchange Server rollback of the Domino coexistence configuration
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Run it in the Exchange Management Shell (Windows PowerShell 5.1).
# Asks before every removal: -Confirm:$false runs it unattended, -WhatIf previews.
# Removes what the configuration script creates, in reverse order; keeps the
# primary accepted domain and the objects that script only checks. Settings it
# changed on objects that are kept are not restored.
# -TranscriptPath FILE logs the run. Each statement follows a comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
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
    # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
    $receiveConnectors1 = @(Get-ReceiveConnector -Server 'EX02' | Where-Object { $_.Name -eq 'Inbound from Domino' })
    # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
    if ($receiveConnectors1.Count -gt 0) {
        # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
        if ($PSCmdlet.ShouldProcess('receiveConnectors[1] Inbound from Domino', 'Remove-ReceiveConnector')) {
            # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
            Remove-ReceiveConnector -Identity 'EX02\Inbound from Domino' -Confirm:$false
        }
    }
    # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
    $receiveConnectors0 = @(Get-ReceiveConnector -Server 'EX01' | Where-Object { $_.Name -eq 'Inbound from Domino' })
    # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
    if ($receiveConnectors0.Count -gt 0) {
        # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
        if ($PSCmdlet.ShouldProcess('receiveConnectors[0] Inbound from Domino', 'Remove-ReceiveConnector')) {
            # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
            Remove-ReceiveConnector -Identity 'EX01\Inbound from Domino' -Confirm:$false
        }
    }
    # sendConnectors[0] | guide 7.2.4 Create a Send Connector
    $sendConnectors0 = @(Get-SendConnector | Where-Object { $_.Name -eq 'Outbound to Domino' })
    # sendConnectors[0] | guide 7.2.4 Create a Send Connector
    if ($sendConnectors0.Count -gt 0) {
        # sendConnectors[0] | guide 7.2.4 Create a Send Connector
        if ($PSCmdlet.ShouldProcess('sendConnectors[0] Outbound to Domino', 'Remove-SendConnector')) {
            # sendConnectors[0] | guide 7.2.4 Create a Send Connector
            Remove-SendConnector -Identity 'Outbound to Domino' -Confirm:$false
        }
    }
    # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
    $emailAddressPolicies0 = @(Get-EmailAddressPolicy | Where-Object { $_.Name -eq 'Exchange Users' })
    # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
    if ($emailAddressPolicies0.Count -gt 0) {
        # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
        if ($PSCmdlet.ShouldProcess('emailAddressPolicies[0] Exchange Users', 'Remove-EmailAddressPolicy')) {
            # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
            Remove-EmailAddressPolicy -Identity 'Exchange Users' -Confirm:$false
        }
    }
    # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
    $acceptedDomains1 = @(Get-AcceptedDomain | Where-Object { $_.Name -eq 'exch.contoso.com' })
    # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
    if ($acceptedDomains1.Count -gt 0) {
        # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
        if ($PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'Remove-AcceptedDomain')) {
            # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
            Remove-AcceptedDomain -Identity 'exch.contoso.com' -Confirm:$false
        }
    }
    # acceptedDomains[0]: kept, the organisation's primary accepted domain existed before coexistence
    # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
    $remoteDomains0 = @(Get-RemoteDomain | Where-Object { $_.Name -eq 'domino.contoso.com' })
    # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
    if ($remoteDomains0.Count -gt 0) {
        # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
        if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Remove-RemoteDomain')) {
            # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
            Remove-RemoteDomain -Identity 'domino.contoso.com' -Confirm:$false
        }
    }
} finally {
    # script | script safety
    if ($TranscriptPath) {
        # script | script safety
        Stop-Transcript
    }
}
