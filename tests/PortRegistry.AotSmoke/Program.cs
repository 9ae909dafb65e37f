using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ports;
using Ports.AotSmoke;

// Exercises the library the way an application does, as a native executable: any wrong answer exits with 1.
var check = new SmokeCheck();

// The embedded IANA data: lookups by port and by name, span and case-insensitive lookups.
PortRegistry embedded = PortRegistry.Embedded;
check.True("embedded entries", embedded.Entries.Count >= 11_000, $"{embedded.Entries.Count} entries, data version {embedded.DataVersion}");
check.Equal("embedded 443/tcp", "https 443/tcp", embedded.TryGetByPort(443, "tcp", out PortEntry? https) ? $"{https.Name} {https.Port}/{https.Protocol}" : null);
check.Equal("embedded 80/tcp aliases", "www www-http", embedded.TryGetByPort(80, "tcp", out PortEntry? http) ? string.Join(' ', http.Aliases) : null);
check.Equal("embedded ssh/tcp", "22", embedded.TryGetByName("ssh", "tcp", out PortEntry? ssh) ? ssh.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
check.Equal("embedded span lookup imaps", "993 WellKnown", embedded.TryGetByName("imaps".AsSpan(), "tcp", out PortEntry? imaps) ? $"{imaps.Port} {imaps.Class}" : null);
check.Equal("embedded HTTP ignoring case", "http", embedded.TryGetByNameIgnoreCase("HTTP", "tcp", out PortEntry? upper) ? upper.Name : null);
check.Equal("embedded x11 on 6063/tcp", "x11", embedded.TryGetByPort(6063, "tcp", out PortEntry? x11) ? x11.Name : null);
check.True("embedded 443 protocols", embedded.GetFirstPerProtocol(443).Length >= 2, $"{embedded.GetFirstPerProtocol(443).Length} protocols");

// Parsing with glibc's rules, from bytes that are not valid UTF-8, and back to the same bytes.
byte[] text = [.. "web 0x50/tcp www # hex port\nbig 4294967296/tcp\ncaf"u8, 0xE9, .. " 8080/tcp\n"u8];
PortRegistry parsed = PortRegistry.Parse(text);
check.Equal("parsed 0x50/tcp", "web", parsed.TryGetByPort(80, "tcp", out PortEntry? web) ? web.Name : null);
check.Equal("parsed overflow rejected", "PortOverflow", parsed.Diagnostics.Count == 1 ? parsed.Diagnostics[0].Error.ToString() : null);
check.Equal("parsed invalid UTF-8 name", "caf\\uDCE9", parsed.TryGetByPort(8080, "tcp", out PortEntry? cafe) ? Escape(cafe.Name) : null);

// A services file on disk, and the default registry (the system file or the embedded fallback).
string path = Path.Combine(Path.GetTempPath(), $"portregistry-aot-{Environment.ProcessId}.services");
File.WriteAllText(path, "billing-api 8081/tcp billing\n");
try
{
    PortRegistry file = PortRegistry.FromFile(path);
    check.Equal("file alias lookup", "8081", file.TryGetByName("billing", "tcp", out PortEntry? billing) ? billing.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
}
finally
{
    File.Delete(path);
}

check.True("default loads", PortRegistry.Default.Entries.Count > 0, PortRegistry.Default.ToString());
check.Equal("default 22/tcp", "ssh", PortRegistry.Default.TryGetByPort(22, "tcp", out PortEntry? defaultSsh) ? defaultSsh.Name : null);

// Dependency injection: the default registration and one with options, resolved from a real container.
using (ServiceProvider provider = new ServiceCollection().AddPortRegistry().BuildServiceProvider())
{
    check.True("DI default is PortRegistry.Default", ReferenceEquals(provider.GetRequiredService<PortRegistry>(), PortRegistry.Default), "same instance");
}

using (ServiceProvider provider = new ServiceCollection()
    .AddPortRegistry(options =>
    {
        options.Source = PortDataSource.EmbeddedOnly;
        options.AddEntry("billing-api", 8081, "tcp", "billing");
    })
    .BuildServiceProvider())
{
    PortRegistry ports = provider.GetRequiredService<PortRegistry>();
    check.Equal("DI custom entry 8081/tcp", "billing-api", ports.TryGetByPort(8081, "tcp", out PortEntry? custom) ? custom.Name : null);
    check.Equal("DI embedded 443/tcp", "https", ports.TryGetByPort(443, "tcp", out PortEntry? diHttps) ? diHttps.Name : null);
    check.Equal("DI sources", "Custom, Embedded", string.Join(", ", ports.Sources.Select(s => s.Kind)));
}

// A generic host, as an ASP.NET Core or worker application builds it: the options bound from an appsettings.json
// section (no reflection), a library's AddPortRegistry(o => ...) after it, validation on start, and the warning logged
// for a file that cannot be read.
List<string> logged = [];
string missing = Path.Combine(Path.GetTempPath(), $"portregistry-aot-{Environment.ProcessId}-missing.services");
using (IHost host = BuildHost($$"""{ "PortRegistry": { "FilePath": "{{missing}}", "Entries": [ "billing-api 8081/tcp billing", "metrics 9464/tcp" ] } }""", logged))
{
    host.Start();
    PortRegistry ports = host.Services.GetRequiredService<PortRegistry>();
    check.Equal("host section 8081/tcp", "billing-api", ports.TryGetByPort(8081, "tcp", out PortEntry? billing) ? billing.Name : null);
    check.Equal("host section alias", "8081", ports.TryGetByName("billing", "tcp", out PortEntry? alias) ? alias.Port.ToString(CultureInfo.InvariantCulture) : null);
    check.Equal("host library entry after the section", "billing-api, metrics, library-api", string.Join(", ", ports.Entries.Where(e => e.Source == PortSourceKind.Custom).Select(e => e.Name)));
    check.Equal("host fallback to the embedded data", "https", ports.TryGetByPort(443, "tcp", out PortEntry? hostHttps) ? hostHttps.Name : null);
    check.True("host warning names the path", logged.Any(m => m.Contains(missing, StringComparison.Ordinal)), logged.FirstOrDefault() ?? "(nothing logged)");
    host.StopAsync().GetAwaiter().GetResult();
}

using (IHost host = BuildHost("""{ "PortRegistry": { "Entries": [ "broken 70000/tcp" ] } }""", logged))
{
    string? message = null;
    try
    {
        host.Start();
    }
    catch (OptionsValidationException ex)
    {
        message = ex.Message;
    }

    check.Equal("host ValidateOnStart", "PortRegistry Entries[0] 'broken 70000/tcp' is not valid: the port 70000 is outside 0 to 65535.", message);
}

// Connection labels: which end is the service, looked up with the connection's protocol, and what is known about it.
ConnectionLabel outbound = embedded.Label(
    new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344), new IPEndPoint(IPAddress.Parse("93.184.216.34"), 443), "tcp", EphemeralPortRange.Iana);
check.Equal("label outbound", "10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)", outbound.ToString());
check.Equal("label inbound ssh", "Inbound ssh", Describe(embedded.Label(22, 50123, "tcp", EphemeralPortRange.Iana)));
check.Equal("label listener", "Inbound https", Describe(embedded.Label(new IPEndPoint(IPAddress.IPv6Any, 443), null, "tcp")));
check.Equal("label 514/udp", "Outbound syslog", Describe(embedded.Label(52344, 514, "udp", EphemeralPortRange.Iana)));
check.Equal("label counterpart", "http", outbound.CatalogService?.Counterpart?.Name);
ConnectionLabel sshLabel = embedded.Label(22, 50123, "tcp", EphemeralPortRange.Iana);
check.Equal("description en", "Secure remote login (SSH)", sshLabel.DescribeService(CultureInfo.GetCultureInfo("en")));
check.Equal("description ja", "セキュアリモートログイン", sshLabel.DescribeService(CultureInfo.GetCultureInfo("ja")));

Console.WriteLine(check.Failures == 0
    ? $"AOT smoke: all {check.Count} checks passed"
    : $"AOT smoke: {check.Failures} of {check.Count} checks FAILED");
return check.Failures == 0 ? 0 : 1;

// A host built as an application's Program.cs builds one, with the JSON as its appsettings.json.
static IHost BuildHost(string appsettings, List<string> logged)
{
    HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
    builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(appsettings)));
    builder.Logging.ClearProviders();
    builder.Logging.AddProvider(new ListLoggerProvider(logged));
    builder.Services.AddPortRegistry(builder.Configuration.GetSection("PortRegistry"));
    builder.Services.AddPortRegistry(options => options.AddEntry("library-api", 8082, "tcp"));
    builder.Services.AddOptions<PortRegistryOptions>().ValidateOnStart();
    return builder.Build();
}

// A label's direction and service name.
static string Describe(ConnectionLabel label) => $"{label.Direction} {label.ServiceName}";

// Shows every character outside printable ASCII as \uXXXX.
static string Escape(string value)
    => string.Concat(value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
