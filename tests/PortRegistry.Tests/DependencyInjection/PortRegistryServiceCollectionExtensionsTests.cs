using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.DependencyInjection;

public sealed class PortRegistryServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPortRegistry_NoOptions_ResolvesDefaultSingleton()
    {
        using ServiceProvider provider = new ServiceCollection().AddPortRegistry().BuildServiceProvider();
        PortRegistry registry = provider.GetRequiredService<PortRegistry>();
        Assert.Same(PortRegistry.Default, registry);
        Assert.Same(registry, provider.GetRequiredService<PortRegistry>());
    }

    [Fact]
    public void AddPortRegistry_Twice_RegistersOnce()
    {
        var services = new ServiceCollection().AddPortRegistry().AddPortRegistry(o => o.Source = PortDataSource.EmbeddedOnly);
        ServiceDescriptor descriptor = Assert.Single(services, d => d.ServiceType == typeof(PortRegistry));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    [Fact]
    public void AddPortRegistry_AppRegisteredFirst_AppRegistrationWins()
    {
        PortRegistry mine = PortRegistry.Parse("mine 1/tcp\n");
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddPortRegistry();
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<PortRegistry>());
    }

    [Fact]
    public void AddPortRegistry_ReturnsSameCollection_ForChaining()
    {
        var services = new ServiceCollection();
        Assert.Same(services, services.AddPortRegistry());
        Assert.Same(services, services.AddPortRegistry(_ => { }));
    }

    [Fact]
    public void AddPortRegistry_WithOptions_ConfiguresLazilyOnFirstResolve()
    {
        int calls = 0;
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "web 80/tcp\n");
        var services = new ServiceCollection().AddPortRegistry(options =>
        {
            calls++;
            options.FilePath = path;
            options.Source = PortDataSource.Merged;
            options.AddEntry("billing-api", 8081, "tcp");
        });
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Equal(0, calls);

        PortRegistry registry = provider.GetRequiredService<PortRegistry>();
        Assert.Same(registry, provider.GetRequiredService<PortRegistry>());
        Assert.Equal(1, calls);
        Assert.True(registry.TryGetByPort(8081, "tcp", out PortEntry? billing));
        Assert.Equal("billing-api", billing.Name);
        Assert.True(registry.TryGetByPort(80, "tcp", out PortEntry? web));
        Assert.Equal("web", web.Name);
        Assert.True(registry.TryGetByName("https", "tcp", out _));
    }

    [Fact]
    public void AddPortRegistry_SystemOnlyWithMissingFile_ResolveThrowsNamingPath()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "missing");
        using ServiceProvider provider = new ServiceCollection()
            .AddPortRegistry(o => (o.FilePath, o.Source) = (path, PortDataSource.SystemOnly))
            .BuildServiceProvider();
        FileNotFoundException ex = Assert.Throws<FileNotFoundException>(() => provider.GetRequiredService<PortRegistry>());
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPortRegistry_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PortRegistryServiceCollectionExtensions.AddPortRegistry(null!));
        Assert.Throws<ArgumentNullException>(() => PortRegistryServiceCollectionExtensions.AddPortRegistry(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddPortRegistry((Action<PortRegistryOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => PortRegistryServiceCollectionExtensions.AddPortRegistry(null!, new ConfigurationBuilder().Build()));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddPortRegistry((IConfiguration)null!));
    }

    [Fact]
    public void AddPortRegistry_SectionInHost_FindsEntryByPortAndAlias()
    {
        using IHost host = BuildHost(Section, _ => { });

        PortRegistry registry = host.Services.GetRequiredService<PortRegistry>();

        Assert.True(registry.TryGetByPort(8081, "tcp", out PortEntry? byPort));
        Assert.Equal("billing-api", byPort.Name);
        Assert.Equal(PortSourceKind.Custom, byPort.Source);
        Assert.True(registry.TryGetByName("billing", "tcp", out PortEntry? byAlias));
        Assert.Same(byPort, byAlias);
        Assert.True(registry.TryGetByName("metrics", "tcp", out PortEntry? metrics));
        Assert.Equal(9464, metrics.Port);
    }

    [Fact]
    public void AddPortRegistry_ActionAfterSection_AddsToTheSameRegistryInRegistrationOrder()
    {
        using IHost host = BuildHost(Section, services => services.AddPortRegistry(o => o.AddEntry("library-api", 8082, "tcp")));

        PortRegistry registry = host.Services.GetRequiredService<PortRegistry>();

        Assert.Equal(["billing-api", "metrics", "library-api"], registry.Entries.Where(e => e.Source == PortSourceKind.Custom).Select(e => e.Name));
        Assert.True(registry.TryGetByPort(8082, "tcp", out PortEntry? library));
        Assert.Equal("library-api", library.Name);
    }

    [Fact]
    public async Task AddPortRegistry_BrokenEntryWithValidateOnStart_StartFailsNamingTheEntry()
    {
        using IHost host = BuildHost(
            """{ "PortRegistry": { "Entries": [ "billing-api 8081/tcp", "broken 70000/tcp", "# only a comment" ] } }""",
            services => services.AddOptions<PortRegistryOptions>().ValidateOnStart());

        OptionsValidationException ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            "PortRegistry Entries[1] 'broken 70000/tcp' is not valid: the port 70000 is outside 0 to 65535.; "
            + "PortRegistry Entries[2] '# only a comment' is not valid: the line holds no entry (only a comment?).",
            ex.Message);
    }

    [Fact]
    public void AddPortRegistry_BrokenEntryWithoutValidateOnStart_ResolveThrowsTheSameMessage()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPortRegistry(o => o.Entries.Add("broken 70000/tcp"))
            .BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PortRegistry>());

        ArgumentException direct = Assert.Throws<ArgumentException>(() => PortRegistry.Create(new PortRegistryOptions { Entries = { "broken 70000/tcp" } }));
        Assert.Equal(ex.Message, direct.Message);
        Assert.Contains("'broken 70000/tcp'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPortRegistry_MissingFilePath_LogsWarningNamingPathAndAnswersFromEmbeddedData()
    {
        using var dir = new TempDirectory();
        string missing = Path.Combine(dir.Path, "services");
        var logs = new RecordingLoggerProvider();
        using IHost host = BuildHost(Json(new { FilePath = missing }), _ => { }, logs);

        PortRegistry registry = host.Services.GetRequiredService<PortRegistry>();
        host.Services.GetRequiredService<PortRegistry>();

        Assert.True(registry.TryGetByPort(443, "tcp", out PortEntry? https));
        Assert.Equal("https", https.Name);
        Assert.Equal(PortSourceKind.Embedded, https.Source);
        RecordedLog warning = Assert.Single(logs.Logs, l => l.Category == "Ports.PortRegistry");
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("SourceNotLoaded", warning.EventName);
        Assert.Equal(
            $"The services file {missing} could not be read: Cannot read the services file '{missing}': it does not exist. "
            + $"The port registry answers from embedded IANA data ({PortRegistry.Embedded.Entries.Count} entries) instead.",
            warning.Message);
    }

    [Fact]
    public void AddPortRegistry_FileWithSkippedLines_LogsOneDebugSummary()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "web 80/tcp\nfoo\nbar tcp/81\n");
        var logs = new RecordingLoggerProvider();
        using IHost host = BuildHost(Json(new { FilePath = path, Source = "SystemOnly" }), _ => { }, logs);

        PortRegistry registry = host.Services.GetRequiredService<PortRegistry>();

        Assert.Equal(2, registry.Diagnostics.Count);
        RecordedLog debug = Assert.Single(logs.Logs, l => l.Category == "Ports.PortRegistry");
        Assert.Equal(LogLevel.Debug, debug.Level);
        Assert.Equal($"The port registry skipped 2 services lines, as glibc does: {path}:2: MissingPort: foo; {path}:3: InvalidPort: bar tcp/81", debug.Message);
    }

    [Fact]
    public void AddPortRegistry_NoLoggerFactory_ResolvesWithoutLogging()
    {
        using var dir = new TempDirectory();
        using ServiceProvider provider = new ServiceCollection()
            .AddPortRegistry(o => o.FilePath = Path.Combine(dir.Path, "missing"))
            .BuildServiceProvider();

        PortRegistry registry = provider.GetRequiredService<PortRegistry>();

        Assert.False(registry.Sources[0].IsLoaded);
        Assert.Equal(PortSourceKind.Embedded, registry.Sources[^1].Kind);
    }

    [Fact]
    public void AddPortRegistry_ServicesConfigureAndPostConfigure_ApplyInOrder()
    {
        var services = new ServiceCollection();
        services.AddPortRegistry(o => o.AddEntry("app", 9000, "tcp"));
        services.Configure<PortRegistryOptions>(o => o.Entries.Add("library 9001/tcp"));
        services.PostConfigure<PortRegistryOptions>(o => o.Source = PortDataSource.EmbeddedOnly);
        services.AddPortRegistry(o => o.Source = PortDataSource.SystemOnly);
        using ServiceProvider provider = services.BuildServiceProvider();

        PortRegistry registry = provider.GetRequiredService<PortRegistry>();

        Assert.Equal(["app", "library"], registry.Entries.Take(2).Select(e => e.Name));
        Assert.Equal([PortSourceKind.Custom, PortSourceKind.Embedded], registry.Sources.Select(s => s.Kind));
    }

    [Fact]
    public void AddPortRegistry_SectionWithEverySetting_BindsEach()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteFile("services", "web 80/tcp\n");
        IConfiguration configuration = Configuration(Json(new { FilePath = path, Source = "merged", MaxFileSize = "4096", Entries = new[] { "api 0x1F90/tcp # hexadecimal, as glibc reads it" } }));
        var options = new ServiceCollection().AddPortRegistry(configuration.GetSection("PortRegistry")).BuildServiceProvider()
            .GetRequiredService<IOptions<PortRegistryOptions>>().Value;

        Assert.Equal(path, options.FilePath);
        Assert.Equal(PortDataSource.Merged, options.Source);
        Assert.Equal(4096, options.MaxFileSize);
        Assert.Equal(["api 0x1F90/tcp # hexadecimal, as glibc reads it"], options.Entries);
    }

    [Fact]
    public void AddPortRegistry_SectionWithBadValues_ValidationNamesEachKey()
    {
        IConfiguration configuration = Configuration(Json(new { Source = "Everything", MaxFileSize = "-1" }));
        using ServiceProvider provider = new ServiceCollection().AddPortRegistry(configuration.GetSection("PortRegistry")).BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PortRegistry>());

        Assert.Equal(
            [
                "PortRegistry:Source 'Everything' is not one of SystemWithEmbeddedFallback, SystemOnly, EmbeddedOnly, Merged.",
                "PortRegistry MaxFileSize -1 must be from 1 to 2147483590 bytes.",
            ],
            ex.Failures);
    }

    [Fact]
    public void AddPortRegistry_SectionWithNumericSource_IsReportedNotBound()
    {
        IConfiguration configuration = Configuration(Json(new { Source = "2", MaxFileSize = "big" }));
        using ServiceProvider provider = new ServiceCollection().AddPortRegistry(configuration.GetSection("PortRegistry")).BuildServiceProvider();

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PortRegistryOptions>>().Value);

        Assert.Equal(2, ex.Failures.Count());
        Assert.StartsWith("PortRegistry:Source '2' is not one of", ex.Failures.First(), StringComparison.Ordinal);
        Assert.Equal("PortRegistry:MaxFileSize 'big' is not a number of bytes.", ex.Failures.Last());
    }

    private const string Section = """
        {
          "PortRegistry": {
            "Source": "EmbeddedOnly",
            "Entries": [ "billing-api 8081/tcp billing", "metrics 9464/tcp" ]
          }
        }
        """;

    private static string Json(object portRegistry) => System.Text.Json.JsonSerializer.Serialize(new { PortRegistry = portRegistry });

    private static IConfigurationRoot Configuration(string json)
        => new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static IHost BuildHost(string json, Action<IServiceCollection> more, RecordingLoggerProvider? logs = null)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Test" });
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddPortRegistry(builder.Configuration.GetSection("PortRegistry"));
        more(builder.Services);
        return builder.Build();
    }
}
