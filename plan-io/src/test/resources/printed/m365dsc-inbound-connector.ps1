# Excerpt: the Get-InboundConnector record that Microsoft365DSC's unit test returns for the context
# "InboundConnector update not required" (Exchange Online prints SenderDomains in the address-space
# form smtp:domain;1, the false drift of Microsoft365DSC issue #2180).
# Source: microsoft/Microsoft365DSC, Tests/Unit/Microsoft365DSC/Microsoft365DSC.EXOInboundConnector.Tests.ps1
# License: MIT License, Copyright (c) Microsoft Corporation.
Ensure                       = 'Present'
Credential                   = $Credential
Identity                     = 'TestInboundConnector'
AssociatedAcceptedDomains    = @('contoso.com', 'contoso.org')
CloudServicesMailEnabled     = $false
Comment                      = 'Test Inbound connector'
ConnectorSource              = 'HybridWizard'
ConnectorType                = 'onPremises'
Enabled                      = $true
RequireTls                   = $true
RestrictDomainsToCertificate = $false
RestrictDomainsToIPAddresses = $true
SenderDomains                = @('smtp:fabrikam.com;1', 'smtp:contoso.com;1')
SenderIPAddresses            = @('192.168.2.11')
TlsSenderCertificateName     = '*.contoso.com'
TreatMessagesAsInternal      = $true
