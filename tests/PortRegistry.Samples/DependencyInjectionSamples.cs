using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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
        var services = new ServiceCollection();

        // begin-snippet: di-options
        services.AddPortRegistry(options =>
        {
            options.Source = PortDataSource.Merged;              // the system file, then the IANA data
            options.AddEntry("billing-api", 8081, "tcp");        // your own ports win over both
            options.AddEntry("metrics", 9464, "tcp", "prometheus-exporter");
        });
        // end-snippet

        using ServiceProvider provider = services.BuildServiceProvider();
        PortRegistry ports = provider.GetRequiredService<PortRegistry>();
        Console.WriteLine(ports.TryGetByPort(8081, "tcp", out PortEntry? billing) ? billing.Name : "none");
        Console.WriteLine(ports.TryGetByName("prometheus-exporter", "tcp", out PortEntry? metrics) ? metrics.Port : -1);
    }

    public static void FirstRegistrationWins()
    {
        // begin-snippet: di-first-wins
        var services = new ServiceCollection();
        services.AddPortRegistry(options => options.Source = PortDataSource.EmbeddedOnly);
        services.AddPortRegistry();   // does nothing: a PortRegistry is already registered

        using ServiceProvider provider = services.BuildServiceProvider();
        Console.WriteLine(provider.GetRequiredService<PortRegistry>().Sources[0].Kind);   // Embedded
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
        var services = new ServiceCollection();
        services.AddPortRegistry();

        // begin-snippet: di-resolve-at-startup
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
