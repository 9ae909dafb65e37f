namespace Ports;

/// <summary>
/// Says how <see cref="PortRegistry.Create(PortRegistryOptions)"/> and <c>services.AddPortRegistry(...)</c> build a
/// registry: which services file, which data sources, which entries of the application's own, and how large a file
/// may be.
/// </summary>
public sealed class PortRegistryOptions
{
    private long _maxFileSize = Parsing.ServicesFileReader.DefaultMaxFileSize;

    /// <summary>
    /// Gets or sets the services file to read, or <see langword="null"/> (the default) for the system's own,
    /// <see cref="PortRegistry.SystemServicesPath"/>.
    /// </summary>
    public string? FilePath { get; set; }

    /// <summary>Gets or sets which data the registry holds. The default is <see cref="PortDataSource.SystemWithEmbeddedFallback"/>.</summary>
    public PortDataSource Source { get; set; } = PortDataSource.SystemWithEmbeddedFallback;

    /// <summary>
    /// Gets the application's own entries, such as <c>billing-api 8081/tcp</c>. They come before every other source, so
    /// a lookup finds them first; among themselves the first added wins.
    /// </summary>
    public IList<PortEntry> Entries { get; } = new List<PortEntry>();

    /// <summary>
    /// Gets or sets the largest services file that is read, in bytes; a larger file is refused with an
    /// <see cref="IOException"/> (or, for the fallback sources, recorded as not loaded). The default is 64 MiB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or exceeds the largest array .NET can allocate.</exception>
    public long MaxFileSize
    {
        get => _maxFileSize;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Array.MaxLength - 1L);
            _maxFileSize = value;
        }
    }

    /// <summary>Adds an entry of the application's own; see <see cref="Entries"/>.</summary>
    /// <param name="name">The service name.</param>
    /// <param name="port">The port, 0 to 65535.</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c>.</param>
    /// <param name="aliases">Other names of the service.</param>
    /// <returns>These options, so that calls can be chained.</returns>
    /// <exception cref="ArgumentException">The entry is not valid; see <see cref="PortEntry(string, int, string, IEnumerable{string}?, string?)"/>.</exception>
    public PortRegistryOptions AddEntry(string name, int port, string protocol, params string[] aliases)
    {
        Entries.Add(new PortEntry(name, port, protocol, aliases));
        return this;
    }
}
