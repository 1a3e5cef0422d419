package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The functions a script defines before its statements: the journal (issue 17, point 5) and the
 * comparison of what Exchange holds with the plan (point 4). Their text is constant: no plan value
 * is ever part of it, so they are written as they are here and called with literals.
 *
 * <p>They run in the script's own scope, so they honour its {@code $ErrorActionPreference = 'Stop'}
 * and need no {@code -ErrorAction} of their own; they call no Exchange cmdlet.
 *
 * <p>How values are compared ({@link #CONVERT_FORM}): each side is turned into a sorted set of
 * strings of one <em>form</em>, chosen by the attribute's value type, and the sets are compared
 * with {@code -ceq} (see {@code docs/plan-format.md}, "Checking the result"):
 *
 * <ul>
 *   <li>{@code text}: trimmed and lower-cased (Exchange compares names, domains, IP ranges,
 *       bindings, server names and enum values without regard to case);
 *   <li>{@code exact}: trimmed, case kept (free text such as a comment);
 *   <li>{@code flags}: every element split at commas first ({@code Tls, ExternalAuthoritative} as
 *       Exchange prints a flags enumeration), then as {@code text};
 *   <li>{@code address}: {@code smtp:contoso.com;1} as Exchange prints an address space and {@code
 *       contoso.com} as the plan writes it are the same value: a missing {@code type:} prefix reads
 *       as {@code smtp:}, a missing {@code ;cost} as {@code ;1}, then lower case;
 *   <li>{@code smarthost}: brackets around an IP address ({@code [10.1.1.1]}) dropped;
 *   <li>{@code template}: the prefix's case kept ({@code SMTP:} is the primary address, {@code
 *       smtp:} a secondary one), the rest lower-cased;
 *   <li>{@code size}: {@code 35 MB (36,700,160 bytes)} reads as its byte count {@code 36700160}
 *       (the plan's size is written as its byte count), {@code Unlimited} as {@code unlimited}.
 * </ul>
 *
 * <p>Windows PowerShell 5.1 and PowerShell 7 both run them: the journal is read and written with
 * {@code System.IO.File} in UTF-8 (5.1's {@code Set-Content} would write the ANSI code page), with
 * {@code ConvertTo-Json -InputObject ... -Depth 8} (the default depth of 2 would flatten the
 * previous values, and piping an array would unroll a journal of one entry), and lists are stored
 * as plain {@code [string[]]} arrays, which 5.1 does not turn into {@code {"value": ..., "Count":
 * ...}} objects; every list read back is wrapped in {@code @()}, so a journal of one entry is still
 * a list in both.
 */
public enum ScriptFunction {
  /**
   * {@code Initialize-CoexistJournal}: the journal's full path from {@code -JournalPath}, or next
   * to the transcript, or next to the script; with {@code -Read}, loads its entries (and stops when
   * there is none: nothing is removed without a journal).
   */
  INITIALIZE_JOURNAL(
      "Initialize-CoexistJournal",
      "function Initialize-CoexistJournal {",
      "    param([switch] $Read)",
      "    $path = $JournalPath",
      "    if (-not $path) {",
      "        $nextTo = $PSCommandPath",
      "        if ($TranscriptPath) {",
      "            $nextTo = $TranscriptPath",
      "        }",
      "        if (-not $nextTo) {",
      "            $nextTo = 'coexist.ps1'",
      "        }",
      "        $path = [System.IO.Path]::ChangeExtension($nextTo, '.journal.json')",
      "    }",
      "    $script:CoexistJournalFile ="
          + " $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($path)",
      "    $script:CoexistJournal = @()",
      "    if ([System.IO.File]::Exists($script:CoexistJournalFile)) {",
      "        $text = [System.IO.File]::ReadAllText($script:CoexistJournalFile)",
      "        $script:CoexistJournal = @((ConvertFrom-Json -InputObject $text).entries)",
      "    } elseif ($Read) {",
      "        throw ('no journal at ' + $script:CoexistJournalFile + ': nothing is changed')",
      "    }",
      "}"),
  /**
   * {@code ConvertTo-CoexistJournalValue}: one property of an object as the journal keeps it:
   * {@code $null}, a boolean, a list of strings or a string (a size as its byte count), each a form
   * the Set- cmdlet takes back.
   */
  JOURNAL_VALUE(
      "ConvertTo-CoexistJournalValue",
      "function ConvertTo-CoexistJournalValue {",
      "    param([object] $Value)",
      "    if ($null -eq $Value -or $Value -is [bool]) {",
      "        return $Value",
      "    }",
      "    if ($Value -is [System.Collections.IEnumerable] -and $Value -isnot [string]) {",
      "        $list = [string[]]@(foreach ($element in $Value) { ConvertTo-CoexistJournalValue"
          + " $element })",
      "        if ($list.Count -eq 0) {",
      "            return $null",
      "        }",
      "        return ,$list",
      "    }",
      "    $text = [string]$Value",
      "    if ($text -match '^[^(]*\\(([0-9,. ]+) bytes\\)$') {",
      "        return ($Matches[1] -replace '[^0-9]', '')",
      "    }",
      "    return $text",
      "}"),
  /**
   * {@code Add-CoexistJournalEntry}: appends one entry (created, or changed with the previous value
   * of every property the script is about to set) and writes the journal at once, so a run that
   * stops half way still leaves what it did.
   */
  ADD_JOURNAL_ENTRY(
      "Add-CoexistJournalEntry",
      "function Add-CoexistJournalEntry {",
      "    param([string] $Path, [string] $Kind, [string] $Identity, [object[]] $Found,"
          + " [string[]] $Previous, [switch] $Created)",
      "    $object = $Found[0]",
      "    $entry = [ordered]@{ path = $Path; kind = $Kind; identity = $Identity; guid ="
          + " [string]$object.Guid; action = 'changed' }",
      "    if ($Created) {",
      "        $entry.action = 'created'",
      "    } else {",
      "        $values = [ordered]@{}",
      "        foreach ($name in $Previous) {",
      "            $property = $object.PSObject.Properties[$name]",
      "            if ($null -ne $property) {",
      "                $values[$name] = ConvertTo-CoexistJournalValue $property.Value",
      "            }",
      "        }",
      "        $entry.previous = $values",
      "    }",
      "    $script:CoexistJournal = [object[]]@($script:CoexistJournal) + @([pscustomobject]$entry)",
      "    $json = ConvertTo-Json -InputObject ([ordered]@{ format = 'coexist-journal/1'; entries"
          + " = [object[]]$script:CoexistJournal }) -Depth 8",
      "    [System.IO.File]::WriteAllText($script:CoexistJournalFile, $json, (New-Object"
          + " System.Text.UTF8Encoding $false))",
      "}"),
  /** {@code Get-CoexistJournalEntry}: the entries of one object and action, newest first. */
  GET_JOURNAL_ENTRY(
      "Get-CoexistJournalEntry",
      "function Get-CoexistJournalEntry {",
      "    param([string] $Path, [string] $Kind, [string] $Action)",
      "    $found = @($script:CoexistJournal | Where-Object { $_.path -eq $Path -and $_.kind -eq"
          + " $Kind -and $_.action -eq $Action })",
      "    [array]::Reverse($found)",
      "    $found",
      "}"),
  /**
   * {@code Get-CoexistRestore}: the previous values of one journal entry, only for the properties
   * the plan names, as a hashtable to splat onto Set-.
   */
  GET_RESTORE(
      "Get-CoexistRestore",
      "function Get-CoexistRestore {",
      "    param([object] $Entry, [string[]] $Property)",
      "    $restore = @{}",
      "    foreach ($name in $Property) {",
      "        $previous = $Entry.previous.PSObject.Properties[$name]",
      "        if ($null -ne $previous) {",
      "            $restore[$name] = $previous.Value",
      "        }",
      "    }",
      "    return $restore",
      "}"),
  /** {@code ConvertTo-CoexistForm}: a value as a sorted set of strings of one form (above). */
  CONVERT_FORM(
      "ConvertTo-CoexistForm",
      "function ConvertTo-CoexistForm {",
      "    param([object] $Value, [string] $Form)",
      "    $items = @(foreach ($element in @($Value)) { if ($null -ne $element) { [string]$element"
          + " } })",
      "    if ($Form -eq 'flags') {",
      "        $items = @(foreach ($element in $items) { $element -split ',' })",
      "    }",
      "    $out = @(foreach ($element in $items) {",
      "        $text = $element.Trim()",
      "        if ($Form -eq 'exact') {",
      "            $text",
      "        } elseif ($Form -eq 'template' -and $text -match '^([A-Za-z0-9]+:)(.*)$') {",
      "            $Matches[1] + $Matches[2].ToLowerInvariant()",
      "        } elseif ($Form -eq 'size' -and $text -match '\\(([0-9,. ]+) bytes\\)') {",
      "            $Matches[1] -replace '[^0-9]', ''",
      "        } elseif ($Form -eq 'smarthost') {",
      "            $text.Trim('[', ']').ToLowerInvariant()",
      "        } elseif ($Form -eq 'address') {",
      "            $address = $text.ToLowerInvariant()",
      "            if ($address -notmatch '^[a-z0-9]+:') {",
      "                $address = 'smtp:' + $address",
      "            }",
      "            if ($address -notmatch ';[0-9]+$') {",
      "                $address = $address + ';1'",
      "            }",
      "            $address",
      "        } else {",
      "            $text.ToLowerInvariant()",
      "        }",
      "    })",
      "    return ,[string[]]@($out | Sort-Object -Unique -CaseSensitive)",
      "}"),
  /**
   * {@code Compare-CoexistValue}: compares one property of the looked-up object with the plan's
   * value and notes the property in {@code $CoexistDiffers} when they differ (or when Exchange does
   * not show the property).
   */
  COMPARE_VALUE(
      "Compare-CoexistValue",
      "function Compare-CoexistValue {",
      "    param([object[]] $Found, [string] $Property, [string] $Form, [object] $Expected)",
      "    if ($Found.Count -eq 0) {",
      "        return",
      "    }",
      "    $actual = $Found[0].PSObject.Properties[$Property]",
      "    if ($null -eq $actual) {",
      "        $script:CoexistDiffers = @($script:CoexistDiffers) + @($Property + ' (not shown)')",
      "        return",
      "    }",
      "    $have = (ConvertTo-CoexistForm $actual.Value $Form) -join [char]10",
      "    $want = (ConvertTo-CoexistForm $Expected $Form) -join [char]10",
      "    if ($have -cne $want) {",
      "        $script:CoexistDiffers = @($script:CoexistDiffers) + @($Property)",
      "    }",
      "}"),
  /**
   * {@code Write-CoexistNameCheck}: warns when a domain found by its DomainName has another name
   * than the plan's: the script changes it under its own name and never creates a second one.
   */
  WRITE_NAME_CHECK(
      "Write-CoexistNameCheck",
      "function Write-CoexistNameCheck {",
      "    param([string] $Target, [object[]] $Found, [string] $Name)",
      "    if ([string]$Found[0].Name -ne $Name) {",
      "        Write-Warning ($Target + ': found under the name ' + [string]$Found[0].Name + ';"
          + " the plan names it ' + $Name + ' (not renamed, not created twice)')",
      "    }",
      "}"),
  /**
   * {@code Write-CoexistCheck}: one line per object, in sync or what differs, and marks the run as
   * out of sync; under {@code -WhatIf} it says what it would check and marks nothing.
   */
  WRITE_CHECK(
      "Write-CoexistCheck",
      "function Write-CoexistCheck {",
      "    param([string] $Target, [object[]] $Found, [string[]] $Property)",
      "    if ($WhatIfPreference) {",
      "        Write-Host ('What if: would check ' + $Target + ': ' + ($Property -join ', '))",
      "    } elseif ($Found.Count -eq 0) {",
      "        $script:CoexistOutOfSync = $true",
      "        Write-Host ($Target + ': missing')",
      "    } elseif (@($script:CoexistDiffers).Count -gt 0) {",
      "        $script:CoexistOutOfSync = $true",
      "        Write-Host ($Target + ': differs: ' + (@($script:CoexistDiffers) -join ', '))",
      "    } else {",
      "        Write-Host ($Target + ': in sync')",
      "    }",
      "}");

  private final String command;
  private final ImmutableList<String> lines;

  ScriptFunction(String command, String... lines) {
    this.command = command;
    this.lines = ImmutableList.copyOf(lines);
  }

  /** The function's name, e.g. {@code Add-CoexistJournalEntry}. */
  public String command() {
    return command;
  }

  /** The definition, one line each, indented with four spaces per level. */
  public ImmutableList<String> lines() {
    return lines;
  }

  /** What the configuration script defines. */
  static Set<ScriptFunction> apply() {
    return EnumSet.of(
        INITIALIZE_JOURNAL,
        JOURNAL_VALUE,
        ADD_JOURNAL_ENTRY,
        CONVERT_FORM,
        COMPARE_VALUE,
        WRITE_NAME_CHECK,
        WRITE_CHECK);
  }

  /** What the rollback script defines. */
  static Set<ScriptFunction> rollback() {
    return EnumSet.of(INITIALIZE_JOURNAL, GET_JOURNAL_ENTRY, GET_RESTORE);
  }

  /** The function called {@code command}, if the scripts define one. */
  public static Optional<ScriptFunction> named(String command) {
    Objects.requireNonNull(command, "command");
    for (ScriptFunction f : values()) {
      if (f.command.equals(command)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
