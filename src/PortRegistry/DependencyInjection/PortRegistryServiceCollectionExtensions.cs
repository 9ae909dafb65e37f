using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ports;
using Ports.Configuration;
using Ports.Logging;
using Ports.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="PortRegistry"/> with a dependency injection container.</summary>
/// <remarks>
/// Every overload registers <see cref="PortRegistryOptions"/> with the options pattern and a <see cref="PortRegistry"/>
/// singleton built from <c>IOptions&lt;PortRegistryOptions&gt;</c> when it is first resolved. The overloads compose:
/// each configure step (an <see cref="Action{T}"/>, a configuration section, <c>services.Configure&lt;PortRegistryOptions&gt;</c>)
/// runs in registration order, so entries added by the application and by a library all end up in the one registry. A
/// <see cref="PortRegistry"/> the application registered itself wins over all of them. When an <see cref="ILoggerFactory"/>
/// is registered, the registry logs, once, each source that could not be read and a debug summary of skipped lines.
/// </remarks>
public static class PortRegistryServiceCollectionExtensions
{
    private static readonly PortRegistryOptions s_defaults = new();

    /// <summary>
    /// Registers a <see cref="PortRegistry"/> singleton built from <see cref="PortRegistryOptions"/>; with no options
    /// configured anywhere, that is <see cref="PortRegistry.Default"/>: the system services file first, then the
    /// embedded IANA data for what the file lacks. Nothing is loaded until the registry is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Resolving the registry throws <see cref="OptionsValidationException"/>, naming each problem, when the options are
    /// not valid (an entry line that does not hold exactly one entry or whose port is outside 0 to 65535, a size limit
    /// that is not positive); <c>services.AddOptions&lt;PortRegistryOptions&gt;().ValidateOnStart()</c> checks them when
    /// the host starts instead. With <see cref="PortDataSource.SystemOnly"/>, resolving the registry throws when the file
    /// cannot be read; every other source records the failure in <see cref="PortRegistry.Sources"/> (and logs it) instead.
    /// </remarks>
    public static IServiceCollection AddPortRegistry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PortRegistryOptions>, PortRegistryOptionsValidator>());
        services.TryAddSingleton(CreateRegistry);
        return services;
    }

    /// <summary>
    /// Registers a <see cref="PortRegistry"/> singleton as <see cref="AddPortRegistry(IServiceCollection)"/> does, and adds
    /// <paramref name="configure"/> as a step that sets its options (file, data sources, the application's own entries).
    /// Calling it again adds another step: a library's entries join the application's.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; it runs when the registry is first resolved.</param>
    /// <returns><paramref name="services"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddPortRegistry(this IServiceCollection services, Action<PortRegistryOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddPortRegistry();
        services.Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers a <see cref="PortRegistry"/> singleton as <see cref="AddPortRegistry(IServiceCollection)"/> does, and adds
    /// a step that sets its options from <paramref name="configuration"/>, such as the <c>PortRegistry</c> section of
    /// <c>appsettings.json</c>: <c>FilePath</c>, <c>Source</c> (a <see cref="PortDataSource"/> name), <c>MaxFileSize</c>
    /// and <c>Entries</c> (an array of services(5) lines, such as <c>"billing-api 8081/tcp billing"</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind, such as <c>builder.Configuration.GetSection("PortRegistry")</c>.</param>
    /// <returns><paramref name="services"/>, so that calls can be chained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Binding uses no reflection, so trimmed and NativeAOT applications get no warnings. A value that cannot be read
    /// (a size that is not a number, an unknown source) does not throw while binding: options validation reports it.
    /// </remarks>
    public static IServiceCollection AddPortRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPortRegistry();
        services.Configure<PortRegistryOptions>(options => PortRegistryOptionsBinder.Bind(configuration, options));
        return services;
    }

    private static PortRegistry CreateRegistry(IServiceProvider provider)
    {
        PortRegistryOptions options = provider.GetRequiredService<IOptions<PortRegistryOptions>>().Value;
        PortRegistry registry = IsDefault(options) ? PortRegistry.Default : PortRegistry.Create(options);
        if (provider.GetService<ILoggerFactory>() is { } loggerFactory)
        {
            PortRegistryLog.Loaded(loggerFactory.CreateLogger<PortRegistry>(), registry);
        }

        return registry;
    }

    private static bool IsDefault(PortRegistryOptions options)
        => options.FilePath is null
            && options.Entries.Count == 0
            && options.Source == s_defaults.Source
            && options.MaxFileSize == s_defaults.MaxFileSize;
}
