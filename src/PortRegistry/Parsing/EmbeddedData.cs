using System.Buffers;

namespace Ports.Parsing;

/// <summary>
/// The IANA registry data embedded in the assembly (<c>Data/iana.services</c>, written by
/// <c>PortRegistry.DataGenerator</c>), read straight from the assembly image with the same parser as any file.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>The manifest resource name of the data.</summary>
    public const string ResourceName = "Ports.Data.iana.services";

    /// <summary>The short name under which the embedded data appears in sources and diagnostics.</summary>
    public const string Location = "embedded";

    private const string VersionPrefix = "# iana-updated: ";

    /// <summary>Parses the embedded data into <paramref name="builder"/>.</summary>
    /// <param name="builder">Where the entries go.</param>
    /// <returns>The IANA registry's <c>updated</c> date, such as <c>2026-08-17</c>.</returns>
    public static unsafe string Load(RegistryBuilder builder)
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(EmbeddedData).Assembly.FullName}.");

        ReadOnlySpan<byte> bytes;
        byte[]? copy = null;
        if (stream is UnmanagedMemoryStream memory)
        {
            bytes = new ReadOnlySpan<byte>(memory.PositionPointer, checked((int)memory.Length));
        }
        else
        {
            copy = new byte[stream.Length];
            stream.ReadExactly(copy);
            bytes = copy;
        }

        char[] chars = ArrayPool<char>.Shared.Rent(LosslessUtf8.MaxCharCount(bytes.Length));
        try
        {
            int length = LosslessUtf8.Decode(bytes, chars);
            ReadOnlySpan<char> text = chars.AsSpan(0, length);
            builder.AddText(text, PortSourceKind.Embedded, Location);
            return ReadVersion(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
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
