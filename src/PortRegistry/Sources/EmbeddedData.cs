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

    /// <summary>The manifest resource name of the data's prebuilt index (<c>Data/iana.index</c>).</summary>
    public const string IndexResourceName = "Ports.Data.iana.index";

    /// <summary>The short name under which the embedded data appears in sources and diagnostics.</summary>
    public const string Location = "embedded";

    private const string VersionPrefix = "# iana-updated: ";

    private readonly byte* _mapped;
    private readonly byte[]? _copy;
    private readonly int _length;

    // Checked only when the text is parsed: the prebuilt index reads no more of the text than a description.
    private int _validUtf8; // 0 not yet known, 1 valid, 2 not valid

    private EmbeddedData(byte* mapped, byte[]? copy, int length)
    {
        _mapped = mapped;
        _copy = copy;
        _length = length;
        Version = ReadVersion(Bytes);
    }

    /// <summary>Gets the bytes of the data: UTF-8 services(5) text.</summary>
    public ReadOnlySpan<byte> Bytes => _copy is null ? new ReadOnlySpan<byte>(_mapped, _length) : _copy;

    /// <summary>Gets the IANA registry's <c>updated</c> date, such as <c>2026-08-17</c>, from the first line.</summary>
    public string Version { get; }

    /// <summary>Gets a value indicating whether the bytes are valid UTF-8, so that descriptions can be read from them by offset.</summary>
    public bool HasValidUtf8
    {
        get
        {
            if (_validUtf8 == 0)
            {
                _validUtf8 = Utf8.IsValid(Bytes) ? 1 : 2;
            }

            return _validUtf8 == 1;
        }
    }

    /// <summary>Gets the length of the data in bytes.</summary>
    public int Length => _length;

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

    /// <summary>Wraps services text held in memory, such as the text the data generator has just written.</summary>
    /// <param name="bytes">The UTF-8 bytes; kept, not copied.</param>
    /// <returns>The data.</returns>
    public static EmbeddedData FromBytes(byte[] bytes) => new(mapped: null, bytes, bytes.Length);

    /// <summary>
    /// Maps the prebuilt index resource where the runtime hands out the assembly image itself. Returns
    /// <see langword="false"/> when the resource is missing or the runtime would hand out a copy (which would cost more
    /// than parsing saves), so that the caller parses the text instead.
    /// </summary>
    /// <param name="pointer">The start of the resource, valid for the life of the process.</param>
    /// <param name="length">Its length in bytes.</param>
    /// <returns><see langword="true"/> when the resource is mapped.</returns>
    public static bool TryMapIndex(out byte* pointer, out int length)
    {
        using Stream? stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(IndexResourceName);
        if (stream is UnmanagedMemoryStream memory)
        {
            pointer = memory.PositionPointer;
            length = checked((int)memory.Length);
            return true;
        }

        pointer = null;
        length = 0;
        return false;
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
