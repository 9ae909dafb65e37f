using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ports.Indexes;

/// <summary>
/// The index from names and aliases to entries: an open-addressing hash table of the distinct names, and for each
/// name the first entry of each protocol, in source order, stored contiguously in one array (no array per name).
/// It is built once, from the final entries (<see cref="Create(ReadOnlySpan{PortEntry}, bool)"/>). Lookups take a span and allocate nothing.
/// </summary>
/// <remarks>
/// The hash is a seeded multiply-xorshift over four characters at a time: a few nanoseconds for a service name, where
/// <see cref="string.GetHashCode(ReadOnlySpan{char})"/> takes several times longer. The seed of an index over a file or
/// text is random per process, so that the probe sequences a file produces cannot be planned in advance; the prebuilt
/// index of the embedded data (<see cref="EmbeddedIndex"/>) uses <see cref="EmbeddedSeed"/> instead, and so do the
/// entries in front of it in a layered registry (<see cref="RegistryData"/>: the system file and the application's
/// entries of <see cref="PortRegistry.Default"/>), so that a lookup hashes a name once for both layers.
/// </remarks>
internal sealed class NameIndex
{
    /// <summary>
    /// The fixed seed of the embedded data's prebuilt name index. The embedded data is ours, written by the data generator,
    /// not chosen by whoever can write a services file, so a seed known in advance gives an attacker nothing; it is what
    /// lets the index be built once, offline, and stored in the assembly.
    /// </summary>
    public const ulong EmbeddedSeed = 0x5052_4547_4E41_4D45; // "PREGNAME"

    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    /// <summary>Gets this process's random seed, which indexes over files and text use.</summary>
    public static ulong RandomSeed { get; } = (ulong)Random.Shared.NextInt64();

    private readonly bool _ignoreCase;
    private readonly ulong _seed;
    private ulong[] _slots;
    private int _mask;
    private string[] _keys;
    private int _count;
    private int[] _starts = [0];
    private PortEntry[] _candidates = [];
    private int[] _occurrenceKeys = [];
    private PortEntry[] _occurrenceEntries = [];
    private int _occurrenceCount;
    private bool _frozen;

    private NameIndex(bool ignoreCase, ulong seed, int capacity)
    {
        _ignoreCase = ignoreCase;
        _seed = seed;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = new ulong[size];
        _mask = size - 1;
        _keys = new string[Math.Max(8, capacity)];
        _occurrenceKeys = new int[Math.Max(256, capacity)];
        _occurrenceEntries = new PortEntry[_occurrenceKeys.Length];
    }

    /// <summary>Gets the number of distinct names.</summary>
    public int Count => _count;

    /// <summary>Builds the index over every name and alias of <paramref name="entries"/>.</summary>
    /// <param name="entries">The entries, in source order.</param>
    /// <param name="ignoreCase"><see langword="true"/> to compare ASCII letters without case.</param>
    /// <returns>The frozen index.</returns>
    public static NameIndex Create(ReadOnlySpan<PortEntry> entries, bool ignoreCase) => Create(entries, ignoreCase, RandomSeed);

    /// <summary>Builds the index over every name and alias of <paramref name="entries"/> with a given hash seed.</summary>
    /// <param name="entries">The entries, in source order.</param>
    /// <param name="ignoreCase"><see langword="true"/> to compare ASCII letters without case.</param>
    /// <param name="seed">The hash seed: <see cref="EmbeddedSeed"/> for the embedded data's prebuilt index.</param>
    /// <returns>The frozen index.</returns>
    public static NameIndex Create(ReadOnlySpan<PortEntry> entries, bool ignoreCase, ulong seed)
    {
        var index = new NameIndex(ignoreCase, seed, entries.Length);
        foreach (PortEntry entry in entries)
        {
            index.Add(entry);
        }

        index.Freeze();
        return index;
    }

    private void Add(PortEntry entry)
    {
        AddOccurrence(GetOrAdd(entry.Name), entry);
        IReadOnlyList<string> aliases = entry.Aliases;
        for (int i = 0; i < aliases.Count; i++)
        {
            AddOccurrence(GetOrAdd(aliases[i]), entry);
        }
    }

    private void Freeze()
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The index is already built.");
        }

        _frozen = true;
        int occurrences = _occurrenceCount;
        int[] starts = new int[_count + 1];
        for (int i = 0; i < occurrences; i++)
        {
            starts[_occurrenceKeys[i] + 1]++;
        }

        for (int k = 0; k < _count; k++)
        {
            starts[k + 1] += starts[k];
        }

        // A stable counting sort by name keeps source order within each name; then keep the first entry of each protocol.
        // Temporaries are plain arrays, not pooled ones, which would stay in the pool for the life of the process.
        var sorted = new PortEntry[occurrences];
        int[] next = (int[])starts.Clone(); // not [.. starts], whose generic copy ReadyToRun leaves to the JIT
        for (int i = 0; i < occurrences; i++)
        {
            sorted[next[_occurrenceKeys[i]]++] = _occurrenceEntries[i];
        }

        _candidates = FirstPerProtocol(sorted, starts);
        _starts = starts;

        if (_keys.Length != _count)
        {
            Array.Resize(ref _keys, _count);
        }

        _occurrenceKeys = [];
        _occurrenceEntries = [];
    }

    /// <summary>Returns, for a name, the first entry of each protocol in source order.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The entries; empty when the name is unknown.</returns>
    public ReadOnlySpan<PortEntry> Find(ReadOnlySpan<char> name)
    {
        int key = Find(name, Hash(name));
        return key < 0 ? default : Candidates(key);
    }

    /// <summary>Returns the number of a name whose hash the caller computed with this index's seed, or -1 when the name is unknown.</summary>
    /// <param name="name">The name.</param>
    /// <param name="hash">The name's hash: <see cref="HashOrdinal"/> with this index's seed (an ordinal index).</param>
    /// <returns>The key, 0 to <see cref="Count"/> - 1, or -1.</returns>
    public int FindKey(ReadOnlySpan<char> name, uint hash) => Find(name, hash);

    /// <summary>Returns, for a key that <see cref="FindKey"/> returned, the first entry of each protocol in source order.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entries.</returns>
    public ReadOnlySpan<PortEntry> Candidates(int key)
    {
        int start = _starts[key];
        return new ReadOnlySpan<PortEntry>(_candidates, start, _starts[key + 1] - start);
    }

    /// <summary>Gets the hash table: for each used slot, the name's hash in the high 32 bits and its key + 1 in the low ones; 0 for an empty slot.</summary>
    internal ReadOnlySpan<ulong> Slots => _slots;

    /// <summary>Gets the distinct names, by key.</summary>
    internal ReadOnlySpan<string> Keys => _keys.AsSpan(0, _count);

    /// <summary>Gets, for each key, where its candidates start in <see cref="AllCandidates"/>, and their end after the last key.</summary>
    internal ReadOnlySpan<int> Starts => _starts;

    /// <summary>Gets every key's candidates, key after key.</summary>
    internal ReadOnlySpan<PortEntry> AllCandidates => _candidates;

    /// <summary>
    /// Keeps, for each group of <paramref name="sorted"/> (delimited by <paramref name="starts"/>), the first entry of
    /// each protocol, and rewrites <paramref name="starts"/> for the compacted array.
    /// </summary>
    /// <param name="sorted">The entries grouped by key, source order within each group.</param>
    /// <param name="starts">The group boundaries; rewritten.</param>
    /// <returns>The compacted entries.</returns>
    internal static PortEntry[] FirstPerProtocol(Span<PortEntry> sorted, int[] starts)
    {
        int write = 0;
        int groups = starts.Length - 1;
        for (int g = 0; g < groups; g++)
        {
            int start = starts[g];
            int end = starts[g + 1];
            starts[g] = write;
            for (int i = start; i < end; i++)
            {
                PortEntry entry = sorted[i];
                if (!HasProtocol(sorted[starts[g]..write], entry.Protocol))
                {
                    sorted[write++] = entry;
                }
            }
        }

        starts[groups] = write;
        return sorted[..write].ToArray();
    }

    private static bool HasProtocol(ReadOnlySpan<PortEntry> kept, string protocol)
    {
        foreach (PortEntry entry in kept)
        {
            if (string.Equals(entry.Protocol, protocol, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private int GetOrAdd(string name)
    {
        uint hash = Hash(name);
        int key = Find(name, hash);
        return key >= 0 ? key : Insert(name, hash);
    }

    private void AddOccurrence(int key, PortEntry entry)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The index is already built.");
        }

        if (_occurrenceCount == _occurrenceKeys.Length)
        {
            int size = Math.Max(256, _occurrenceCount * 2);
            Array.Resize(ref _occurrenceKeys, size);
            Array.Resize(ref _occurrenceEntries, size);
        }

        _occurrenceKeys[_occurrenceCount] = key;
        _occurrenceEntries[_occurrenceCount] = entry;
        _occurrenceCount++;
    }

    private int Find(ReadOnlySpan<char> name, uint hash)
    {
        ulong[] slots = _slots;
        int mask = _mask;
        int i = (int)hash & mask;
        while (true)
        {
            ulong slot = slots[i];
            if (slot == 0)
            {
                return -1;
            }

            if ((uint)(slot >> 32) == hash)
            {
                int key = (int)(uint)slot - 1;
                string candidate = _keys[key];
                if (_ignoreCase ? AsciiIgnoreCaseComparer.EqualsIgnoreAsciiCase(name, candidate) : name.SequenceEqual(candidate))
                {
                    return key;
                }
            }

            i = (i + 1) & mask;
        }
    }

    private int Insert(string name, uint hash)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The index is already built.");
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow(_slots.Length * 2);
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
        }

        int key = _count++;
        _keys[key] = name;
        Place(_slots, _mask, hash, key);
        return key;
    }

    private void Grow(int size)
    {
        ulong[] old = _slots;
        var slots = new ulong[size];
        int mask = slots.Length - 1;
        foreach (ulong slot in old)
        {
            if (slot != 0)
            {
                Place(slots, mask, (uint)(slot >> 32), (int)(uint)slot - 1);
            }
        }

        _slots = slots;
        _mask = mask;
    }

    private static void Place(ulong[] slots, int mask, uint hash, int key)
    {
        int i = (int)hash & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = ((ulong)hash << 32) | (uint)(key + 1);
    }

    private uint Hash(ReadOnlySpan<char> name) => _ignoreCase ? HashIgnoreCase(name, _seed) : HashOrdinal(name, _seed);

    /// <summary>Hashes a name as an ordinal (case-sensitive) index does.</summary>
    /// <param name="name">The name.</param>
    /// <param name="seed">The index's seed.</param>
    /// <returns>The hash.</returns>
    internal static uint HashOrdinal(ReadOnlySpan<char> name, ulong seed)
    {
        ref byte p = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(name));
        nuint remaining = (nuint)name.Length * sizeof(char);
        ulong h = seed ^ remaining;
        while (remaining >= sizeof(ulong))
        {
            h = Mix(h ^ Unsafe.ReadUnaligned<ulong>(ref p));
            p = ref Unsafe.Add(ref p, sizeof(ulong));
            remaining -= sizeof(ulong);
        }

        if (remaining >= sizeof(uint))
        {
            h = Mix(h ^ Unsafe.ReadUnaligned<uint>(ref p));
            p = ref Unsafe.Add(ref p, sizeof(uint));
            remaining -= sizeof(uint);
        }

        if (remaining != 0)
        {
            h = Mix(h ^ Unsafe.ReadUnaligned<ushort>(ref p));
        }

        return Finish(h);
    }

    private static uint HashIgnoreCase(ReadOnlySpan<char> name, ulong seed)
    {
        ulong h = seed ^ (ulong)name.Length;
        foreach (char c in name)
        {
            h = Mix(h ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c));
        }

        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h)
    {
        h *= Multiplier;
        return h ^ (h >> 29);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong h)
    {
        h = Mix(h);
        return (uint)(h >> 32) ^ (uint)h;
    }
}
