using Microsoft.Extensions.DependencyInjection.Extensions;
using Ports;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="PortRegistry"/> with a dependency injection container.</summary>
public static class PortRegistryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PortRegistry.Default"/> as the <see cref="PortRegistry"/> singleton: the system services
    /// file first, then the embedded IANA data for what the file lacks. A <see cref="PortRegistry"/> the application
    /// registered before wins. Nothing is loaded until the registry is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddPortRegistry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(static _ => PortRegistry.Default);
        return services;
    }

    /// <summary>
    /// Registers a <see cref="PortRegistry"/> singleton built as <paramref name="configure"/> says (file, data sources,
    /// the application's own entries). A <see cref="PortRegistry"/> the application registered before wins. The options
    /// are configured and the registry built when it is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns><paramref name="services"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// With <see cref="PortDataSource.SystemOnly"/>, resolving the registry throws when the file cannot be read; every
    /// other source records the failure in <see cref="PortRegistry.Sources"/> instead.
    /// </remarks>
    public static IServiceCollection AddPortRegistry(this IServiceCollection services, Action<PortRegistryOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(_ =>
        {
            var options = new PortRegistryOptions();
            configure(options);
            return PortRegistry.Create(options);
        });
        return services;
    }
}
