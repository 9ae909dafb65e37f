namespace Ports.Sources;

/// <summary>
/// The one place that declares which sources a registry is built from and in which order: the application's entries,
/// then the services file, then the embedded IANA data, each required, optional or a fallback as
/// <see cref="PortRegistryOptions.Source"/> says. <see cref="PortRegistry.Create(PortRegistryOptions)"/>,
/// <see cref="PortRegistry.FromFile(string)"/>, <see cref="PortRegistry.Default"/>, <see cref="PortRegistry.Embedded"/>
/// and <c>services.AddPortRegistry()</c> all build from it.
/// </summary>
internal static class SourcePlan
{
    /// <summary>Returns the sources of a registry built with <paramref name="options"/>, in precedence order.</summary>
    /// <param name="options">The options.</param>
    /// <param name="hasEntries">Whether the application added entries of its own.</param>
    /// <returns>The ordered sources.</returns>
    public static SourceStep[] For(PortRegistryOptions options, bool hasEntries)
    {
        string path = options.FilePath ?? PortRegistry.SystemServicesPath;
        SourceStep file = new(PortSourceKind.File, path, options.Source == PortDataSource.SystemOnly ? SourceUse.Required : SourceUse.Optional);
        SourceStep embedded = new(PortSourceKind.Embedded, Path: null, options.Source == PortDataSource.SystemWithEmbeddedFallback ? SourceUse.Fallback : SourceUse.Required);
        SourceStep[] data = options.Source switch
        {
            PortDataSource.SystemOnly => [file],
            PortDataSource.EmbeddedOnly => [embedded],
            _ => [file, embedded],
        };

        return hasEntries ? [new(PortSourceKind.Custom, Path: null, SourceUse.Required), .. data] : data;
    }
}
