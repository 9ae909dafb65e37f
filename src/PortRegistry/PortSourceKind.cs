namespace Ports;

/// <summary>
/// Says where an entry, or one of the sources a registry was built from, came from.
/// </summary>
public enum PortSourceKind
{
    /// <summary>Text handed to <see cref="PortRegistry.Parse(string)"/> or one of its overloads.</summary>
    Text,

    /// <summary>A services file read from disk, such as <c>/etc/services</c>.</summary>
    File,

    /// <summary>The IANA registry data embedded in the PortRegistry assembly.</summary>
    Embedded,

    /// <summary>Entries the application added itself through <see cref="PortRegistryOptions"/>.</summary>
    Custom,
}
