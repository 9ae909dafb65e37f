namespace Ports;

/// <summary>
/// Chooses which data a registry built by <see cref="PortRegistry.Create(PortRegistryOptions)"/> holds.
/// Entries added through <see cref="PortRegistryOptions.Entries"/> always come first and so win over all of them.
/// </summary>
public enum PortDataSource
{
    /// <summary>
    /// The system services file when it exists and can be read, otherwise the embedded IANA data, with the reason
    /// recorded in <see cref="PortRegistry.Sources"/>. Never throws.
    /// </summary>
    SystemWithEmbeddedFallback,

    /// <summary>The system services file only; building the registry throws when the file cannot be read.</summary>
    SystemOnly,

    /// <summary>The embedded IANA data only; the system file is never read.</summary>
    EmbeddedOnly,

    /// <summary>
    /// The system services file first, then the embedded IANA data: a lookup that the system file cannot answer is
    /// answered from the embedded data. A missing or unreadable system file is recorded, not thrown. This is the
    /// default, and what <see cref="PortRegistry.Default"/> holds.
    /// </summary>
    Merged,
}
