using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace Ports.Parsing;

/// <summary>
/// The IANA registry data embedded in the assembly (<c>Data/iana.services</c>, written by
/// <c>PortRegistry.DataGenerator</c>), read straight from the assembly image with the same parser as any file.
/// </summary>
/// <remarks>
/// The resource is mapped with the assembly and stays for the life of the process, so entries keep only the offset of
/// their description and read it from there when first asked (<see cref="ReadDescription"/>): 0.5 MB of strings that
/// most programs never look at are not made.
/// </remarks>
internal static unsafe class EmbeddedData
{
    /// <summary>The manifest resource name of the data.</summary>
    public const string ResourceName = "Ports.Data.iana.services";

    /// <summary>The short name under which the embedded data appears in sources and diagnostics.</summary>
    public const string Location = "embedded";

    private const string VersionPrefix = "# iana-updated: ";

    private static byte* s_resource;
    private static int s_resourceLength;

    /// <summary>Parses the embedded data into <paramref name="builder"/>.</summary>
    /// <param name="builder">Where the entries go.</param>
    /// <returns>The IANA registry's <c>updated</c> date, such as <c>2026-08-17</c>.</returns>
    public static string Load(RegistryBuilder builder)
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(EmbeddedData).Assembly.FullName}.");

        ReadOnlySpan<byte> bytes;
        bool mapped = stream is UnmanagedMemoryStream;
        if (stream is UnmanagedMemoryStream memory)
        {
            bytes = new ReadOnlySpan<byte>(memory.PositionPointer, checked((int)memory.Length));
        }
        else
        {
            var copy = new byte[stream.Length];
            stream.ReadExactly(copy);
            bytes = copy;
        }

        // A plain array, not a pooled one: a pool would keep these 1 MB for the life of the process.
        char[] chars = GC.AllocateUninitializedArray<char>(LosslessUtf8.MaxCharCount(bytes.Length));
        int length = LosslessUtf8.Decode(bytes, chars);
        ReadOnlySpan<char> text = chars.AsSpan(0, length);
        if (mapped && Utf8.IsValid(bytes))
        {
            s_resourceLength = bytes.Length;
            s_resource = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(bytes));
            builder.AddEmbeddedText(text, bytes);
        }
        else
        {
            builder.AddText(text, PortSourceKind.Embedded, Location);
        }

        return ReadVersion(text);
    }

    /// <summary>Reads the description that starts at <paramref name="offset"/> in the resource: up to the line's end, trimmed.</summary>
    /// <param name="offset">The byte offset, as the builder recorded it.</param>
    /// <returns>The description.</returns>
    public static string ReadDescription(int offset)
    {
        var rest = new ReadOnlySpan<byte>(s_resource + offset, s_resourceLength - offset);
        int end = rest.IndexOfAny((byte)'\n', (byte)'\0');
        ReadOnlySpan<byte> description = (end < 0 ? rest : rest[..end]).TrimEnd(" \t\n\v\f\r"u8);
        return LosslessUtf8.GetString(description);
    }

    /// <summary>Reads the data version from the first line, <c># iana-updated: DATE</c>.</summary>
    /// <param name="text">The data.</param>
    /// <returns>The date as written.</returns>
    public static string ReadVersion(ReadOnlySpan<char> text)
    {
        int end = text.IndexOf('\n');
        ReadOnlySpan<char> first = end < 0 ? text : text[..end];
        if (!first.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The embedded data does not start with '{VersionPrefix}'.");
        }

        return first[VersionPrefix.Length..].Trim().ToString();
    }
}
