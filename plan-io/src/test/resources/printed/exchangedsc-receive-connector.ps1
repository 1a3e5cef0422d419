# Excerpt: the values ExchangeDsc's integration test expects Get-ReceiveConnector to report after it
# configured a receive connector (sizes in Exchange's print form, flag lists as arrays).
# Source: dsccommunity/ExchangeDsc, tests/Integration/DSC_ExchReceiveConnector.Integration.Tests.ps1
# (commit 61c44b81a139272543a7ea77a94979aa722cc851), $expectedGetResults.
# License: MIT License, Copyright (c) Microsoft Corporation and DSC Community contributors.
AdvertiseClientSettings                 = $false
AuthMechanism                           = 'Tls', 'ExternalAuthoritative'
Banner                                  = '220 Pester'
BareLinefeedRejectionEnabled            = $false
BinaryMimeEnabled                       = $true
Bindings                                = '0.0.0.0:25'
ChunkingEnabled                         = $true
Comment                                 = 'Connector for relaying'
ConnectionInactivityTimeout             = '00:05:00'
ConnectionTimeout                       = '00:10:00'
DefaultDomain                           = ''
DeliveryStatusNotificationEnabled       = $true
DomainSecureEnabled                     = $false
EightBitMimeEnabled                     = $true
EnableAuthGSSAPI                        = $false
Enabled                                 = $true
EnhancedStatusCodesEnabled              = $true
ExtendedProtectionPolicy                = 'None'
Fqdn                                    = "$($env:computername).pester.com"
LongAddressesEnabled                    = $false
MaxHeaderSize                           = '128 KB (131,072 bytes)'
MaxHopCount                             = '60'
MaxInboundConnection                    = '5000'
MaxInboundConnectionPercentagePerSource = '100'
MaxInboundConnectionPerSource           = '50'
MaxLocalHopCount                        = '12'
MaxLogonFailures                        = '3'
MaxMessageSize                          = '35 MB (36,700,160 bytes)'
MaxProtocolErrors                       = '5'
MaxRecipientsPerMessage                 = '5000'
MessageRateLimit                        = 'Unlimited'
MessageRateSource                       = 'IPAddress'
OrarEnabled                             = $false
PermissionGroups                        = [System.String[]] @('AnonymousUsers', 'ExchangeServers', 'Custom')
PipeliningEnabled                       = $true
ProtocolLoggingLevel                    = 'Verbose'
RemoteIPRanges                          = '192.16.7.99'
RequireEHLODomain                       = $false
RequireTLS                              = $false
ServiceDiscoveryFqdn                    = ''
SizeEnabled                             = 'EnabledwithoutValue'
SuppressXAnonymousTls                   = $false
TarpitInterval                          = '00:00:00'
TlsCertificateName                      = ''
TlsDomainCapabilities                   = 'contoso.com:AcceptOorgProtocol'
TransportRole                           = 'FrontendTransport'
