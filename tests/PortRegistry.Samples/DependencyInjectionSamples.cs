using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ports.Samples;

/// <summary>The samples of docs/dependency-injection.md.</summary>
public static class DependencyInjectionSamples
{
    public static void Default()
    {
        // begin-snippet: di-default
        var services = new ServiceCollection();
        services.AddPortRegistry();               // PortRegistry.Default, as a singleton
        services.AddSingleton<ServiceNamer>();

        using ServiceProvider provider = services.BuildServiceProvider();
        ServiceNamer namer = provider.GetRequiredService<ServiceNamer>();
        Console.WriteLine(namer.Describe(22, "tcp"));   // 22/tcp (ssh)
        // end-snippet
    }

    public static void MinimalApi(string[] args)
    {
        // begin-snippet: di-minimal-api
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPortRegistry();

        var app = builder.Build();
        app.MapGet("/ports/{port:int}/{protocol}", (int port, string protocol, PortRegistry ports) =>
            ports.TryGetByPort(port, protocol, out PortEntry? entry)
                ? Results.Ok(new { entry.Name, entry.Aliases, entry.Description })
                : Results.NotFound());
        app.Run();
        // end-snippet
    }

    public static void Options()
    {
        // begin-snippet: di-options
        var services = new ServiceCollection();
        services.AddPortRegistry(options =>
        {
            options.Source = PortDataSource.Merged;              // the system file, then the IANA data
            options.AddEntry("billing-api", 8081, "tcp");        // your own ports win over both
            options.AddEntry("metrics", 9464, "tcp", "prometheus-exporter");
        });

        using ServiceProvider provider = services.BuildServiceProvider();
        PortRegistry ports = provider.GetRequiredService<PortRegistry>();
        Console.WriteLine(ports.TryGetByPort(8081, "tcp", out PortEntry? billing) ? billing.Name : "none");    // billing-api
        Console.WriteLine(ports.TryGetByName("prometheus-exporter", "tcp", out PortEntry? metrics) ? metrics.Port : -1); // 9464
        // end-snippet
    }

    public static void Configuration(string[] args)
    {
        // begin-snippet: di-configuration
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddPortRegistry(builder.Configuration.GetSection("PortRegistry"));

        using IHost host = builder.Build();
        PortRegistry ports = host.Services.GetRequiredService<PortRegistry>();
        Console.WriteLine(ports.TryGetByPort(8081, "tcp", out PortEntry? billing) ? billing : "none");  // billing-api 8081/tcp billing
        Console.WriteLine(ports.TryGetByName("billing", "tcp", out PortEntry? alias) ? alias.Port : -1); // 8081
        // end-snippet
    }

    public static void Composition()
    {
        // begin-snippet: di-composition
        var services = new ServiceCollection();
        services.AddPortRegistry(options => options.AddEntry("billing-api", 8081, "tcp"));   // the application
        services.AddPortRegistry(options => options.AddEntry("metrics", 9464, "tcp"));       // a library it uses
        services.PostConfigure<PortRegistryOptions>(options => options.Source = PortDataSource.EmbeddedOnly);

        using ServiceProvider provider = services.BuildServiceProvider();
        PortRegistry ports = provider.GetRequiredService<PortRegistry>();
        Console.WriteLine(string.Join(", ", ports.Entries.Take(2)));   // billing-api 8081/tcp, metrics 9464/tcp
        Console.WriteLine(string.Join(", ", ports.Sources.Select(source => source.Kind)));   // Custom, Embedded
        // end-snippet
    }

    public static void ValidateOnStart()
    {
        // begin-snippet: di-validation
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Services.AddPortRegistry(options => options.Entries.Add("broken 70000/tcp"));
        builder.Services.AddOptions<PortRegistryOptions>().ValidateOnStart();   // check when the host starts

        using IHost host = builder.Build();
        try
        {
            host.Start();
        }
        catch (OptionsValidationException ex)
        {
            // PortRegistry Entries[0] 'broken 70000/tcp' is not valid: the port 70000 is outside 0 to 65535.
            Console.WriteLine(ex.Message);
        }
        // end-snippet
    }

    public static void Logging()
    {
        // begin-snippet: di-logging
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.AddFilter("Ports", LogLevel.Debug);   // also the summary of skipped lines
        builder.Services.AddPortRegistry(options => options.FilePath = "/srv/missing");

        using IHost host = builder.Build();
        PortRegistry ports = host.Services.GetRequiredService<PortRegistry>();   // logs, once:
        // warn: Ports.PortRegistry[1]
        //       The services file /srv/missing could not be read: Cannot read the services file '/srv/missing': it does
        //       not exist. The port registry answers from embedded IANA data (11621 entries) instead.
        Console.WriteLine(ports.Sources[^1].Kind);   // Embedded
        // end-snippet
    }

    public static void TestDouble()
    {
        // begin-snippet: di-test-double
        var services = new ServiceCollection();

        // In a test: register a small, fixed registry before the application's own registrations run.
        services.AddSingleton(PortRegistry.Parse("""
            web      8080/tcp
            metrics  9464/tcp
            """));
        services.AddPortRegistry();   // the application's call; the registry above wins

        using ServiceProvider provider = services.BuildServiceProvider();
        Console.WriteLine(provider.GetRequiredService<PortRegistry>().Entries.Count);   // 2
        // end-snippet
    }

    public static void ResolveAtStartup()
    {
        // begin-snippet: di-resolve-at-startup
        var services = new ServiceCollection();
        services.AddPortRegistry();
        using ServiceProvider provider = services.BuildServiceProvider();

        // Load the data now rather than on the first request, and say where it came from.
        PortRegistry ports = provider.GetRequiredService<PortRegistry>();
        Console.WriteLine(ports);   // for example: PortRegistry with 318 entries from file /etc/services (318 entries)
        // end-snippet
    }

    public static void WithoutContainer()
    {
        // begin-snippet: di-without-container
        PortRegistry ports = PortRegistry.Create(new PortRegistryOptions
        {
            Source = PortDataSource.EmbeddedOnly,
        }.AddEntry("billing-api", 8081, "tcp"));

        Console.WriteLine(ports.Sources.Count);   // 2: your entries, then the embedded data
        // end-snippet
    }
}
