using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Ports.Assembling;
using Ports.Sources;
using static Ports.Indexes.EmbeddedIndexLayout;

namespace Ports.Indexes;

/// <summary>
/// Writes the embedded data's prebuilt index (<c>Data/iana.index</c>, laid out as <see cref="EmbeddedIndexLayout"/>
/// says) from the services text through the normal pipeline: the text is assembled into entries as
/// <see cref="PortRegistry.Embedded"/> would assemble it, the port and name indexes are built by <see cref="PortIndex"/>
/// and <see cref="NameIndex"/>, and the result is stored. <c>PortRegistry.DataGenerator</c> runs it after writing
/// <c>iana.services</c>, and a test runs it on the embedded text and compares the result with the embedded index byte
/// for byte, so that the two cannot drift apart.
/// </summary>
internal static class EmbeddedIndexWriter
{
    /// <summary>Builds the index of services text.</summary>
    /// <param name="servicesUtf8">The bytes of <c>iana.services</c>.</param>
    /// <returns>The bytes of the index.</returns>
    /// <exception cref="InvalidOperationException">
    /// The text is not valid UTF-8, has lines that glibc skips, or has an entry with more aliases (or more protocols in
    /// all) than the layout can count: the embedded data the generator writes has none of these.
    /// </exception>
    public static byte[] Write(ReadOnlySpan<byte> servicesUtf8)
    {
        EmbeddedData data = EmbeddedData.FromBytes(servicesUtf8.ToArray());
        if (!data.HasValidUtf8)
        {
            throw new InvalidOperationException("The embedded services text is not valid UTF-8; it cannot be indexed.");
        }

        var assembler = new EntryAssembler();
        assembler.AddEmbedded(data);
        AssembledEntries assembled = assembler.Build();
        if (assembled.Diagnostics.Length != 0)
        {
            throw new InvalidOperationException($"The embedded services text has lines that glibc skips ({assembled.Diagnostics[0]}); it cannot be indexed.");
        }

        ReadOnlySpan<PortEntry> entries = CollectionsMarshal.AsSpan(assembled.Entries);
        PortIndex ports = PortIndex.Create(entries);
        NameIndex names = NameIndex.Create(entries, ignoreCase: false, NameIndex.EmbeddedSeed);

        var numbers = new Dictionary<PortEntry, int>(entries.Length, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < entries.Length; i++)
        {
            numbers.Add(entries[i], i);
        }

        // Strings: the name keys in key order, then the protocols that are not also names.
        var strings = new List<string>(names.Keys.ToArray());
        var stringIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < strings.Count; i++)
        {
            stringIds.Add(strings[i], i);
        }

        var protocols = new List<string>();
        var protocolNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliases = new List<uint>();
        var entryFields = new List<uint>(entries.Length * EntryFields);
        foreach (PortEntry entry in entries)
        {
            if (!protocolNumbers.TryGetValue(entry.Protocol, out int protocol))
            {
                protocol = protocols.Count;
                protocolNumbers.Add(entry.Protocol, protocol);
                protocols.Add(entry.Protocol);
                if (!stringIds.ContainsKey(entry.Protocol))
                {
                    stringIds.Add(entry.Protocol, strings.Count);
                    strings.Add(entry.Protocol);
                }
            }

            if (protocols.Count > MaxSmallCount + 1 || entry.Aliases.Count > MaxSmallCount)
            {
                throw new InvalidOperationException($"The entry '{entry}' has more aliases, or the text more protocols, than the index can count ({MaxSmallCount}).");
            }

            entryFields.Add((uint)stringIds[entry.Name]);
            entryFields.Add((uint)entry.Port | ((uint)protocol << 16) | ((uint)entry.Aliases.Count << 24));
            entryFields.Add((uint)aliases.Count);
            foreach (string alias in entry.Aliases)
            {
                aliases.Add((uint)stringIds[alias]);
            }

            entryFields.Add((uint)entry.EmbeddedDescriptionOffset);
        }

        var stringStarts = new List<uint>(strings.Count + 1) { 0 };
        var chars = new List<char>();
        foreach (string text in strings)
        {
            chars.AddRange(text);
            stringStarts.Add((uint)chars.Count);
        }

        var header = new uint[HeaderFields];
        header[MagicField] = Magic;
        header[VersionField] = FormatVersion;
        header[SourceLengthField] = (uint)servicesUtf8.Length;
        header[SourceHashField] = Hash(servicesUtf8);
        header[EntryCountField] = (uint)entries.Length;
        header[ProtocolCountField] = (uint)protocols.Count;
        header[AliasCountField] = (uint)aliases.Count;
        header[StringCountField] = (uint)strings.Count;
        header[CharCountField] = (uint)chars.Count;
        header[PortSlotCountField] = (uint)ports.Table.Length;
        header[PortGroupCountField] = (uint)ports.Ports.Length;
        header[PortCandidateCountField] = (uint)ports.AllCandidates.Length;
        header[NameSlotCountField] = (uint)names.Slots.Length;
        header[NameKeyCountField] = (uint)names.Keys.Length;
        header[NameCandidateCountField] = (uint)names.AllCandidates.Length;
        header[TotalLengthField] = checked((uint)Length(header));

        var output = new List<uint>((int)(header[TotalLengthField] / sizeof(uint)));
        output.AddRange(header);
        output.AddRange(entryFields);
        foreach (string protocol in protocols)
        {
            output.Add((uint)stringIds[protocol]);
        }

        output.AddRange(aliases);
        output.AddRange(stringStarts);
        AddInts(output, ports.Table);
        foreach (ushort port in ports.Ports)
        {
            output.Add(port);
        }

        AddInts(output, ports.Starts);
        AddNumbers(output, ports.AllCandidates, numbers);
        foreach (ulong slot in names.Slots)
        {
            output.Add((uint)slot);
            output.Add((uint)(slot >> 32));
        }

        AddInts(output, names.Starts);
        AddNumbers(output, names.AllCandidates, numbers);

        var bytes = new byte[header[TotalLengthField]];
        int position = 0;
        foreach (uint field in output)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(position), field);
            position += sizeof(uint);
        }

        foreach (char c in chars)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(position), c);
            position += sizeof(char);
        }

        return bytes;
    }

    private static void AddInts(List<uint> output, ReadOnlySpan<int> values)
    {
        foreach (int value in values)
        {
            output.Add((uint)value);
        }
    }

    private static void AddNumbers(List<uint> output, ReadOnlySpan<PortEntry> candidates, Dictionary<PortEntry, int> numbers)
    {
        foreach (PortEntry candidate in candidates)
        {
            output.Add((uint)numbers[candidate]);
        }
    }
}
