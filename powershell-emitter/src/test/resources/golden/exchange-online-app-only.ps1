# coexist: Exchange Online configuration for Domino coexistence (Integration for Notes BTCal)
# Organization: Contoso
# Generated from the plan by coexist: change the plan and generate again, do not edit.
# Needs the ExchangeOnlineManagement module (Install-Module ExchangeOnlineManagement).
# -WhatIf previews every change, -Confirm asks before each one.
# Each object is looked up first: created when absent, else changed where it differs
# from the plan, so a second run changes nothing. Any failing cmdlet stops the run
# with the object's plan path. Every creation and every previous value is recorded
# in the journal (-JournalPath); at the end each object is read again and compared
# with the plan: one line per object, and the run fails when any differs.
# -TranscriptPath FILE logs the run. Each block follows one comment naming its plan
# path and guide step (docs/guide-map.md).
#Requires -Version 5.1
#Requires -Modules ExchangeOnlineManagement
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
    # connection | guide 7.1 connect to Exchange Online
    Connect-ExchangeOnline -AppId '6f0c1f5e-2b7d-4d3a-9a51-0c2a5b1e9d11' -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false -ErrorAction Stop
    try {
        # remoteDomains[0] | guide 7.1.1 Create a New Remote Domain
        try {
            $remoteDomains0 = @(Get-RemoteDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
            if ($remoteDomains0.Count -eq 0) {
                if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'New-RemoteDomain')) {
                    New-RemoteDomain -Name 'domino.contoso.com' -DomainName 'domino.contoso.com' -ErrorAction Stop -Confirm:$false
                    $remoteDomains0 = @(Get-RemoteDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
                    for ($attempt = 1; $remoteDomains0.Count -eq 0; $attempt++) {
                        if ($attempt -ge 12) {
                            throw 'the new object is not visible after 12 lookups 10 seconds apart; run the script again later'
                        }
                        Start-Sleep -Seconds 10
                        $remoteDomains0 = @(Get-RemoteDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
                    }
                    Add-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Identity 'domino.contoso.com' -Found $remoteDomains0 -Created
                    Set-RemoteDomain -Identity ([string]$remoteDomains0[0].Guid) -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -ErrorAction Stop -Confirm:$false
                }
            } else {
                Write-CoexistNameCheck -Target 'remoteDomains[0] domino.contoso.com' -Found $remoteDomains0 -Name 'domino.contoso.com'
                $CoexistDiffers = $null
                Compare-CoexistValue -Found $remoteDomains0 -Property 'AllowedOOFType' -Form 'text' -Expected InternalLegacy
                Compare-CoexistValue -Found $remoteDomains0 -Property 'DeliveryReportEnabled' -Form 'text' -Expected $true
                Compare-CoexistValue -Found $remoteDomains0 -Property 'TNEFEnabled' -Form 'text' -Expected $false
                Compare-CoexistValue -Found $remoteDomains0 -Property 'TrustedMailInboundEnabled' -Form 'text' -Expected $false
                if (@($CoexistDiffers).Count -gt 0) {
                    if ($PSCmdlet.ShouldProcess('remoteDomains[0] domino.contoso.com', 'Set-RemoteDomain')) {
                        Add-CoexistJournalEntry -Path 'remoteDomains[0]' -Kind 'RemoteDomain' -Identity 'domino.contoso.com' -Found $remoteDomains0 -Previous 'AllowedOOFType','DeliveryReportEnabled','TNEFEnabled','TrustedMailInboundEnabled'
                        Set-RemoteDomain -Identity ([string]$remoteDomains0[0].Guid) -AllowedOOFType InternalLegacy -DeliveryReportEnabled $true -TNEFEnabled $false -TrustedMailInboundEnabled $false -ErrorAction Stop -Confirm:$false
                    }
                }
            }
        } catch {
            throw ('remoteDomains[0]: ' + $_.Exception.Message)
        }
        # acceptedDomains[0] | guide 7.1.2 Create a New Accepted Domain
        try {
            $acceptedDomains0 = @(Get-AcceptedDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'contoso.com' })
            if ($acceptedDomains0.Count -eq 0) {
                throw 'AcceptedDomain contoso.com is missing; Exchange Online has no New-AcceptedDomain (E6): add and verify the domain in the Microsoft 365 admin center, then run this script again'
            } else {
                Write-CoexistNameCheck -Target 'acceptedDomains[0] contoso.com' -Found $acceptedDomains0 -Name 'contoso.com'
            }
        } catch {
            throw ('acceptedDomains[0]: ' + $_.Exception.Message)
        }
        # acceptedDomains[1] | guide 7.1.2 Create a New Accepted Domain
        try {
            $acceptedDomains1 = @(Get-AcceptedDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'exch.contoso.com' })
            if ($acceptedDomains1.Count -eq 0) {
                throw 'AcceptedDomain exch.contoso.com is missing; Exchange Online has no New-AcceptedDomain (E6): add and verify the domain in the Microsoft 365 admin center, then run this script again'
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
        # outboundConnectors[0] | guide 7.1.3 Create a Send Connector
        try {
            $outboundConnectors0 = @(Get-OutboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
            if ($outboundConnectors0.Count -eq 0) {
                if ($PSCmdlet.ShouldProcess('outboundConnectors[0] Outbound to Domino', 'New-OutboundConnector')) {
                    New-OutboundConnector -Name 'Outbound to Domino' -ConnectorType OnPremises -Enabled $true -RecipientDomains 'domino.contoso.com' -SmartHosts 'coex01.contoso.com','coex02.contoso.com' -TlsSettings EncryptionOnly -UseMXRecord $false -ErrorAction Stop -Confirm:$false
                    $outboundConnectors0 = @(Get-OutboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
                    for ($attempt = 1; $outboundConnectors0.Count -eq 0; $attempt++) {
                        if ($attempt -ge 12) {
                            throw 'the new object is not visible after 12 lookups 10 seconds apart; run the script again later'
                        }
                        Start-Sleep -Seconds 10
                        $outboundConnectors0 = @(Get-OutboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
                    }
                    Add-CoexistJournalEntry -Path 'outboundConnectors[0]' -Kind 'OutboundConnector' -Identity 'Outbound to Domino' -Found $outboundConnectors0 -Created
                }
            } else {
                $CoexistDiffers = $null
                Compare-CoexistValue -Found $outboundConnectors0 -Property 'ConnectorType' -Form 'text' -Expected OnPremises
                Compare-CoexistValue -Found $outboundConnectors0 -Property 'Enabled' -Form 'text' -Expected $true
                Compare-CoexistValue -Found $outboundConnectors0 -Property 'RecipientDomains' -Form 'address' -Expected 'domino.contoso.com'
                Compare-CoexistValue -Found $outboundConnectors0 -Property 'SmartHosts' -Form 'smarthost' -Expected 'coex01.contoso.com','coex02.contoso.com'
                Compare-CoexistValue -Found $outboundConnectors0 -Property 'TlsSettings' -Form 'text' -Expected EncryptionOnly
                Compare-CoexistValue -Found $outboundConnectors0 -Property 'UseMXRecord' -Form 'text' -Expected $false
                if (@($CoexistDiffers).Count -gt 0) {
                    if ($PSCmdlet.ShouldProcess('outboundConnectors[0] Outbound to Domino', 'Set-OutboundConnector')) {
                        Add-CoexistJournalEntry -Path 'outboundConnectors[0]' -Kind 'OutboundConnector' -Identity 'Outbound to Domino' -Found $outboundConnectors0 -Previous 'ConnectorType','Enabled','RecipientDomains','SmartHosts','TlsSettings','UseMXRecord'
                        Set-OutboundConnector -Identity 'Outbound to Domino' -ConnectorType OnPremises -Enabled $true -RecipientDomains 'domino.contoso.com' -SmartHosts 'coex01.contoso.com','coex02.contoso.com' -TlsSettings EncryptionOnly -UseMXRecord $false -ErrorAction Stop -Confirm:$false
                    }
                }
            }
        } catch {
            throw ('outboundConnectors[0]: ' + $_.Exception.Message)
        }
        # inboundConnectors[0] | guide 7.1.4 Create a Receive Connector
        try {
            $inboundConnectors0 = @(Get-InboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
            if ($inboundConnectors0.Count -eq 0) {
                if ($PSCmdlet.ShouldProcess('inboundConnectors[0] Inbound from Domino', 'New-InboundConnector')) {
                    New-InboundConnector -Name 'Inbound from Domino' -SenderDomains 'contoso.com','domino.contoso.com' -ConnectorType OnPremises -Enabled $true -TlsSenderCertificateName 'coex.contoso.com' -TreatMessagesAsInternal $false -ErrorAction Stop -Confirm:$false
                    $inboundConnectors0 = @(Get-InboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
                    for ($attempt = 1; $inboundConnectors0.Count -eq 0; $attempt++) {
                        if ($attempt -ge 12) {
                            throw 'the new object is not visible after 12 lookups 10 seconds apart; run the script again later'
                        }
                        Start-Sleep -Seconds 10
                        $inboundConnectors0 = @(Get-InboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
                    }
                    Add-CoexistJournalEntry -Path 'inboundConnectors[0]' -Kind 'InboundConnector' -Identity 'Inbound from Domino' -Found $inboundConnectors0 -Created
                }
            } else {
                $CoexistDiffers = $null
                Compare-CoexistValue -Found $inboundConnectors0 -Property 'SenderDomains' -Form 'address' -Expected 'contoso.com','domino.contoso.com'
                Compare-CoexistValue -Found $inboundConnectors0 -Property 'ConnectorType' -Form 'text' -Expected OnPremises
                Compare-CoexistValue -Found $inboundConnectors0 -Property 'Enabled' -Form 'text' -Expected $true
                Compare-CoexistValue -Found $inboundConnectors0 -Property 'TlsSenderCertificateName' -Form 'text' -Expected 'coex.contoso.com'
                Compare-CoexistValue -Found $inboundConnectors0 -Property 'TreatMessagesAsInternal' -Form 'text' -Expected $false
                if (@($CoexistDiffers).Count -gt 0) {
                    if ($PSCmdlet.ShouldProcess('inboundConnectors[0] Inbound from Domino', 'Set-InboundConnector')) {
                        Add-CoexistJournalEntry -Path 'inboundConnectors[0]' -Kind 'InboundConnector' -Identity 'Inbound from Domino' -Found $inboundConnectors0 -Previous 'SenderDomains','ConnectorType','Enabled','TlsSenderCertificateName','TreatMessagesAsInternal'
                        Set-InboundConnector -Identity 'Inbound from Domino' -SenderDomains 'contoso.com','domino.contoso.com' -ConnectorType OnPremises -Enabled $true -TlsSenderCertificateName 'coex.contoso.com' -TreatMessagesAsInternal $false -ErrorAction Stop -Confirm:$false
                    }
                }
            }
        } catch {
            throw ('inboundConnectors[0]: ' + $_.Exception.Message)
        }
        # remoteDomains[0] | check the result
        try {
            $remoteDomains0 = @(Get-RemoteDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'domino.contoso.com' })
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $remoteDomains0 -Property 'AllowedOOFType' -Form 'text' -Expected InternalLegacy
            Compare-CoexistValue -Found $remoteDomains0 -Property 'DeliveryReportEnabled' -Form 'text' -Expected $true
            Compare-CoexistValue -Found $remoteDomains0 -Property 'TNEFEnabled' -Form 'text' -Expected $false
            Compare-CoexistValue -Found $remoteDomains0 -Property 'TrustedMailInboundEnabled' -Form 'text' -Expected $false
            Write-CoexistCheck -Target 'remoteDomains[0] domino.contoso.com' -Found $remoteDomains0 -Property 'DomainName','AllowedOOFType','DeliveryReportEnabled','TNEFEnabled','TrustedMailInboundEnabled'
        } catch {
            throw ('remoteDomains[0]: ' + $_.Exception.Message)
        }
        # acceptedDomains[0] | check the result
        try {
            $acceptedDomains0 = @(Get-AcceptedDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'contoso.com' })
            $CoexistDiffers = $null
            Write-CoexistCheck -Target 'acceptedDomains[0] contoso.com' -Found $acceptedDomains0 -Property 'DomainName'
        } catch {
            throw ('acceptedDomains[0]: ' + $_.Exception.Message)
        }
        # acceptedDomains[1] | check the result
        try {
            $acceptedDomains1 = @(Get-AcceptedDomain -ResultSize Unlimited -ErrorAction Stop | Where-Object { [string]$_.DomainName -eq 'exch.contoso.com' })
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $acceptedDomains1 -Property 'DomainType' -Form 'text' -Expected Authoritative
            Write-CoexistCheck -Target 'acceptedDomains[1] exch.contoso.com' -Found $acceptedDomains1 -Property 'DomainName','DomainType'
        } catch {
            throw ('acceptedDomains[1]: ' + $_.Exception.Message)
        }
        # outboundConnectors[0] | check the result
        try {
            $outboundConnectors0 = @(Get-OutboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Outbound to Domino' })
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $outboundConnectors0 -Property 'ConnectorType' -Form 'text' -Expected OnPremises
            Compare-CoexistValue -Found $outboundConnectors0 -Property 'Enabled' -Form 'text' -Expected $true
            Compare-CoexistValue -Found $outboundConnectors0 -Property 'RecipientDomains' -Form 'address' -Expected 'domino.contoso.com'
            Compare-CoexistValue -Found $outboundConnectors0 -Property 'SmartHosts' -Form 'smarthost' -Expected 'coex01.contoso.com','coex02.contoso.com'
            Compare-CoexistValue -Found $outboundConnectors0 -Property 'TlsSettings' -Form 'text' -Expected EncryptionOnly
            Compare-CoexistValue -Found $outboundConnectors0 -Property 'UseMXRecord' -Form 'text' -Expected $false
            Write-CoexistCheck -Target 'outboundConnectors[0] Outbound to Domino' -Found $outboundConnectors0 -Property 'Name','ConnectorType','Enabled','RecipientDomains','SmartHosts','TlsSettings','UseMXRecord'
        } catch {
            throw ('outboundConnectors[0]: ' + $_.Exception.Message)
        }
        # inboundConnectors[0] | check the result
        try {
            $inboundConnectors0 = @(Get-InboundConnector -ResultSize Unlimited -ErrorAction Stop | Where-Object { $_.Name -eq 'Inbound from Domino' })
            $CoexistDiffers = $null
            Compare-CoexistValue -Found $inboundConnectors0 -Property 'SenderDomains' -Form 'address' -Expected 'contoso.com','domino.contoso.com'
            Compare-CoexistValue -Found $inboundConnectors0 -Property 'ConnectorType' -Form 'text' -Expected OnPremises
            Compare-CoexistValue -Found $inboundConnectors0 -Property 'Enabled' -Form 'text' -Expected $true
            Compare-CoexistValue -Found $inboundConnectors0 -Property 'TlsSenderCertificateName' -Form 'text' -Expected 'coex.contoso.com'
            Compare-CoexistValue -Found $inboundConnectors0 -Property 'TreatMessagesAsInternal' -Form 'text' -Expected $false
            Write-CoexistCheck -Target 'inboundConnectors[0] Inbound from Domino' -Found $inboundConnectors0 -Property 'Name','SenderDomains','ConnectorType','Enabled','TlsSenderCertificateName','TreatMessagesAsInternal'
        } catch {
            throw ('inboundConnectors[0]: ' + $_.Exception.Message)
        }
        # script | script safety
        if ($CoexistOutOfSync) {
            throw 'Exchange differs from the plan after this run: see the lines above'
        }
    } finally {
        Disconnect-ExchangeOnline -ErrorAction Stop -Confirm:$false
    }
} finally {
    if ($TranscriptPath) {
        Stop-Transcript
    }
}
