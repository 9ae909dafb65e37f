using System.Collections.ObjectModel;
using System.Text;
using Ports.Reading;
using Ports.Sources;

namespace Ports;

/// <summary>
/// One service entry: a line of a services file such as <c>http 80/tcp www # WorldWideWeb HTTP</c>. Immutable.
/// </summary>
/// <remarks>
/// Two entries are equal when their name, port, protocol, aliases (by content, in order) and description are equal;
/// <see cref="Source"/> takes no part in equality.
/// </remarks>
public sealed class PortEntry : IEquatable<PortEntry>
{
    private readonly ReadOnlyCollection<string> _aliases;

    // The embedded data's descriptions stay in the assembly image until read: the data and the byte offset of the
    // description in it, or null. A registry of the IANA data so keeps 0.5 MB less. Port and source are stored narrow.
    private readonly EmbeddedData? _embedded;
    private readonly int _descriptionOffset;
    private readonly ushort _port;
    private readonly byte _source;
    private string? _description;

    /// <summary>
    /// Creates an entry, for example one an application adds to a registry through <see cref="PortRegistryOptions"/>.
    /// </summary>
    /// <param name="name">The service name. It must not be empty or contain whitespace, <c>#</c> or NUL, since a services file could not hold it.</param>
    /// <param name="port">The port number, 0 to 65535.</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c>, <c>udp</c> or <c>sctp</c>; kept verbatim. It must not contain whitespace, <c>#</c> or NUL.</param>
    /// <param name="aliases">Other names of the service, in order, or <see langword="null"/> for none; the same rules as <paramref name="name"/> apply.</param>
    /// <param name="description">A description of the service, or <see langword="null"/>; on one line (no line feed or NUL), since <see cref="ToString"/> writes it as the line's comment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="protocol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name, alias, protocol or description is not something a services file can hold.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is outside 0 to 65535.</exception>
    public PortEntry(string name, int port, string protocol, IEnumerable<string>? aliases = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        ValidateToken(name, nameof(name), allowEmpty: false);
        ValidateToken(protocol, nameof(protocol), allowEmpty: true);
        string[] copy = aliases is null ? [] : [.. aliases];
        foreach (string alias in copy)
        {
            ArgumentNullException.ThrowIfNull(alias, nameof(aliases));
            ValidateToken(alias, nameof(aliases), allowEmpty: false);
        }

        if (description is not null && description.AsSpan().IndexOfAny('\n', '\0') >= 0)
        {
            // ToString writes the description as the line's comment, which a line feed or NUL would cut short.
            throw new ArgumentException("A description cannot hold a line feed or NUL, since a services file ends the comment there.", nameof(description));
        }

        Name = name;
        _port = (ushort)port;
        Protocol = protocol;
        _aliases = Wrap(copy);
        _description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        _source = (byte)PortSourceKind.Custom;
    }

    /// <summary>Creates an entry from parts the parser has already checked; the alias array is taken over, not copied.</summary>
    internal PortEntry(string name, ushort port, string protocol, string[] aliases, string? description, PortSourceKind source)
    {
        Name = name;
        _port = port;
        Protocol = protocol;
        _aliases = Wrap(aliases);
        _description = description;
        _source = (byte)source;
    }

    /// <summary>Creates an entry of the embedded data whose description is read from the data when first asked for.</summary>
    internal PortEntry(string name, ushort port, string protocol, string[] aliases, EmbeddedData embedded, int descriptionOffset)
        : this(name, port, protocol, aliases, description: null, PortSourceKind.Embedded)
    {
        _embedded = embedded;
        _descriptionOffset = descriptionOffset;
    }

    /// <summary>Gets the service name exactly as the source spells it (case and every character kept).</summary>
    public string Name { get; }

    /// <summary>Gets the port number, 0 to 65535.</summary>
    public int Port => _port;

    /// <summary>
    /// Gets the protocol exactly as the source spells it: usually <c>tcp</c>, <c>udp</c>, <c>sctp</c> or <c>dccp</c>, but
    /// any string a services file holds, including <c>TCP</c>, <c>tcp/udp</c> and the empty string of a line such as <c>q 85/</c>.
    /// </summary>
    public string Protocol { get; }

    /// <summary>Gets the other names of the service, in source order, duplicates kept; empty when there are none.</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>
    /// Gets the IANA description for embedded data, or the comment that ends the line (without the <c>#</c> and trimmed)
    /// for a services file, or <see langword="null"/> when there is none.
    /// </summary>
    public string? Description => _description ?? (_embedded is null ? null : _description = _embedded.ReadDescription(_descriptionOffset));

    /// <summary>Gets the byte offset of the description in the embedded data, or -1 for an entry that does not read its description from there.</summary>
    internal int EmbeddedDescriptionOffset => _embedded is null ? -1 : _descriptionOffset;

    /// <summary>Gets a value indicating whether the description is held as a string (not still waiting in the embedded data).</summary>
    internal bool IsDescriptionDecoded => _description is not null || _embedded is null;

    /// <summary>Gets the range the port belongs to: well-known, registered or dynamic.</summary>
    public PortClass Class => PortRegistry.GetPortClass(Port);

    /// <summary>Gets where the entry came from: a file, the embedded data, text, or the application itself.</summary>
    public PortSourceKind Source => (PortSourceKind)_source;

    /// <summary>Tells whether <paramref name="name"/> is this entry's name or one of its aliases, compared ordinally.</summary>
    /// <param name="name">The name to look for.</param>
    /// <returns><see langword="true"/> when the name or an alias equals <paramref name="name"/> exactly.</returns>
    internal bool HasName(ReadOnlySpan<char> name)
    {
        if (name.SequenceEqual(Name))
        {
            return true;
        }

        foreach (string alias in _aliases)
        {
            if (name.SequenceEqual(alias))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(PortEntry? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Port == other.Port
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Protocol, other.Protocol, StringComparison.Ordinal)
            && _aliases.SequenceEqual(other._aliases, StringComparer.Ordinal)
            && DescriptionEquals(other);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PortEntry);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Port);
        hash.Add(Protocol, StringComparer.Ordinal);
        foreach (string alias in _aliases)
        {
            hash.Add(alias, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the entry as a services(5) line: <c>name port/protocol aliases # description</c>.</summary>
    /// <returns>A line that <see cref="PortRegistry.Parse(string)"/> reads back into an equal entry.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Name.Length + Protocol.Length + 16);
        text.Append(Name).Append(' ').Append(Port).Append('/').Append(Protocol);
        foreach (string alias in _aliases)
        {
            text.Append(' ').Append(alias);
        }

        if (Description is not null)
        {
            text.Append(" # ").Append(Description);
        }

        return text.ToString();
    }

    /// <summary>Compares two entries by value.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(PortEntry? left, PortEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two entries by value.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when the entries differ.</returns>
    public static bool operator !=(PortEntry? left, PortEntry? right) => !(left == right);

    /// <summary>Compares the descriptions without decoding one that is still in the embedded data.</summary>
    private bool DescriptionEquals(PortEntry other)
    {
        bool lazy = _description is null && _embedded is not null;
        bool otherLazy = other._description is null && other._embedded is not null;
        if (!lazy && !otherLazy)
        {
            return string.Equals(_description, other._description, StringComparison.Ordinal);
        }

        if (lazy && otherLazy)
        {
            return (ReferenceEquals(_embedded, other._embedded) && _descriptionOffset == other._descriptionOffset)
                || _embedded!.DescriptionBytes(_descriptionOffset).SequenceEqual(other._embedded!.DescriptionBytes(other._descriptionOffset));
        }

        return lazy ? Utf8Equals(_embedded!.DescriptionBytes(_descriptionOffset), other._description) : Utf8Equals(other._embedded!.DescriptionBytes(other._descriptionOffset), _description);
    }

    private static bool Utf8Equals(ReadOnlySpan<byte> utf8, string? text)
    {
        if (text is null || utf8.Length < text.Length)
        {
            // Every character takes at least one byte, so fewer bytes than characters cannot be the same text.
            return false;
        }

        return utf8.SequenceEqual(LosslessUtf8.GetBytes(text));
    }

    private static ReadOnlyCollection<string> Wrap(string[] aliases)
        => aliases.Length == 0 ? ReadOnlyCollection<string>.Empty : new ReadOnlyCollection<string>(aliases);

    private static void ValidateToken(string value, string paramName, bool allowEmpty)
    {
        if (!allowEmpty && value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", paramName);
        }

        int bad = value.AsSpan().IndexOfAny(ServicesSyntax.TokenBreakers);
        if (bad >= 0)
        {
            throw new ArgumentException(
                $"'{value}' cannot be written to a services file: it holds U+{(int)value[bad]:X4} at index {bad} (whitespace, '#' and NUL end a field).",
                paramName);
        }
    }
}
