using Microsoft.Extensions.DependencyInjection;
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
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddPortRegistry(null!));
    }
}
