# coexist: Exchange Online rollback of the Domino coexistence configuration
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Needs the ExchangeOnlineManagement module (Install-Module ExchangeOnlineManagement).
# Asks before every removal: -Confirm:$false runs it unattended, -WhatIf previews.
# Undoes only what the journal (-JournalPath) records, newest first: removes the
# objects the configuration script created (found by their Guid) and sets back the
# previous values of what it changed. Never removes the primary accepted domain.
# -TranscriptPath FILE logs the run. Each block follows one comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
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
    # environment | guide 7.1 connect to Exchange Online
    Connect-ExchangeOnline -ShowBanner:$false -ErrorAction Stop
    try {
        # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
        try {
            foreach ($entry in @(Get-CoexistJournalEntry -Path 'inboundConnectors[0]' -Kind 'InboundConnector' -Action 'changed')) {
                $guid = [string]$entry.guid
                $found = @(Get-InboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
                if ($found.Count -eq 0) {
                    Write-Host ('inboundConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
                } else {
                    $restore = Get-CoexistRestore -Entry $entry -Property 'SenderDomains','ConnectorType','Enabled','TlsSenderCertificateName','TreatMessagesAsInternal'
                    if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('inboundConnectors[0] Inbound from Domino', 'Set-InboundConnector')) {
                        Set-InboundConnector -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                    }
                }
            }
            foreach ($entry in @(Get-CoexistJournalEntry -Path 'inboundConnectors[0]' -Kind 'InboundConnector' -Action 'created')) {
                $guid = [string]$entry.guid
                $found = @(Get-InboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
                if ($found.Count -eq 0) {
                    Write-Host ('inboundConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
                } elseif ($PSCmdlet.ShouldProcess('inboundConnectors[0] Inbound from Domino', 'Remove-InboundConnector')) {
                    Remove-InboundConnector -Identity $guid -ErrorAction Stop -Confirm:$false
                }
            }
        } catch {
            throw ('inboundConnectors[0]: ' + $_.Exception.Message)
        }
        # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
        try {
            foreach ($entry in @(Get-CoexistJournalEntry -Path 'outboundConnectors[0]' -Kind 'OutboundConnector' -Action 'changed')) {
                $guid = [string]$entry.guid
                $found = @(Get-OutboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
                if ($found.Count -eq 0) {
                    Write-Host ('outboundConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
                } else {
                    $restore = Get-CoexistRestore -Entry $entry -Property 'ConnectorType','Enabled','RecipientDomains','SmartHosts','TlsSettings','UseMXRecord'
                    if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('outboundConnectors[0] Outbound to Domino', 'Set-OutboundConnector')) {
                        Set-OutboundConnector -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                    }
                }
            }
            foreach ($entry in @(Get-CoexistJournalEntry -Path 'outboundConnectors[0]' -Kind 'OutboundConnector' -Action 'created')) {
                $guid = [string]$entry.guid
                $found = @(Get-OutboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
                if ($found.Count -eq 0) {
                    Write-Host ('outboundConnectors[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
                } elseif ($PSCmdlet.ShouldProcess('outboundConnectors[0] Outbound to Domino', 'Remove-OutboundConnector')) {
                    Remove-OutboundConnector -Identity $guid -ErrorAction Stop -Confirm:$false
                }
            }
        } catch {
            throw ('outboundConnectors[0]: ' + $_.Exception.Message)
        }
        # acceptedDomains[1]: never removed, the configuration script only checks it
        # acceptedDomains[1] | guide 7.1.2 Create a New Accepted Domain
        try {
            foreach ($entry in @(Get-CoexistJournalEntry -Path 'acceptedDomains[1]' -Kind 'AcceptedDomain' -Action 'changed')) {
                $guid = [string]$entry.guid
                $found = @(Get-AcceptedDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
                if ($found.Count -eq 0) {
                    Write-Host ('acceptedDomains[1]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
                } else {
                    $restore = Get-CoexistRestore -Entry $entry -Property 'DomainType'
                    if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'Set-AcceptedDomain')) {
                        Set-AcceptedDomain -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                    }
                }
            }
        } catch {
            throw ('acceptedDomains[1]: ' + $_.Exception.Message)
        }
        # acceptedDomains[0]: never removed, the configuration script only checks it
        # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
        try {
            foreach ($entry in @(Get-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Action 'changed')) {
                $guid = [string]$entry.guid
                $found = @(Get-RemoteDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
                if ($found.Count -eq 0) {
                    Write-Host ('remoteDomains[0]: ' + $entry.identity + ' (' + $guid + ') no longer exists')
                } else {
                    $restore = Get-CoexistRestore -Entry $entry -Property 'AllowedOOFType','DeliveryReportEnabled','TNEFEnabled','TrustedMailInboundEnabled'
                    if ($restore.Count -gt 0 -and $PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Set-RemoteDomain')) {
                        Set-RemoteDomain -Identity $guid @restore -ErrorAction Stop -Confirm:$false
                    }
                }
            }
            foreach ($entry in @(Get-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Action 'created')) {
                $guid = [string]$entry.guid
                $found = @(Get-RemoteDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.Guid -eq $guid })
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
        Disconnect-ExchangeOnline -ErrorAction Stop -Confirm:$false
    }
} finally {
    if ($TranscriptPath) {
        Stop-Transcript
    }
}
