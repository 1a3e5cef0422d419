# coexist: Exchange Server configuration for Domino coexistence (Integration for Notes BTCal)
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Run it in the Exchange Management Shell (Windows PowerShell 5.1).
# -WhatIf previews every change, -Confirm asks before each one.
# Each object is looked up first: created when absent, else changed where it differs
# from the plan, so a second run changes nothing. Any failing cmdlet stops the run
# with the object's plan path. Every creation and every previous value is recorded
# in the journal (-JournalPath); at the end each object is read again and compared
# with the plan: one line per object, and the run fails when any differs.
# -TranscriptPath FILE logs the run. Each block follows one comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param(
    # Optional: the journal of what this script creates and changes (default: next to the transcript, else next to the script, .journal.json).
    [string] $JournalPath,
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
function ConvertTo-CoexistJournalValue {
    param([object] $Value)
    if ($null -eq $Value -or $Value -is [bool]) {
        return $Value
    }
    if ($Value -is [System.Collections.IEnumerable] -and $Value -isnot [string]) {
        $list = [string[]]@(foreach ($element in $Value) { ConvertTo-CoexistJournalValue $element })
        if ($list.Count -eq 0) {
            return $null
        }
        return ,$list
    }
    $text = [string]$Value
    if ($text -match '^[^(]*\(([0-9,. ]+) bytes\)$') {
        return ($Matches[1] -replace '[^0-9]', '')
    }
    return $text
}
function Add-CoexistJournalEntry {
    param([string] $Path, [string] $Kind, [string] $Identity, [object[]] $Found, [string[]] $Previous, [switch] $Created)
    $object = $Found[0]
    $entry = [ordered]@{ path = $Path; kind = $Kind; identity = $Identity; guid = [string]$object.Guid; action = 'changed' }
    if ($Created) {
        $entry.action = 'created'
    } else {
        $values = [ordered]@{}
        foreach ($name in $Previous) {
            $property = $object.PSObject.Properties[$name]
            if ($null -ne $property) {
                $values[$name] = ConvertTo-CoexistJournalValue $property.Value
            }
        }
        $entry.previous = $values
    }
    $script:CoexistJournal = [object[]]@($script:CoexistJournal) + @([pscustomobject]$entry)
    $json = ConvertTo-Json -InputObject ([ordered]@{ format = 'coexist-journal/1'; entries = [object[]]$script:CoexistJournal }) -Depth 8
    [System.IO.File]::WriteAllText($script:CoexistJournalFile, $json, (New-Object System.Text.UTF8Encoding $false))
}
function ConvertTo-CoexistForm {
    param([object] $Value, [string] $Form)
    $items = @(foreach ($element in @($Value)) { if ($null -ne $element) { [string]$element } })
    if ($Form -eq 'flags') {
        $items = @(foreach ($element in $items) { $element -split ',' })
    }
    $out = @(foreach ($element in $items) {
        $text = $element.Trim()
        if ($Form -eq 'exact') {
            $text
        } elseif ($Form -eq 'template' -and $text -match '^([A-Za-z0-9]+:)(.*)$') {
            $Matches[1] + $Matches[2].ToLowerInvariant()
        } elseif ($Form -eq 'size' -and $text -match '\(([0-9,. ]+) bytes\)') {
            $Matches[1] -replace '[^0-9]', ''
        } elseif ($Form -eq 'smarthost') {
            $text.Trim('[', ']').ToLowerInvariant()
        } elseif ($Form -eq 'address') {
            $address = $text.ToLowerInvariant()
            if ($address -notmatch '^[a-z0-9]+:') {
                $address = 'smtp:' + $address
            }
            if ($address -notmatch ';[0-9]+$') {
                $address = $address + ';1'
            }
            $address
        } else {
            $text.ToLowerInvariant()
        }
    })
    return ,[string[]]@($out | Sort-Object -Unique -CaseSensitive)
}
function Compare-CoexistValue {
    param([object[]] $Found, [string] $Property, [string] $Form, [object] $Expected)
    if ($Found.Count -eq 0) {
        return
    }
    $actual = $Found[0].PSObject.Properties[$Property]
    if ($null -eq $actual) {
        $script:CoexistDiffers = @($script:CoexistDiffers) + @($Property + ' (not shown)')
        return
    }
    $have = (ConvertTo-CoexistForm $actual.Value $Form) -join [char]10
    $want = (ConvertTo-CoexistForm $Expected $Form) -join [char]10
    if ($have -cne $want) {
        $script:CoexistDiffers = @($script:CoexistDiffers) + @($Property)
    }
}
function Write-CoexistNameCheck {
    param([string] $Target, [object[]] $Found, [string] $Name)
    if ([string]$Found[0].Name -ne $Name) {
        Write-Warning ($Target + ': found under the name ' + [string]$Found[0].Name + '; the plan names it ' + $Name + ' (not renamed, not created twice)')
    }
}
function Write-CoexistCheck {
    param([string] $Target, [object[]] $Found, [string[]] $Property)
    if ($WhatIfPreference) {
        Write-Host ('What if: would check ' + $Target + ': ' + ($Property -join ', '))
    } elseif ($Found.Count -eq 0) {
        $script:CoexistOutOfSync = $true
        Write-Host ($Target + ': missing')
    } elseif (@($script:CoexistDiffers).Count -gt 0) {
        $script:CoexistOutOfSync = $true
        Write-Host ($Target + ': differs: ' + (@($script:CoexistDiffers) -join ', '))
    } else {
        Write-Host ($Target + ': in sync')
    }
}
# script | script safety
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
if ($TranscriptPath) {
    Start-Transcript -LiteralPath $TranscriptPath -Append -WhatIf:$false -Confirm:$false
}
try {
    Initialize-CoexistJournal
    $CoexistOutOfSync = $false
    $CoexistDiffers = $null
    # remoteDomains[0] | guide 7.2.1 Create a New Remote Domain
    try {
        $remoteDomains0 = @(Get-RemoteDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
        if ($remoteDomains0.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'New-RemoteDomain')) {
                New-RemoteDomain -Name 'domino.contoso.com' -DomainName 'domino.contoso.com' -ErrorAction Stop -Confirm:$false
                $remoteDomains0 = @(Get-RemoteDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
                for ($attempt = 1; $remoteDomains0.Count -eq 0; $attempt++) {
                    if ($attempt -ge 6) {
                        throw 'the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 5
                    $remoteDomains0 = @(Get-RemoteDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
                }
                Add-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Identity 'domino.contoso.com' -Found $remoteDomains0 -Created
                Set-RemoteDomain -Identity ([string]$remoteDomains0[0].Guid) -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -TrustedMailOutboundEnabled $true -ErrorAction Stop -Confirm:$false
            }
        } else {
            Write-CoexistNameCheck -Target 'remoteDomains[0] domino.contoso.com' -Found $remoteDomains0 -Name 'domino.contoso.com'
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $remoteDomains0 -Property 'AllowedOOFType' -Form 'text' -Expected InternalLegacy
            Compare-CoexistValue -Found $remoteDomains0 -Property 'DeliveryReportEnabled' -Form 'text' -Expected $true
            Compare-CoexistValue -Found $remoteDomains0 -Property 'TNEFEnabled' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $remoteDomains0 -Property 'TrustedMailInboundEnabled' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $remoteDomains0 -Property 'TrustedMailOutboundEnabled' -Form 'text' -Expected $true
            if (@($CoexistDiffers).Count -gt 0) {
                if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Set-RemoteDomain')) {
                    Add-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Identity 'domino.contoso.com' -Found $remoteDomains0 -Previous 'AllowedOOFType','DeliveryReportEnabled','TNEFEnabled','TrustedMailInboundEnabled','TrustedMailOutboundEnabled'
                    Set-RemoteDomain -Identity ([string]$remoteDomains0[0].Guid) -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -TrustedMailOutboundEnabled $true -ErrorAction Stop -Confirm:$false
                }
            }
        }
    } catch {
        throw ('remoteDomains[0]: ' + $_.Exception.Message)
    }
    # acceptedDomains[0] | guide 7.2.2 Create a New Accepted Domain
    try {
        $acceptedDomains0 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'contoso.com' })
        if ($acceptedDomains0.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess('acceptedDomains[0] contoso.com', 'New-AcceptedDomain')) {
                New-AcceptedDomain -Name 'contoso.com' -DomainName 'contoso.com' -ErrorAction Stop -Confirm:$false
                $acceptedDomains0 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'contoso.com' })
                for ($attempt = 1; $acceptedDomains0.Count -eq 0; $attempt++) {
                    if ($attempt -ge 6) {
                        throw 'the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 5
                    $acceptedDomains0 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'contoso.com' })
                }
                Add-CoexistJournalEntry -Path 'acceptedDomains[0]' -Kind 'AcceptedDomain' -Identity 'contoso.com' -Found $acceptedDomains0 -Created
            }
        } else {
            Write-CoexistNameCheck -Target 'acceptedDomains[0] contoso.com' -Found $acceptedDomains0 -Name 'contoso.com'
        }
    } catch {
        throw ('acceptedDomains[0]: ' + $_.Exception.Message)
    }
    # acceptedDomains[1] | guide 7.2.2 Create a New Accepted Domain
    try {
        $acceptedDomains1 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'exch.contoso.com' })
        if ($acceptedDomains1.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'New-AcceptedDomain')) {
                New-AcceptedDomain -Name 'exch.contoso.com' -DomainName 'exch.contoso.com' -DomainType Authoritative -ErrorAction Stop -Confirm:$false
                $acceptedDomains1 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'exch.contoso.com' })
                for ($attempt = 1; $acceptedDomains1.Count -eq 0; $attempt++) {
                    if ($attempt -ge 6) {
                        throw 'the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 5
                    $acceptedDomains1 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'exch.contoso.com' })
                }
                Add-CoexistJournalEntry -Path 'acceptedDomains[1]' -Kind 'AcceptedDomain' -Identity 'exch.contoso.com' -Found $acceptedDomains1 -Created
            }
        } else {
            Write-CoexistNameCheck -Target 'acceptedDomains[1] exch.contoso.com' -Found $acceptedDomains1 -Name 'exch.contoso.com'
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $acceptedDomains1 -Property 'DomainType' -Form 'text' -Expected Authoritative
            if (@($CoexistDiffers).Count -gt 0) {
                if ($PSCmdlet.ShouldProcess('acceptedDomains[1] exch.contoso.com', 'Set-AcceptedDomain')) {
                    Add-CoexistJournalEntry -Path 'acceptedDomains[1]' -Kind 'AcceptedDomain' -Identity 'exch.contoso.com' -Found $acceptedDomains1 -Previous 'DomainType'
                    Set-AcceptedDomain -Identity ([string]$acceptedDomains1[0].Guid) -DomainType Authoritative -ErrorAction Stop -Confirm:$false
                }
            }
        }
    } catch {
        throw ('acceptedDomains[1]: ' + $_.Exception.Message)
    }
    # emailAddressPolicies[0] | guide 7.2.3 Email Address Policy
    try {
        $emailAddressPolicies0 = @(Get-EmailAddressPolicy -ErrorAction Stop | Where-Object { $_.Name -eq 'Exchange Users' })
        if ($emailAddressPolicies0.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess('emailAddressPolicies[0] Exchange Users', 'New-EmailAddressPolicy')) {
                New-EmailAddressPolicy -Name 'Exchange Users' -EnabledEmailAddressTemplates 'SMTP:%m@contoso.com','smtp:%m@exch.contoso.com' -IncludedRecipients 'MailboxUsers','Resources','MailGroups' -Priority '1' -ErrorAction Stop -Confirm:$false
                $emailAddressPolicies0 = @(Get-EmailAddressPolicy -ErrorAction Stop | Where-Object { $_.Name -eq 'Exchange Users' })
                for ($attempt = 1; $emailAddressPolicies0.Count -eq 0; $attempt++) {
                    if ($attempt -ge 6) {
                        throw 'the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 5
                    $emailAddressPolicies0 = @(Get-EmailAddressPolicy -ErrorAction Stop | Where-Object { $_.Name -eq 'Exchange Users' })
                }
                Add-CoexistJournalEntry -Path 'emailAddressPolicies[0]' -Kind 'EmailAddressPolicy' -Identity 'Exchange Users' -Found $emailAddressPolicies0 -Created
                Update-EmailAddressPolicy -Identity 'Exchange Users' -UpdateSecondaryAddressesOnly -ErrorAction Stop -Confirm:$false
            }
        } else {
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $emailAddressPolicies0 -Property 'EnabledEmailAddressTemplates' -Form 'template' -Expected 'SMTP:%m@contoso.com','smtp:%m@exch.contoso.com'
            Compare-CoexistValue -Found $emailAddressPolicies0 -Property 'IncludedRecipients' -Form 'flags' -Expected 'MailboxUsers','Resources','MailGroups'
            Compare-CoexistValue -Found $emailAddressPolicies0 -Property 'Priority' -Form 'text' -Expected '1'
            if (@($CoexistDiffers).Count -gt 0) {
                if ($PSCmdlet.ShouldProcess('emailAddressPolicies[0] Exchange Users', 'Set-EmailAddressPolicy')) {
                    Add-CoexistJournalEntry -Path 'emailAddressPolicies[0]' -Kind 'EmailAddressPolicy' -Identity 'Exchange Users' -Found $emailAddressPolicies0 -Previous 'EnabledEmailAddressTemplates','IncludedRecipients','Priority'
                    Set-EmailAddressPolicy -Identity 'Exchange Users' -EnabledEmailAddressTemplates 'SMTP:%m@contoso.com','smtp:%m@exch.contoso.com' -IncludedRecipients 'MailboxUsers','Resources','MailGroups' -Priority '1' -ErrorAction Stop -Confirm:$false
                    Update-EmailAddressPolicy -Identity 'Exchange Users' -UpdateSecondaryAddressesOnly -ErrorAction Stop -Confirm:$false
                }
            }
        }
    } catch {
        throw ('emailAddressPolicies[0]: ' + $_.Exception.Message)
    }
    # sendConnectors[0] | guide 7.2.4 Create a Send Connector
    try {
        $sendConnectors0 = @(Get-SendConnector -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
        if ($sendConnectors0.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess('sendConnectors[0] Outbound to Domino', 'New-SendConnector')) {
                New-SendConnector -Name 'Outbound to Domino' -AddressSpaces 'SMTP:domino.contoso.com;1' -DNSRoutingEnabled $false -IsScopedConnector $false -RequireTLS $false -SmartHosts '10.1.1.1','10.1.1.2' -SourceTransportServers 'EX01','EX02' -Usage Custom -ErrorAction Stop -Confirm:$false
                $sendConnectors0 = @(Get-SendConnector -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
                for ($attempt = 1; $sendConnectors0.Count -eq 0; $attempt++) {
                    if ($attempt -ge 6) {
                        throw 'the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 5
                    $sendConnectors0 = @(Get-SendConnector -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
                }
                Add-CoexistJournalEntry -Path 'sendConnectors[0]' -Kind 'SendConnector' -Identity 'Outbound to Domino' -Found $sendConnectors0 -Created
            }
        } else {
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $sendConnectors0 -Property 'AddressSpaces' -Form 'address' -Expected 'SMTP:domino.contoso.com;1'
            Compare-CoexistValue -Found $sendConnectors0 -Property 'DNSRoutingEnabled' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $sendConnectors0 -Property 'IsScopedConnector' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $sendConnectors0 -Property 'RequireTLS' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $sendConnectors0 -Property 'SmartHosts' -Form 'smarthost' -Expected '10.1.1.1','10.1.1.2'
            Compare-CoexistValue -Found $sendConnectors0 -Property 'SourceTransportServers' -Form 'text' -Expected 'EX01','EX02'
            if (@($CoexistDiffers).Count -gt 0) {
                if ($PSCmdlet.ShouldProcess('sendConnectors[0] Outbound to Domino', 'Set-SendConnector')) {
                    Add-CoexistJournalEntry -Path 'sendConnectors[0]' -Kind 'SendConnector' -Identity 'Outbound to Domino' -Found $sendConnectors0 -Previous 'AddressSpaces','DNSRoutingEnabled','IsScopedConnector','RequireTLS','SmartHosts','SourceTransportServers'
                    Set-SendConnector -Identity 'Outbound to Domino' -AddressSpaces 'SMTP:domino.contoso.com;1' -DNSRoutingEnabled $false -IsScopedConnector $false -RequireTLS $false -SmartHosts '10.1.1.1','10.1.1.2' -SourceTransportServers 'EX01','EX02' -ErrorAction Stop -Confirm:$false
                }
            }
        }
    } catch {
        throw ('sendConnectors[0]: ' + $_.Exception.Message)
    }
    # receiveConnectors[0] | guide 7.2.5 Create a Receive Connector
    try {
        $receiveConnectors0 = @(Get-ReceiveConnector -Server 'EX01' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
        if ($receiveConnectors0.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess('receiveConnectors[0] Inbound from Domino', 'New-ReceiveConnector')) {
                New-ReceiveConnector -Name 'Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -Server 'EX01' -TransportRole FrontendTransport -Usage Custom -ErrorAction Stop -Confirm:$false
                $receiveConnectors0 = @(Get-ReceiveConnector -Server 'EX01' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
                for ($attempt = 1; $receiveConnectors0.Count -eq 0; $attempt++) {
                    if ($attempt -ge 6) {
                        throw 'the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 5
                    $receiveConnectors0 = @(Get-ReceiveConnector -Server 'EX01' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
                }
                Add-CoexistJournalEntry -Path 'receiveConnectors[0]' -Kind 'ReceiveConnector' -Identity 'EX01\Inbound from Domino' -Found $receiveConnectors0 -Created
            }
        } else {
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $receiveConnectors0 -Property 'Bindings' -Form 'text' -Expected '0.0.0.0:25'
            Compare-CoexistValue -Found $receiveConnectors0 -Property 'RemoteIPRanges' -Form 'text' -Expected '10.1.1.1','10.1.1.2'
            Compare-CoexistValue -Found $receiveConnectors0 -Property 'AuthMechanism' -Form 'flags' -Expected 'Tls'
            Compare-CoexistValue -Found $receiveConnectors0 -Property 'PermissionGroups' -Form 'flags' -Expected 'AnonymousUsers'
            Compare-CoexistValue -Found $receiveConnectors0 -Property 'RequireTLS' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $receiveConnectors0 -Property 'TransportRole' -Form 'text' -Expected FrontendTransport
            if (@($CoexistDiffers).Count -gt 0) {
                if ($PSCmdlet.ShouldProcess('receiveConnectors[0] Inbound from Domino', 'Set-ReceiveConnector')) {
                    Add-CoexistJournalEntry -Path 'receiveConnectors[0]' -Kind 'ReceiveConnector' -Identity 'EX01\Inbound from Domino' -Found $receiveConnectors0 -Previous 'Bindings','RemoteIPRanges','AuthMechanism','PermissionGroups','RequireTLS','TransportRole'
                    Set-ReceiveConnector -Identity 'EX01\Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -TransportRole FrontendTransport -ErrorAction Stop -Confirm:$false
                }
            }
        }
    } catch {
        throw ('receiveConnectors[0]: ' + $_.Exception.Message)
    }
    # receiveConnectors[1] | guide 7.2.5 Create a Receive Connector
    try {
        $receiveConnectors1 = @(Get-ReceiveConnector -Server 'EX02' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
        if ($receiveConnectors1.Count -eq 0) {
            if ($PSCmdlet.ShouldProcess('receiveConnectors[1] Inbound from Domino', 'New-ReceiveConnector')) {
                New-ReceiveConnector -Name 'Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -Server 'EX02' -TransportRole FrontendTransport -Usage Custom -ErrorAction Stop -Confirm:$false
                $receiveConnectors1 = @(Get-ReceiveConnector -Server 'EX02' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
                for ($attempt = 1; $receiveConnectors1.Count -eq 0; $attempt++) {
                    if ($attempt -ge 6) {
                        throw 'the new object is not visible after 6 lookups 5 seconds apart; run the script again later'
                    }
                    Start-Sleep -Seconds 5
                    $receiveConnectors1 = @(Get-ReceiveConnector -Server 'EX02' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
                }
                Add-CoexistJournalEntry -Path 'receiveConnectors[1]' -Kind 'ReceiveConnector' -Identity 'EX02\Inbound from Domino' -Found $receiveConnectors1 -Created
            }
        } else {
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $receiveConnectors1 -Property 'Bindings' -Form 'text' -Expected '0.0.0.0:25'
            Compare-CoexistValue -Found $receiveConnectors1 -Property 'RemoteIPRanges' -Form 'text' -Expected '10.1.1.1','10.1.1.2'
            Compare-CoexistValue -Found $receiveConnectors1 -Property 'AuthMechanism' -Form 'flags' -Expected 'Tls'
            Compare-CoexistValue -Found $receiveConnectors1 -Property 'PermissionGroups' -Form 'flags' -Expected 'AnonymousUsers'
            Compare-CoexistValue -Found $receiveConnectors1 -Property 'RequireTLS' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $receiveConnectors1 -Property 'TransportRole' -Form 'text' -Expected FrontendTransport
            if (@($CoexistDiffers).Count -gt 0) {
                if ($PSCmdlet.ShouldProcess('receiveConnectors[1] Inbound from Domino', 'Set-ReceiveConnector')) {
                    Add-CoexistJournalEntry -Path 'receiveConnectors[1]' -Kind 'ReceiveConnector' -Identity 'EX02\Inbound from Domino' -Found $receiveConnectors1 -Previous 'Bindings','RemoteIPRanges','AuthMechanism','PermissionGroups','RequireTLS','TransportRole'
                    Set-ReceiveConnector -Identity 'EX02\Inbound from Domino' -Bindings '0.0.0.0:25' -RemoteIPRanges '10.1.1.1','10.1.1.2' -AuthMechanism 'Tls' -PermissionGroups 'AnonymousUsers' -RequireTLS $false -TransportRole FrontendTransport -ErrorAction Stop -Confirm:$false
                }
            }
        }
    } catch {
        throw ('receiveConnectors[1]: ' + $_.Exception.Message)
    }
    # remoteDomains[0] | check the result
    try {
        $remoteDomains0 = @(Get-RemoteDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
        $CoexistDiffers = $null
        Compare-CoexistValue -Found $remoteDomains0 -Property 'AllowedOOFType' -Form 'text' -Expected InternalLegacy
        Compare-CoexistValue -Found $remoteDomains0 -Property 'DeliveryReportEnabled' -Form 'text' -Expected $true
        Compare-CoexistValue -Found $remoteDomains0 -Property 'TNEFEnabled' -Form 'text' -Expected $false
        Compare-CoexistValue -Found $remoteDomains0 -Property 'TrustedMailInboundEnabled' -Form 'text' -Expected $false
        Compare-CoexistValue -Found $remoteDomains0 -Property 'TrustedMailOutboundEnabled' -Form 'text' -Expected $true
        Write-CoexistCheck -Target 'remoteDomains[0] domino.contoso.com' -Found $remoteDomains0 -Property 'DomainName','AllowedOOFType','DeliveryReportEnabled','TNEFEnabled','TrustedMailInboundEnabled','TrustedMailOutboundEnabled'
    } catch {
        throw ('remoteDomains[0]: ' + $_.Exception.Message)
    }
    # acceptedDomains[0] | check the result
    try {
        $acceptedDomains0 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'contoso.com' })
        $CoexistDiffers = $null
        Write-CoexistCheck -Target 'acceptedDomains[0] contoso.com' -Found $acceptedDomains0 -Property 'DomainName'
    } catch {
        throw ('acceptedDomains[0]: ' + $_.Exception.Message)
    }
    # acceptedDomains[1] | check the result
    try {
        $acceptedDomains1 = @(Get-AcceptedDomain -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'exch.contoso.com' })
        $CoexistDiffers = $null
        Compare-CoexistValue -Found $acceptedDomains1 -Property 'DomainType' -Form 'text' -Expected Authoritative
        Write-CoexistCheck -Target 'acceptedDomains[1] exch.contoso.com' -Found $acceptedDomains1 -Property 'DomainName','DomainType'
    } catch {
        throw ('acceptedDomains[1]: ' + $_.Exception.Message)
    }
    # emailAddressPolicies[0] | check the result
    try {
        $emailAddressPolicies0 = @(Get-EmailAddressPolicy -ErrorAction Stop | Where-Object { $_.Name -eq 'Exchange Users' })
        $CoexistDiffers = $null
        Compare-CoexistValue -Found $emailAddressPolicies0 -Property 'EnabledEmailAddressTemplates' -Form 'template' -Expected 'SMTP:%m@contoso.com','smtp:%m@exch.contoso.com'
        Compare-CoexistValue -Found $emailAddressPolicies0 -Property 'IncludedRecipients' -Form 'flags' -Expected 'MailboxUsers','Resources','MailGroups'
        Compare-CoexistValue -Found $emailAddressPolicies0 -Property 'Priority' -Form 'text' -Expected '1'
        Write-CoexistCheck -Target 'emailAddressPolicies[0] Exchange Users' -Found $emailAddressPolicies0 -Property 'Name','EnabledEmailAddressTemplates','IncludedRecipients','Priority'
    } catch {
        throw ('emailAddressPolicies[0]: ' + $_.Exception.Message)
    }
    # sendConnectors[0] | check the result
    try {
        $sendConnectors0 = @(Get-SendConnector -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
        $CoexistDiffers = $null
        Compare-CoexistValue -Found $sendConnectors0 -Property 'AddressSpaces' -Form 'address' -Expected 'SMTP:domino.contoso.com;1'
        Compare-CoexistValue -Found $sendConnectors0 -Property 'DNSRoutingEnabled' -Form 'text' -Expected $false
        Compare-CoexistValue -Found $sendConnectors0 -Property 'IsScopedConnector' -Form 'text' -Expected $false
        Compare-CoexistValue -Found $sendConnectors0 -Property 'RequireTLS' -Form 'text' -Expected $false
        Compare-CoexistValue -Found $sendConnectors0 -Property 'SmartHosts' -Form 'smarthost' -Expected '10.1.1.1','10.1.1.2'
        Compare-CoexistValue -Found $sendConnectors0 -Property 'SourceTransportServers' -Form 'text' -Expected 'EX01','EX02'
        Write-CoexistCheck -Target 'sendConnectors[0] Outbound to Domino' -Found $sendConnectors0 -Property 'Name','AddressSpaces','DNSRoutingEnabled','IsScopedConnector','RequireTLS','SmartHosts','SourceTransportServers'
    } catch {
        throw ('sendConnectors[0]: ' + $_.Exception.Message)
    }
    # receiveConnectors[0] | check the result
    try {
        $receiveConnectors0 = @(Get-ReceiveConnector -Server 'EX01' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
        $CoexistDiffers = $null
        Compare-CoexistValue -Found $receiveConnectors0 -Property 'Bindings' -Form 'text' -Expected '0.0.0.0:25'
        Compare-CoexistValue -Found $receiveConnectors0 -Property 'RemoteIPRanges' -Form 'text' -Expected '10.1.1.1','10.1.1.2'
        Compare-CoexistValue -Found $receiveConnectors0 -Property 'AuthMechanism' -Form 'flags' -Expected 'Tls'
        Compare-CoexistValue -Found $receiveConnectors0 -Property 'PermissionGroups' -Form 'flags' -Expected 'AnonymousUsers'
        Compare-CoexistValue -Found $receiveConnectors0 -Property 'RequireTLS' -Form 'text' -Expected $false
        Compare-CoexistValue -Found $receiveConnectors0 -Property 'TransportRole' -Form 'text' -Expected FrontendTransport
        Write-CoexistCheck -Target 'receiveConnectors[0] Inbound from Domino' -Found $receiveConnectors0 -Property 'Name','Bindings','RemoteIPRanges','AuthMechanism','PermissionGroups','RequireTLS','TransportRole'
    } catch {
        throw ('receiveConnectors[0]: ' + $_.Exception.Message)
    }
    # receiveConnectors[1] | check the result
    try {
        $receiveConnectors1 = @(Get-ReceiveConnector -Server 'EX02' -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
        $CoexistDiffers = $null
        Compare-CoexistValue -Found $receiveConnectors1 -Property 'Bindings' -Form 'text' -Expected '0.0.0.0:25'
        Compare-CoexistValue -Found $receiveConnectors1 -Property 'RemoteIPRanges' -Form 'text' -Expected '10.1.1.1','10.1.1.2'
        Compare-CoexistValue -Found $receiveConnectors1 -Property 'AuthMechanism' -Form 'flags' -Expected 'Tls'
        Compare-CoexistValue -Found $receiveConnectors1 -Property 'PermissionGroups' -Form 'flags' -Expected 'AnonymousUsers'
        Compare-CoexistValue -Found $receiveConnectors1 -Property 'RequireTLS' -Form 'text' -Expected $false
        Compare-CoexistValue -Found $receiveConnectors1 -Property 'TransportRole' -Form 'text' -Expected FrontendTransport
        Write-CoexistCheck -Target 'receiveConnectors[1] Inbound from Domino' -Found $receiveConnectors1 -Property 'Name','Bindings','RemoteIPRanges','AuthMechanism','PermissionGroups','RequireTLS','TransportRole'
    } catch {
        throw ('receiveConnectors[1]: ' + $_.Exception.Message)
    }
    # script | script safety
    if ($CoexistOutOfSync) {
        throw 'Exchange differs from the plan after this run: see the lines above'
    }
} finally {
    if ($TranscriptPath) {
        Stop-Transcript
    }
}
