namespace Ports.Indexes;

/// <summary>
/// The binary layout of <c>Data/iana.index</c>, the embedded data's prebuilt index, shared by its writer
/// (<see cref="EmbeddedIndexWriter"/>) and its reader (<see cref="EmbeddedIndex"/>).
/// </summary>
/// <remarks>
/// <para>Little-endian throughout; every section starts on a 4-byte boundary. A header of <see cref="HeaderFields"/>
/// 32-bit fields (numbered by the constants below) is followed by these sections, in this order:</para>
/// <list type="number">
/// <item>entries: <see cref="EntryFields"/> 32-bit fields per entry, in source order: the name's string id; the port
/// (low 16 bits), protocol number (next 8) and alias count (top 8); the first alias's position in the alias section;
/// the byte offset of the description in <c>iana.services</c>, or -1 for none;</item>
/// <item>protocols: a string id per protocol number;</item>
/// <item>aliases: a string id per alias, entry after entry;</item>
/// <item>string starts: for each string, where its characters start in the character section, and the end after the
/// last string. Strings 0 to (name keys - 1) are the name index's keys, in key order; the protocols that are not also
/// names follow;</item>
/// <item>port table, port keys, port starts, port candidates: <see cref="PortIndex"/>'s table (group + 1 per slot, 0 for
/// empty), the port of each group, where each group's candidates start (and the end), and the candidates as entry
/// numbers;</item>
/// <item>name slots, name starts, name candidates: <see cref="NameIndex"/>'s slots (two fields each: key + 1, then the
/// hash, 0 for empty) built with <see cref="NameIndex.EmbeddedSeed"/>, where each key's candidates start (and the
/// end), and the candidates as entry numbers;</item>
/// <item>characters: the strings' UTF-16 code units, padded with zeros to a 4-byte boundary.</item>
/// </list>
/// </remarks>
internal static class EmbeddedIndexLayout
{
    /// <summary>The magic number that opens the index: the bytes <c>PRIX</c>.</summary>
    public const uint Magic = 0x5849_5250;

    /// <summary>The version of this layout; a reader refuses any other.</summary>
    public const uint FormatVersion = 1;

    /// <summary>The header field holding <see cref="Magic"/>.</summary>
    public const int MagicField = 0;

    /// <summary>The header field holding <see cref="FormatVersion"/>.</summary>
    public const int VersionField = 1;

    /// <summary>The header field holding the total length of the index in bytes.</summary>
    public const int TotalLengthField = 2;

    /// <summary>The header field holding the length in bytes of the <c>iana.services</c> the index was built from.</summary>
    public const int SourceLengthField = 3;

    /// <summary>The header field holding the FNV-1a hash of the <c>iana.services</c> the index was built from.</summary>
    public const int SourceHashField = 4;

    /// <summary>The header field holding the number of entries.</summary>
    public const int EntryCountField = 5;

    /// <summary>The header field holding the number of protocols.</summary>
    public const int ProtocolCountField = 6;

    /// <summary>The header field holding the number of aliases of all entries together.</summary>
    public const int AliasCountField = 7;

    /// <summary>The header field holding the number of strings.</summary>
    public const int StringCountField = 8;

    /// <summary>The header field holding the number of UTF-16 code units of all strings together.</summary>
    public const int CharCountField = 9;

    /// <summary>The header field holding the number of slots of the port table (a power of two).</summary>
    public const int PortSlotCountField = 10;

    /// <summary>The header field holding the number of distinct ports.</summary>
    public const int PortGroupCountField = 11;

    /// <summary>The header field holding the number of port candidates.</summary>
    public const int PortCandidateCountField = 12;

    /// <summary>The header field holding the number of slots of the name table (a power of two).</summary>
    public const int NameSlotCountField = 13;

    /// <summary>The header field holding the number of distinct names and aliases.</summary>
    public const int NameKeyCountField = 14;

    /// <summary>The header field holding the number of name candidates.</summary>
    public const int NameCandidateCountField = 15;

    /// <summary>The number of 32-bit fields of the header.</summary>
    public const int HeaderFields = 16;

    /// <summary>The number of 32-bit fields of an entry.</summary>
    public const int EntryFields = 4;

    /// <summary>The most protocols or aliases of one entry an entry's packed field can number.</summary>
    public const int MaxSmallCount = 255;

    /// <summary>Returns the FNV-1a hash of <paramref name="bytes"/>, which the header records for the services text.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The hash.</returns>
    public static uint Hash(ReadOnlySpan<byte> bytes)
    {
        uint hash = 2166136261;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
    }

    /// <summary>Returns the length in bytes of the index whose header fields are <paramref name="header"/>.</summary>
    /// <param name="header">The header's fields.</param>
    /// <returns>The length, computed in 64 bits so that corrupt counts cannot overflow it.</returns>
    public static long Length(ReadOnlySpan<uint> header)
    {
        long fields = HeaderFields
            + ((long)header[EntryCountField] * EntryFields)
            + header[ProtocolCountField]
            + header[AliasCountField]
            + ((long)header[StringCountField] + 1)
            + header[PortSlotCountField]
            + header[PortGroupCountField]
            + ((long)header[PortGroupCountField] + 1)
            + header[PortCandidateCountField]
            + ((long)header[NameSlotCountField] * 2)
            + ((long)header[NameKeyCountField] + 1)
            + header[NameCandidateCountField];
        return (fields * sizeof(uint)) + (((long)header[CharCountField] * sizeof(char)) + 3 & ~3L);
    }
}
