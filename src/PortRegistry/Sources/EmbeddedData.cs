using System.Text.Unicode;
using Ports.Reading;

namespace Ports.Sources;

/// <summary>
/// The IANA registry data embedded in the assembly (<c>Data/iana.services</c>, written by
/// <c>PortRegistry.DataGenerator</c>): its bytes, its version, and the descriptions of the entries read from it, which
/// are decoded only when asked for.
/// </summary>
/// <remarks>
/// The resource is mapped with the assembly and stays for the life of the process, so entries keep only this object and
/// the offset of their description (<see cref="ReadDescription"/>): 0.5 MB of strings that most programs never look at
/// are not made. Where the runtime hands out a copy instead of the mapped image, the copy is kept.
/// </remarks>
internal sealed unsafe class EmbeddedData
{
    /// <summary>The manifest resource name of the data.</summary>
    public const string ResourceName = "Ports.Data.iana.services";

    /// <summary>The short name under which the embedded data appears in sources and diagnostics.</summary>
    public const string Location = "embedded";

    private const string VersionPrefix = "# iana-updated: ";

    private readonly byte* _mapped;
    private readonly byte[]? _copy;
    private readonly int _length;

    private EmbeddedData(byte* mapped, byte[]? copy, int length)
    {
        _mapped = mapped;
        _copy = copy;
        _length = length;
        Version = ReadVersion(Bytes);
        HasValidUtf8 = Utf8.IsValid(Bytes);
    }

    /// <summary>Gets the bytes of the data: UTF-8 services(5) text.</summary>
    public ReadOnlySpan<byte> Bytes => _copy is null ? new ReadOnlySpan<byte>(_mapped, _length) : _copy;

    /// <summary>Gets the IANA registry's <c>updated</c> date, such as <c>2026-08-17</c>, from the first line.</summary>
    public string Version { get; }

    /// <summary>Gets a value indicating whether the bytes are valid UTF-8, so that descriptions can be read from them by offset.</summary>
    public bool HasValidUtf8 { get; }

    /// <summary>Opens the resource.</summary>
    /// <returns>The data.</returns>
    public static EmbeddedData Open()
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(EmbeddedData).Assembly.FullName}.");
        if (stream is UnmanagedMemoryStream memory)
        {
            return new EmbeddedData(memory.PositionPointer, copy: null, checked((int)memory.Length));
        }

        var copy = new byte[stream.Length];
        stream.ReadExactly(copy);
        return new EmbeddedData(mapped: null, copy, copy.Length);
    }

    /// <summary>Returns the bytes of the description that starts at <paramref name="offset"/>: up to the line's end, trimmed.</summary>
    /// <param name="offset">The byte offset, as the assembler recorded it.</param>
    /// <returns>The description's UTF-8 bytes.</returns>
    public ReadOnlySpan<byte> DescriptionBytes(int offset)
    {
        ReadOnlySpan<byte> rest = Bytes[offset..];
        int end = rest.IndexOfAny((byte)'\n', (byte)'\0');
        return (end < 0 ? rest : rest[..end]).TrimEnd(" \t\n\v\f\r"u8);
    }

    /// <summary>Decodes the description that starts at <paramref name="offset"/>.</summary>
    /// <param name="offset">The byte offset, as the assembler recorded it.</param>
    /// <returns>The description.</returns>
    public string ReadDescription(int offset) => LosslessUtf8.GetString(DescriptionBytes(offset));

    private static string ReadVersion(ReadOnlySpan<byte> bytes)
    {
        int end = bytes.IndexOf((byte)'\n');
        ReadOnlySpan<byte> first = end < 0 ? bytes : bytes[..end];
        string line = LosslessUtf8.GetString(first);
        if (!line.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The embedded data does not start with '{VersionPrefix}'.");
        }

        return line[VersionPrefix.Length..].Trim();
    }
}
