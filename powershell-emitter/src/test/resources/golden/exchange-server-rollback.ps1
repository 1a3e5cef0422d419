# coexist: Exchange Server rollback of the Domino coexistence configuration
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Run it in the Exchange Management Shell (Windows PowerShell 5.1).
# Asks before every removal: -Confirm:$false runs it unattended, -WhatIf previews.
# Undoes only what the journal (-JournalPath) records, newest first: removes the
# objects the configuration script created (found by their Guid) and sets back the
# previous values of what it changed. Never removes the primary accepted domain.
# -TranscriptPath FILE logs the run. Each block follows one comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    # The journal the configuration script wrote: only what it records is undone.
    [Parameter(Mandatory)] [string] $JournalPath,
    # Optional: a file to log the whole run to (Start-Transcript -Append).
    [string] $TranscriptPath
)
function Initialize-CoexistJournal {
    param([switch] $Read)
    $path = $JournalPath
    if (-not $path) {
        $nextTo = $PSCommandPath
        if ($TranscriptPath) {
            $nextTo = $TranscriptPath
        }
        if (-not $nextTo) {
            $nextTo = 'coexist.ps1'
        }
        $path = [System.IO.Path]::ChangeExtension($nextTo, '.journal.json')
    }
    $script:CoexistJournalFile = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($path)
    $script:CoexistJournal = @()
    if ([System.IO.File]::Exists($script:CoexistJournalFile)) {
        $text = [System.IO.File]::ReadAllText($script:CoexistJournalFile)
        $script:CoexistJournal = @((ConvertFrom-Json -InputObject $text).entries)
    } elseif ($Read) {
        throw ('no journal at ' + $script:CoexistJournalFile + ': nothing is changed')
    }
}
function Get-CoexistJournalEntry {
    param([string] $Path, [string] $Kind, [string] $Action)
    $found = @($script:CoexistJournal | Where-Object { $_.path -eq $Path -and $_.kind -eq $Kind -and $_.action -eq $Action })
    [array]::Reverse($found)
    $found
}
function Get-CoexistRestore {
    param([object] $Entry, [string[]] $Property)
    $restore = @{}
    foreach ($name in $Property) {
        $previous = $Entry.previous.PSObject.Properties[$name]
        if ($null -ne $previous) {
            $restore[$name] = $previous.Value
        }
    }
    return $restore
}
# script | script safety
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
if ($TranscriptPath) {
    Start-Transcript -LiteralPath $TranscriptPath -Append -WhatIf:$false -Confirm:$false
}
try {
    Initialize-CoexistJournal -Read
    # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
    try {
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'receiveConnectors[1]' -Kind 'ReceiveConnector' -Action 'changed')) {
            $guid = [string]$entry.guid
            $found = @(Get-ReceiveConnector -Server 'EX02' -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('receiveConnectors[1]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } else {
                $restore = Get-CoexistRestore -Entry $entry -Property 'Bindings','RemoteIPRanges','AuthMechanism','PermissionGroups','RequireTLS','TransportRole'
                if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('receiveConnectors[1] Inbound from Domino', 'Set-ReceiveConnector')) {
                    Set-ReceiveConnector -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                }
            }
        }
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'receiveConnectors[1]' -Kind 'ReceiveConnector' -Action 'created')) {
            $guid = [string]$entry.guid
            $found = @(Get-ReceiveConnector -Server 'EX02' -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('receiveConnectors[1]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } elseif ($PSCmdlet.ShouldProcess('receiveConnectors[1] Inbound from Domino', 'Remove-ReceiveConnector')) {
                Remove-ReceiveConnector -Identity $guid -ErrorAction Stop -Confirm:$false
            }
        }
    } catch {
        throw ('receiveConnectors[1]: ' + $_.Exception.Message)
    }
    # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
    try {
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'receiveConnectors[0]' -Kind 'ReceiveConnector' -Action 'changed')) {
            $guid = [string]$entry.guid
            $found = @(Get-ReceiveConnector -Server 'EX01' -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('receiveConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } else {
                $restore = Get-CoexistRestore -Entry $entry -Property 'Bindings','RemoteIPRanges','AuthMechanism','PermissionGroups','RequireTLS','TransportRole'
                if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('receiveConnectors[0] Inbound from Domino', 'Set-ReceiveConnector')) {
                    Set-ReceiveConnector -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                }
            }
        }
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'receiveConnectors[0]' -Kind 'ReceiveConnector' -Action 'created')) {
            $guid = [string]$entry.guid
            $found = @(Get-ReceiveConnector -Server 'EX01' -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('receiveConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } elseif ($PSCmdlet.ShouldProcess('receiveConnectors[0] Inbound from Domino', 'Remove-ReceiveConnector')) {
                Remove-ReceiveConnector -Identity $guid -ErrorAction Stop -Confirm:$false
            }
        }
    } catch {
        throw ('receiveConnectors[0]: ' + $_.Exception.Message)
    }
    # sendConnectors[0] | guide 7.2.4 Create a Send Connector
    try {
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'sendConnectors[0]' -Kind 'SendConnector' -Action 'changed')) {
            $guid = [string]$entry.guid
            $found = @(Get-SendConnector -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('sendConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } else {
                $restore = Get-CoexistRestore -Entry $entry -Property 'AddressSpaces','DNSRoutingEnabled','IsScopedConnector','RequireTLS','SmartHosts','SourceTransportServers'
                if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('sendConnectors[0] Outbound to Domino', 'Set-SendConnector')) {
                    Set-SendConnector -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                }
            }
        }
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'sendConnectors[0]' -Kind 'SendConnector' -Action 'created')) {
            $guid = [string]$entry.guid
            $found = @(Get-SendConnector -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('sendConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } elseif ($PSCmdlet.ShouldProcess('sendConnectors[0] Outbound to Domino', 'Remove-SendConnector')) {
                Remove-SendConnector -Identity $guid -ErrorAction Stop -Confirm:$false
            }
        }
    } catch {
        throw ('sendConnectors[0]: ' + $_.Exception.Message)
    }
    # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
    try {
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'emailAddressPolicies[0]' -Kind 'EmailAddressPolicy' -Action 'changed')) {
            $guid = [string]$entry.guid
            $found = @(Get-EmailAddressPolicy -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('emailAddressPolicies[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } else {
                $restore = Get-CoexistRestore -Entry $entry -Property 'EnabledEmailAddressTemplates','IncludedRecipients','Priority'
                if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('emailAddressPolicies[0] Exchange Users', 'Set-EmailAddressPolicy')) {
                    Set-EmailAddressPolicy -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                }
            }
        }
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'emailAddressPolicies[0]' -Kind 'EmailAddressPolicy' -Action 'created')) {
            $guid = [string]$entry.guid
            $found = @(Get-EmailAddressPolicy -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('emailAddressPolicies[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } elseif ($PSCmdlet.ShouldProcess('emailAddressPolicies[0] Exchange Users', 'Remove-EmailAddressPolicy')) {
                Remove-EmailAddressPolicy -Identity $guid -ErrorAction Stop -Confirm:$false
            }
        }
    } catch {
        throw ('emailAddressPolicies[0]: ' + $_.Exception.Message)
    }
    # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
    try {
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'acceptedDomains[1]' -Kind 'AcceptedDomain' -Action 'changed')) {
            $guid = [string]$entry.guid
            $found = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('acceptedDomains[1]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } else {
                $restore = Get-CoexistRestore -Entry $entry -Property 'DomainType'
                if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'Set-AcceptedDomain')) {
                    Set-AcceptedDomain -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                }
            }
        }
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'acceptedDomains[1]' -Kind 'AcceptedDomain' -Action 'created')) {
            $guid = [string]$entry.guid
            $found = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('acceptedDomains[1]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } elseif ($PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'Remove-AcceptedDomain')) {
                Remove-AcceptedDomain -Identity $guid -ErrorAction Stop -Confirm:$false
            }
        }
    } catch {
        throw ('acceptedDomains[1]: ' + $_.Exception.Message)
    }
    # acceptedDomains[0]: never removed, the organisation's primary accepted domain existed before coexistence
    # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
    try {
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Action 'changed')) {
            $guid = [string]$entry.guid
            $found = @(Get-RemoteDomain -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('remoteDomains[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } else {
                $restore = Get-CoexistRestore -Entry $entry -Property 'AllowedOOFType','DeliveryReportEnabled','TNEFEnabled','TrustedMailInboundEnabled','TrustedMailOutboundEnabled'
                if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Set-RemoteDomain')) {
                    Set-RemoteDomain -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                }
            }
        }
        foreach ($entry in @(Get-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Action 'created')) {
            $guid = [string]$entry.guid
            $found = @(Get-RemoteDomain -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
            if ($found.Count -eq 0) {
                Write-Host ('remoteDomains[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
            } elseif ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Remove-RemoteDomain')) {
                Remove-RemoteDomain -Identity $guid -ErrorAction Stop -Confirm:$false
            }
        }
    } catch {
        throw ('remoteDomains[0]: ' + $_.Exception.Message)
    }
} finally {
    if ($TranscriptPath) {
        Stop-Transcript
    }
}
