using System.Runtime.InteropServices;
using Ports.Sources;
using static Ports.Indexes.EmbeddedIndexLayout;

namespace Ports.Indexes;

/// <summary>
/// The embedded data as its prebuilt index (<c>Data/iana.index</c>, see <see cref="EmbeddedIndexLayout"/>), read in
/// place from the assembly image: opening it checks the header and makes nothing, a lookup makes only the entries of
/// the key it finds, each once per process, and only what enumerates everything (<see cref="All"/>) makes them all.
/// </summary>
/// <remarks>
/// Entries are made on first use into a cache (<see cref="ChunkedCache{T}"/>, filled with
/// <see cref="PublishOnce"/>), so that every lookup returns the same instance; so are the strings (one per distinct name, as when the text is parsed) and the
/// candidate arrays of each port and name. The answers are those of <see cref="PortIndex"/> and <see cref="NameIndex"/>
/// over the entries parsed from <c>iana.services</c>: a test compares every entry, port and name.
/// </remarks>
internal sealed unsafe class EmbeddedIndex
{
    /// <summary>
    /// The fewest references an array needs to reach the GC's large object heap (85,000 bytes, its default threshold).
    /// </summary>
    private static readonly int LargeObjectLength = (85_000 / IntPtr.Size) + 1;

    private readonly EmbeddedData _text;
    private readonly byte[]? _pinned;
    private readonly uint* _entries;
    private readonly uint* _protocols;
    private readonly uint* _aliases;
    private readonly uint* _stringStarts;
    private readonly uint* _portTable;
    private readonly uint* _portKeys;
    private readonly uint* _portStarts;
    private readonly uint* _portCandidates;
    private readonly uint* _nameSlots;
    private readonly uint* _nameStarts;
    private readonly uint* _nameCandidates;
    private readonly char* _chars;
    private readonly int _entryCount;
    private readonly int _protocolCount;
    private readonly int _aliasCount;
    private readonly int _stringCount;
    private readonly int _charCount;
    private readonly int _portShift;
    private readonly int _portMask;
    private readonly int _portGroups;
    private readonly int _portCandidateCount;
    private readonly int _nameMask;
    private readonly int _nameKeys;
    private readonly int _nameCandidateCount;

    // Filled on first use, a page at a time, so that opening the index and a few lookups touch little memory. The lists
    // of each port are one flat array instead (a reference per distinct port): a port lookup is the hottest path, and the
    // cache's second indirection cost it about 0.8 ns of its 3.6 ns. That array is made at least LargeObjectLength long,
    // so that it goes to the large object heap: the GC clears the memory of a small object when it hands it out (all 12
    // pages of the 48 KB the IANA data needs, touched at once), but gives a large one fresh pages from the system, which
    // are zero already and cost nothing until a list is stored in them. A process that looks up a few ports so touches a
    // page or two of it.
    private readonly ChunkedCache<PortEntry> _entryCache;
    private readonly ChunkedCache<string> _stringCache;
    private readonly PortEntry[]?[] _portLists;
    private readonly ChunkedCache<PortEntry[]> _nameLists;
    private PortEntry[]? _all;

    private EmbeddedIndex(EmbeddedData text, byte* index, int length, byte[]? pinned)
    {
        _text = text;
        _pinned = pinned;
        if (length < HeaderFields * sizeof(uint))
        {
            throw Corrupt("it is shorter than its header");
        }

        var header = new ReadOnlySpan<uint>(index, HeaderFields);
        if (header[MagicField] != Magic)
        {
            throw Corrupt("it does not start with the index's magic number");
        }

        if (header[VersionField] != FormatVersion)
        {
            throw Corrupt($"its format version is {header[VersionField]}, where this library reads version {FormatVersion}");
        }

        if (header[TotalLengthField] != length || Length(header) != length)
        {
            throw Corrupt($"it is {length} bytes long, where its header says {header[TotalLengthField]} and its counts {Length(header)}");
        }

        // Only the length of the text is compared, not its hash: hashing would read every page of the text, which the
        // index is there to spare. The test that rebuilds the index from the text compares everything.
        if (header[SourceLengthField] != text.Length)
        {
            throw Corrupt($"it was built from services text of {header[SourceLengthField]} bytes, where the embedded text has {text.Length}");
        }

        uint portSlots = header[PortSlotCountField];
        uint nameSlots = header[NameSlotCountField];
        if (portSlots < 2 || !uint.IsPow2(portSlots) || !uint.IsPow2(nameSlots) || header[PortGroupCountField] >= portSlots || header[NameKeyCountField] >= nameSlots)
        {
            throw Corrupt("its hash tables are not sized as powers of two larger than their keys");
        }

        _entryCount = (int)header[EntryCountField];
        _protocolCount = (int)header[ProtocolCountField];
        _aliasCount = (int)header[AliasCountField];
        _stringCount = (int)header[StringCountField];
        _charCount = (int)header[CharCountField];
        _portMask = (int)portSlots - 1;
        _portShift = 32 - int.Log2((int)portSlots);
        _portGroups = (int)header[PortGroupCountField];
        _portCandidateCount = (int)header[PortCandidateCountField];
        _nameMask = (int)nameSlots - 1;
        _nameKeys = (int)header[NameKeyCountField];
        _nameCandidateCount = (int)header[NameCandidateCountField];

        uint* p = (uint*)index + HeaderFields;
        _entries = Take(ref p, (long)_entryCount * EntryFields);
        _protocols = Take(ref p, _protocolCount);
        _aliases = Take(ref p, _aliasCount);
        _stringStarts = Take(ref p, _stringCount + 1L);
        _portTable = Take(ref p, portSlots);
        _portKeys = Take(ref p, _portGroups);
        _portStarts = Take(ref p, _portGroups + 1L);
        _portCandidates = Take(ref p, _portCandidateCount);
        _nameSlots = Take(ref p, nameSlots * 2L);
        _nameStarts = Take(ref p, _nameKeys + 1L);
        _nameCandidates = Take(ref p, _nameCandidateCount);
        _chars = (char*)p;
        _entryCache = new ChunkedCache<PortEntry>(_entryCount);
        _stringCache = new ChunkedCache<string>(_stringCount);
        _portLists = new PortEntry[]?[Math.Max(_portGroups, LargeObjectLength)];
        _nameLists = new ChunkedCache<PortEntry[]>(_nameKeys);
    }

    /// <summary>
    /// Gets a value indicating whether this processor reads a number at any address as fast as at an aligned one. A
    /// native (NativeAOT) executable packs the assembly's resources without aligning them, so the index can start at any
    /// address there, and x86, x64 and Arm64 read it in place all the same; other processors parse the text instead.
    /// </summary>
    private static bool ReadsUnaligned => RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 or Architecture.Arm64;

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entryCount;

    /// <summary>Opens the embedded data's index in place, when this machine and runtime allow it.</summary>
    /// <param name="text">The embedded services text the index was built from, which the entries' descriptions are read from.</param>
    /// <returns>
    /// The index; <see langword="null"/> on a big-endian machine, or where the runtime hands out a copy of the resource or
    /// maps it off a 4-byte boundary on a processor that needs aligned reads, so that the caller parses the text instead.
    /// </returns>
    /// <exception cref="InvalidOperationException">The index is corrupt or was built from other text.</exception>
    public static EmbeddedIndex? TryOpen(EmbeddedData text)
    {
        if (!BitConverter.IsLittleEndian || !EmbeddedData.TryMapIndex(out byte* index, out int length) || (((nuint)index & 3) != 0 && !ReadsUnaligned))
        {
            return null;
        }

        return new EmbeddedIndex(text, index, length, pinned: null);
    }

    /// <summary>Opens an index held in memory (a copy is pinned for the life of the result), as tests do.</summary>
    /// <param name="text">The services text the index was built from.</param>
    /// <param name="index">The bytes of the index.</param>
    /// <param name="offset">
    /// How many bytes past an 8-byte boundary the copy starts, 0 to 7: other than 0 and 4, the index is read at the
    /// unaligned addresses a native executable can give it.
    /// </param>
    /// <returns>The index.</returns>
    /// <exception cref="InvalidOperationException">The index is corrupt or was built from other text.</exception>
    /// <exception cref="PlatformNotSupportedException">The machine is big-endian, or <paramref name="offset"/> is unaligned on a processor that needs aligned reads.</exception>
    public static EmbeddedIndex FromBytes(EmbeddedData text, ReadOnlySpan<byte> index, int offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, 7);
        if (!BitConverter.IsLittleEndian || ((offset & 3) != 0 && !ReadsUnaligned))
        {
            throw new PlatformNotSupportedException("The embedded index is read in place only on little-endian machines, and at an unaligned address only on x86, x64 and Arm64.");
        }

        // A pinned array's data starts on an 8-byte boundary on 64-bit runtimes (16 bytes past the object's start).
        byte[] pinned = GC.AllocateArray<byte>(Math.Max(index.Length + offset, 1), pinned: true);
        index.CopyTo(pinned.AsSpan(offset));
        fixed (byte* pointer = pinned)
        {
            // The array is pinned for its whole life, so the pointer stays valid after this block.
            return new EmbeddedIndex(text, pointer + offset, index.Length, pinned);
        }
    }

    /// <summary>Returns, for a port, the first entry of each protocol in source order, made on first use.</summary>
    /// <param name="port">The port; any value outside 0 to 65535 finds nothing.</param>
    /// <returns>The entries; empty when there are none.</returns>
    public ReadOnlySpan<PortEntry> ByPort(int port)
    {
        int group = FindPortGroup(port);
        if (group < 0)
        {
            return default;
        }

        return _portLists[group] ?? MakePortList(group);
    }

    /// <summary>Returns, for a name or alias, the first entry of each protocol in source order, made on first use.</summary>
    /// <param name="name">The name, compared ordinally.</param>
    /// <returns>The entries; empty when there are none.</returns>
    public ReadOnlySpan<PortEntry> ByName(ReadOnlySpan<char> name) => ByName(name, NameIndex.HashOrdinal(name, NameIndex.EmbeddedSeed));

    /// <summary>Returns, for a name whose hash the caller computed, the first entry of each protocol in source order, made on first use.</summary>
    /// <param name="name">The name or alias, compared ordinally.</param>
    /// <param name="hash"><see cref="NameIndex.HashOrdinal"/> of the name with <see cref="NameIndex.EmbeddedSeed"/>.</param>
    /// <returns>The entries; empty for an unknown name.</returns>
    public ReadOnlySpan<PortEntry> ByName(ReadOnlySpan<char> name, uint hash)
    {
        int key = FindNameKey(name, hash);
        if (key < 0)
        {
            return default;
        }

        return _nameLists.Get(key) ?? _nameLists.GetOrAdd(key, MakeList(_nameStarts, _nameCandidates, _nameCandidateCount, key));
    }

    /// <summary>Returns every entry in source order, making those not made yet (the rare paths that enumerate everything).</summary>
    /// <returns>The entries, in an array shared by every caller, which must not change it.</returns>
    public PortEntry[] All()
    {
        PortEntry[]? all = Volatile.Read(ref _all);
        if (all is null)
        {
            all = new PortEntry[_entryCount];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = Entry(i);
            }

            all = PublishOnce.Publish(ref _all, all);
        }

        return all;
    }

    /// <summary>Returns entry number <paramref name="number"/>, made once.</summary>
    /// <param name="number">The entry's position in source order.</param>
    /// <returns>The entry.</returns>
    public PortEntry Entry(int number)
    {
        if ((uint)number >= (uint)_entryCount)
        {
            throw Corrupt($"it refers to entry {number} of {_entryCount}");
        }

        return _entryCache.Get(number) ?? _entryCache.GetOrAdd(number, MakeEntry(number));
    }

    private int FindPortGroup(int port)
    {
        if ((uint)port > ushort.MaxValue)
        {
            return -1;
        }

        int slot = PortIndex.Slot(port, _portShift);
        while (true)
        {
            int group = (int)_portTable[slot] - 1;
            if (group < 0)
            {
                return -1;
            }

            if ((uint)group >= (uint)_portGroups)
            {
                throw Corrupt("its port table refers to a port it does not hold");
            }

            if (_portKeys[group] == (uint)port)
            {
                return group;
            }

            slot = (slot + 1) & _portMask;
        }
    }

    private int FindNameKey(ReadOnlySpan<char> name, uint hash)
    {
        int slot = (int)hash & _nameMask;
        while (true)
        {
            uint* pair = _nameSlots + (2 * slot);
            int key = (int)pair[0] - 1;
            if (key < 0)
            {
                return -1;
            }

            if (pair[1] == hash)
            {
                if ((uint)key >= (uint)_nameKeys)
                {
                    throw Corrupt("its name table refers to a name it does not hold");
                }

                if (name.SequenceEqual(Chars(key)))
                {
                    return key;
                }
            }

            slot = (slot + 1) & _nameMask;
        }
    }

    private PortEntry[] MakePortList(int group)
    {
        return PublishOnce.Publish(ref _portLists[group], MakeList(_portStarts, _portCandidates, _portCandidateCount, group));
    }

    private PortEntry[] MakeList(uint* starts, uint* candidates, int candidateCount, int key)
    {
        uint start = starts[key];
        uint end = starts[key + 1];
        if (start > end || end > (uint)candidateCount)
        {
            throw Corrupt("its candidate lists overlap or overrun");
        }

        var list = new PortEntry[end - start];
        for (int i = 0; i < list.Length; i++)
        {
            list[i] = Entry((int)candidates[start + i]);
        }

        return list;
    }

    private PortEntry MakeEntry(int number)
    {
        uint* fields = _entries + ((long)number * EntryFields);
        uint packed = fields[1];
        int protocol = (int)(packed >> 16) & 0xFF;
        int aliasCount = (int)(packed >> 24);
        uint aliasStart = fields[2];
        if (protocol >= _protocolCount || aliasStart + (ulong)aliasCount > (ulong)_aliasCount)
        {
            throw Corrupt($"entry {number} refers to a protocol or aliases it does not hold");
        }

        string[] aliases = aliasCount == 0 ? [] : new string[aliasCount];
        for (int i = 0; i < aliases.Length; i++)
        {
            aliases[i] = String((int)_aliases[aliasStart + i]);
        }

        string name = String((int)fields[0]);
        int description = (int)fields[3];
        if (description >= _text.Length)
        {
            throw Corrupt($"entry {number} has its description beyond the end of the text");
        }

        return description < 0
            ? new PortEntry(name, (ushort)packed, Protocol(protocol), aliases, description: null, PortSourceKind.Embedded)
            : new PortEntry(name, (ushort)packed, Protocol(protocol), aliases, _text, description);
    }

    /// <summary>
    /// Returns a protocol's string: the literal <c>tcp</c>, <c>udp</c>, <c>sctp</c> or <c>dccp</c> (interned, as the text
    /// parser's are) where it is one, so that comparing it with a caller's literal is a reference check.
    /// </summary>
    private string Protocol(int protocol)
    {
        string text = String((int)_protocols[protocol]);
        return text switch
        {
            "tcp" => "tcp",
            "udp" => "udp",
            "sctp" => "sctp",
            "dccp" => "dccp",
            _ => text,
        };
    }

    private string String(int id)
    {
        if ((uint)id >= (uint)_stringCount)
        {
            throw Corrupt($"it refers to string {id} of {_stringCount}");
        }

        return _stringCache.Get(id) ?? _stringCache.GetOrAdd(id, new string(Chars(id)));
    }

    private ReadOnlySpan<char> Chars(int id)
    {
        uint start = _stringStarts[id];
        uint end = _stringStarts[id + 1];
        if (start > end || end > (uint)_charCount)
        {
            throw Corrupt("its strings overlap or overrun");
        }

        return new ReadOnlySpan<char>(_chars + start, (int)(end - start));
    }

    private static uint* Take(ref uint* position, long fields)
    {
        uint* start = position;
        position += fields;
        return start;
    }

    private static InvalidOperationException Corrupt(string reason)
        => new($"The embedded index ({EmbeddedData.IndexResourceName}) cannot be used: {reason}. It is corrupt or does not belong to this build's iana.services; PortRegistry.DataGenerator writes both.");
}
