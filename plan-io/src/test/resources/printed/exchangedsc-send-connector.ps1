# Excerpt: the values ExchangeDsc's integration test expects Get-SendConnector to report (the
# address space in its printed form SMTP:domain;1). The test's "Port = $false" is left out: a slip
# of that test (Port is a number), not something Exchange prints.
# Source: dsccommunity/ExchangeDsc, tests/Integration/DSC_ExchSendConnector.Integration.Tests.ps1
# (commit 61c44b81a139272543a7ea77a94979aa722cc851), $expectedGetResults.
# License: MIT License, Copyright (c) Microsoft Corporation and DSC Community contributors.
Name                         = "DCSTestSendConnector"
Ensure                       = 'Present'
AddressSpaces                = 'SMTP:test.com;1'
Comment                      = 'Connector for integration testing'
ConnectionInactivityTimeout  = '00:05:00'
ConnectorType                = 'Default'
DNSRoutingEnabled            = $true
DomainSecureEnabled          = $true
Enabled                      = $true
ErrorPolicies                = 'Default'
ForceHELO                    = $true
FrontendProxyEnabled         = $false
Fqdn                         = 'smtp.local.test'
IgnoreSTARTTLS               = $false
IsCoexistenceConnector       = $false
IsScopedConnector            = $false
ProtocolLoggingLevel         = 'Verbose'
RequireTLS                   = $true
SmtpMaxMessagesPerConnection = 20
SourceTransportServers       = $env:computername
UseExternalDNSServersEnabled = $false
