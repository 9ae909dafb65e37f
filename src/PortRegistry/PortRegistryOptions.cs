namespace Ports;

/// <summary>
/// Says how <see cref="PortRegistry.Create(PortRegistryOptions)"/> and <c>services.AddPortRegistry(...)</c> build a
/// registry: which services file, which data sources, which entries of the application's own, and how large a file
/// may be.
/// </summary>
/// <remarks>
/// The options can be set in code, or bound from configuration (such as a <c>PortRegistry</c> section of
/// <c>appsettings.json</c>) with <c>services.AddPortRegistry(configuration)</c>. Nothing is checked while they are set:
/// <see cref="PortRegistry.Create(PortRegistryOptions)"/> and the options validation of dependency injection check them
/// all at once and name every setting that is wrong.
/// </remarks>
public sealed class PortRegistryOptions
{
    /// <summary>
    /// Gets or sets the services file to read, or <see langword="null"/> (the default) for the system's own,
    /// <see cref="PortRegistry.SystemServicesPath"/>.
    /// </summary>
    public string? FilePath { get; set; }

    /// <summary>
    /// Gets or sets which data the registry holds. The default is <see cref="PortDataSource.Merged"/>: the system file
    /// first, then the embedded IANA data for what the file does not hold.
    /// </summary>
    public PortDataSource Source { get; set; } = PortDataSource.Merged;

    /// <summary>
    /// Gets the application's own entries, each a line in services(5) format such as <c>billing-api 8081/tcp billing</c>
    /// (name, port/protocol, aliases, and an optional <c># description</c>), read with the same rules as a services file.
    /// They come before every other source, so a lookup finds them first; among themselves the first added wins.
    /// </summary>
    /// <remarks>
    /// Each line must hold exactly one entry with a port from 0 to 65535. A line that glibc would skip, a line without an
    /// entry (empty or only a comment) and a port outside that range make the options invalid; the error names the line.
    /// </remarks>
    public IList<string> Entries { get; } = new List<string>();

    /// <summary>
    /// Gets or sets the largest services file that is read, in bytes; a larger file is refused with an
    /// <see cref="IOException"/> (or, for the fallback sources, recorded as not loaded). The default is 64 MiB. The value
    /// must be positive and less than the largest array .NET can allocate; a value outside that range makes the options
    /// invalid.
    /// </summary>
    public long MaxFileSize { get; set; } = Sources.ServicesFileReader.DefaultMaxFileSize;

    /// <summary>Gets what could not be bound from configuration (a value that is not a number or not a data source), for validation to report.</summary>
    internal List<string> BindingErrors { get; } = [];

    /// <summary>Adds an entry of the application's own at the end of <see cref="Entries"/>.</summary>
    /// <param name="name">The service name.</param>
    /// <param name="port">The port, 0 to 65535.</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c>.</param>
    /// <param name="aliases">Other names of the service.</param>
    /// <returns>These options, so that calls can be chained.</returns>
    /// <exception cref="ArgumentException">The entry is not valid; see <see cref="PortEntry(string, int, string, IEnumerable{string}?, string?)"/>.</exception>
    public PortRegistryOptions AddEntry(string name, int port, string protocol, params string[] aliases)
    {
        Entries.Add(new PortEntry(name, port, protocol, aliases).ToString());
        return this;
    }
}
