# coexist: Exchange Server configuration for Domino coexistence (Integration for Notes BTCal)
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Run it in the Exchange Management Shell (Windows PowerShell 5.1).
# -WhatIf previews every change, -Confirm asks before each one.
# Each object is looked up first: created when absent, else set to the plan's values,
# so a second run changes nothing. A failing lookup stops the script.
# -TranscriptPath FILE logs the run. Each statement follows a comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
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
    # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
    $remoteDomains0 = @(Get-RemoteDomain | Where-Object { $_.Name -eq 'domino.contoso.com' })
    # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
    if ($remoteDomains0.Count -eq 0) {
        # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
        if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'New-RemoteDomain')) {
            # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
            New-RemoteDomain -Name 'domino.contoso.com' -DomainName 'domino.contoso.com' -Confirm:$false
            # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
            for ($attempt = 1; @(Get-RemoteDomain | Where-Object { $_.Name -eq 'domino.contoso.com' }).Count -eq 0; $attempt++) {
                if ($attempt -ge 6) {
                    throw 'remoteDomains[0]: the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                }
                Start-Sleep -Seconds 5
            }
            # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
            Set-RemoteDomain -Identity 'domino.contoso.com' -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -TrustedMailOutboundEnabled $true -Confirm:$false
        }
    } else {
        # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
        if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Set-RemoteDomain')) {
            # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
            Set-RemoteDomain -Identity 'domino.contoso.com' -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -TrustedMailOutboundEnabled $true -Confirm:$false
        }
    }
    # acceptedDomains[0] | guide 7.2.2 Create a New Accepted Domain
    $acceptedDomains0 = @(Get-AcceptedDomain | Where-Object { $_.Name -eq 'contoso.com' })
    # acceptedDomains[0] | guide 7.2.2 Create a New Accepted Domain
    if ($acceptedDomains0.Count -eq 0) {
        # acceptedDomains[0] | guide 7.2.2 Create a New Accepted Domain
        if ($PSCmdlet.ShouldProcess('acceptedDomains[0] contoso.com', 'New-AcceptedDomain')) {
            # acceptedDomains[0] | guide 7.2.2 Create a New Accepted Domain
            New-AcceptedDomain -Name 'contoso.com' -DomainName 'contoso.com' -Confirm:$false
        }
    }
    # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
    $acceptedDomains1 = @(Get-AcceptedDomain | Where-Object { $_.Name -eq 'exch.contoso.com' })
    # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
    if ($acceptedDomains1.Count -eq 0) {
        # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
        if ($PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'New-AcceptedDomain')) {
            # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
            New-AcceptedDomain -Name 'exch.contoso.com' -DomainName 'exch.contoso.com' -DomainType Authoritative -Confirm:$false
        }
    } else {
        # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
        if ($PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'Set-AcceptedDomain')) {
            # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
            Set-AcceptedDomain -Identity 'exch.contoso.com' -DomainType Authoritative -Confirm:$false
        }
    }
    # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
    $emailAddressPolicies0 = @(Get-EmailAddressPolicy | Where-Object { $_.Name -eq 'Exchange Users' })
    # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
    if ($emailAddressPolicies0.Count -eq 0) {
        # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
        if ($PSCmdlet.ShouldProcess('emailAddressPolicies[0] Exchange Users', 'New-EmailAddressPolicy')) {
            # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
            New-EmailAddressPolicy -Name 'Exchange Users' -EnabledEmailAddressTemplates 'SMTP:%m@contoso.com','smtp:%m@exch.contoso.com' -IncludedRecipients 'MailboxUsers','Resources','MailGroups' -Confirm:$false
            # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
            for ($attempt = 1; @(Get-EmailAddressPolicy | Where-Object { $_.Name -eq 'Exchange Users' }).Count -eq 0; $attempt++) {
                if ($attempt -ge 6) {
                    throw 'emailAddressPolicies[0]: the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                }
                Start-Sleep -Seconds 5
            }
            # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
            Update-EmailAddressPolicy -Identity 'Exchange Users' -Confirm:$false
        }
    } else {
        # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
        if ($PSCmdlet.ShouldProcess('emailAddressPolicies[0] Exchange Users', 'Set-EmailAddressPolicy')) {
            # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
            Set-EmailAddressPolicy -Identity 'Exchange Users' -EnabledEmailAddressTemplates 'SMTP:%m@contoso.com','smtp:%m@exch.contoso.com' -IncludedRecipients 'MailboxUsers','Resources','MailGroups' -Confirm:$false
            # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
            Update-EmailAddressPolicy -Identity 'Exchange Users' -Confirm:$false
        }
    }
    # sendConnectors[0] | guide 7.2.4 Create a Send Connector
    $sendConnectors0 = @(Get-SendConnector | Where-Object { $_.Name -eq 'Outbound to Domino' })
    # sendConnectors[0] | guide 7.2.4 Create a Send Connector
    if ($sendConnectors0.Count -eq 0) {
        # sendConnectors[0] | guide 7.2.4 Create a Send Connector
        if ($PSCmdlet.ShouldProcess('sendConnectors[0] Outbound to Domino', 'New-SendConnector')) {
            # sendConnectors[0] | guide 7.2.4 Create a Send Connector
            New-SendConnector -Name 'Outbound to Domino' -AddressSpaces 'SMTP:domino.contoso.com;1' -DNSRoutingEnabled $false -IsScopedConnector $false -RequireTLS $false -SmartHosts '10.1.1.1','10.1.1.2' -SourceTransportServers 'EX01','EX02' -Usage Custom -Confirm:$false
        }
    } else {
        # sendConnectors[0] | guide 7.2.4 Create a Send Connector
        if ($PSCmdlet.ShouldProcess('sendConnectors[0] Outbound to Domino', 'Set-SendConnector')) {
            # sendConnectors[0] | guide 7.2.4 Create a Send Connector
            Set-SendConnector -Identity 'Outbound to Domino' -AddressSpaces 'SMTP:domino.contoso.com;1' -DNSRoutingEnabled $false -IsScopedConnector $false -RequireTLS $false -SmartHosts '10.1.1.1','10.1.1.2' -SourceTransportServers 'EX01','EX02' -Confirm:$false
        }
    }
    # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
    $receiveConnectors0 = @(Get-ReceiveConnector -Server 'EX01' | Where-Object { $_.Name -eq 'Inbound from Domino' })
    # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
    if ($receiveConnectors0.Count -eq 0) {
        # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
        if ($PSCmdlet.ShouldProcess('receiveConnectors[0] Inbound from Domino', 'New-ReceiveConnector')) {
            # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
            New-ReceiveConnector -Name 'Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -Server 'EX01' -TransportRole FrontendTransport -Usage Custom -Confirm:$false
        }
    } else {
        # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
        if ($PSCmdlet.ShouldProcess('receiveConnectors[0] Inbound from Domino', 'Set-ReceiveConnector')) {
            # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
            Set-ReceiveConnector -Identity 'EX01\Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -TransportRole FrontendTransport -Confirm:$false
        }
    }
    # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
    $receiveConnectors1 = @(Get-ReceiveConnector -Server 'EX02' | Where-Object { $_.Name -eq 'Inbound from Domino' })
    # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
    if ($receiveConnectors1.Count -eq 0) {
        # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
        if ($PSCmdlet.ShouldProcess('receiveConnectors[1] Inbound from Domino', 'New-ReceiveConnector')) {
            # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
            New-ReceiveConnector -Name 'Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -Server 'EX02' -TransportRole FrontendTransport -Usage Custom -Confirm:$false
        }
    } else {
        # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
        if ($PSCmdlet.ShouldProcess('receiveConnectors[1] Inbound from Domino', 'Set-ReceiveConnector')) {
            # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
            Set-ReceiveConnector -Identity 'EX02\Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -TransportRole FrontendTransport -Confirm:$false
        }
    }
} finally {
    # script | script safety
    if ($TranscriptPath) {
        # script | script safety
        Stop-Transcript
    }
}
