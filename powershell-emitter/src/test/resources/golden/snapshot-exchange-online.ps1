#Requires -Version 5.1
<#
.SYNOPSIS
    Reads every object coexist models in this Exchange Online organisation and writes them
    to one JSON document for coexist diff and coexist import:
    remote domains, accepted domains, email address policies, inbound connectors, outbound connectors.

.DESCRIPTION
    Read-only: the script calls Get- cmdlets only and changes nothing in the organisation.
    Each kind is read by one cmdlet with -ErrorAction Stop; a kind that cannot be read is written
    with the error, so it counts as unknown, never as empty. Every value is reduced to one form:
    null stays null, booleans and numbers stay, collections become lists of their string forms,
    anything else its string form (as Exchange prints it). Runs in Windows PowerShell 5.1 and
    PowerShell 7. The document's format: docs/snapshot-format.md.

.PARAMETER OutputPath
    Where the JSON document is written (UTF-8, no byte order mark).

.EXAMPLE
    .\snapshot-exchange-online.ps1 -OutputPath .\snapshot.json
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string] $OutputPath
)

$ErrorActionPreference = 'Stop'
$invariant = [System.Globalization.CultureInfo]::InvariantCulture
$started = [DateTime]::UtcNow
$clock = [System.Diagnostics.Stopwatch]::StartNew()
$warnings = [System.Collections.Generic.List[string]]::new()

# The kinds coexist models that exist in this environment: plan key, then the cmdlet that lists them.
$kindList = @(
    ,@('remoteDomains', 'Get-RemoteDomain')
    ,@('acceptedDomains', 'Get-AcceptedDomain')
    ,@('emailAddressPolicies', 'Get-EmailAddressPolicy')
    ,@('inboundConnectors', 'Get-InboundConnector')
    ,@('outboundConnectors', 'Get-OutboundConnector')
)

function ConvertTo-CoexistRecord {
    param($InputObject, [string] $Kind)
    $record = [ordered]@{}
    foreach ($property in $InputObject.PSObject.Properties) {
        try {
            $value = $property.Value
        } catch {
            # A property whose getter fails is left out (not reported), and said so.
            $warnings.Add($Kind + ': ' + [string]$InputObject + '.' + $property.Name + ': ' + $_.Exception.Message)
            continue
        }
        if ($null -eq $value -or $value -is [bool] -or $value -is [string]) {
            $record[$property.Name] = $value
        } elseif ($value -is [datetime]) {
            $record[$property.Name] = $value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $invariant)
        } elseif ($value -is [int] -or $value -is [long] -or $value -is [int16] -or $value -is [byte] -or
                  $value -is [sbyte] -or $value -is [uint16] -or $value -is [uint32] -or $value -is [uint64] -or
                  $value -is [double] -or $value -is [single] -or $value -is [decimal]) {
            $record[$property.Name] = $value
        } elseif ($value -is [System.Collections.IEnumerable] -and $value -isnot [System.Collections.IDictionary]) {
            $items = [System.Collections.Generic.List[string]]::new()
            foreach ($item in $value) {
                if ($null -ne $item) {
                    $items.Add([string]$item)
                }
            }
            $record[$property.Name] = $items.ToArray()
        } else {
            $record[$property.Name] = [string]$value
        }
    }
    return $record
}

$kinds = [ordered]@{}
foreach ($entry in $kindList) {
    $key = $entry[0]
    try {
        $command = Get-Command -Name $entry[1] -ErrorAction Stop
        $objects = [System.Collections.Generic.List[object]]::new()
        foreach ($item in @(& $command -ErrorAction Stop)) {
            $objects.Add((ConvertTo-CoexistRecord -InputObject $item -Kind $key))
        }
        $kinds[$key] = [ordered]@{ objects = $objects.ToArray() }
        Write-Host ($key + ': ' + $objects.Count + ' read')
    } catch {
        $message = ($_.Exception.Message -replace '\s+', ' ').Trim()
        $kinds[$key] = [ordered]@{ error = $message }
        Write-Warning ($key + ': not read (' + $message + '); it counts as unknown, not empty')
    }
}

$document = [ordered]@{
    format = 'coexist-snapshot'
    formatVersion = 1
    environment = 'exchange-online'
    takenAt = $started.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $invariant)
    elapsedMilliseconds = [long]$clock.ElapsedMilliseconds
    kinds = $kinds
}
if ($warnings.Count -gt 0) {
    $document['warnings'] = $warnings.ToArray()
}
$json = ConvertTo-Json -InputObject $document -Depth 10
$path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputPath)
[System.IO.File]::WriteAllText($path, $json, [System.Text.UTF8Encoding]::new($false))
Write-Host ('wrote ' + $path)
