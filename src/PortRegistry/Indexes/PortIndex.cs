using System.Numerics;

namespace Ports.Indexes;

/// <summary>
/// The index from port numbers to entries: an open-addressing hash table (Fibonacci hashing) of the ports in use, and
/// for each port the first entry of each protocol, in source order, stored contiguously in one array. About 100 KB for
/// the 6,000 ports of the IANA data, where a table of all 65,536 ports would take 256 KB whatever the file.
/// </summary>
internal sealed class PortIndex
{
    private const int PortCount = 65536;

    private readonly int[] _table;
    private readonly int _shift;
    private readonly ushort[] _ports;
    private readonly int[] _starts;
    private readonly PortEntry[] _candidates;

    private PortIndex(int[] table, int shift, ushort[] ports, int[] starts, PortEntry[] candidates)
    {
        _table = table;
        _shift = shift;
        _ports = ports;
        _starts = starts;
        _candidates = candidates;
    }

    /// <summary>Gets the number of distinct ports.</summary>
    public int GroupCount => _ports.Length;

    /// <summary>Builds the index.</summary>
    /// <param name="entries">The entries, in source order.</param>
    /// <returns>The index.</returns>
    public static PortIndex Create(ReadOnlySpan<PortEntry> entries)
    {
        int count = entries.Length;

        // Number the distinct ports in a temporary table sized by the entries (no pass over all 65,536 ports, which would
        // cost more than a small file's whole parse), then sort the entries by that number, stably.
        int probeSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(count * 2, 16, PortCount * 2));
        int probeShift = 32 - BitOperations.Log2((uint)probeSize);

        // Temporaries are plain arrays, not pooled ones, which would stay in the pool for the life of the process.
        int[] probe = new int[probeSize];
        int[] groupOf = GC.AllocateUninitializedArray<int>(count);
        int[] next = GC.AllocateUninitializedArray<int>(count + 1);
        var sorted = new PortEntry[count];
        ushort[] ports = new ushort[Math.Min(count, PortCount)];
        int groups = 0;
        for (int i = 0; i < count; i++)
        {
            int port = entries[i].Port;
            int slot = Slot(port, probeShift);
            int group;
            while (true)
            {
                group = probe[slot] - 1;
                if (group < 0)
                {
                    group = groups++;
                    ports[group] = (ushort)port;
                    probe[slot] = group + 1;
                    next[group + 1] = 0;
                    break;
                }

                if (ports[group] == port)
                {
                    break;
                }

                slot = (slot + 1) & (probeSize - 1);
            }

            groupOf[i] = group;
            next[group + 1]++;
        }

        next[0] = 0;
        for (int g = 0; g < groups; g++)
        {
            next[g + 1] += next[g];
        }

        var starts = new int[groups + 1];
        next.AsSpan(0, groups + 1).CopyTo(starts);
        for (int i = 0; i < count; i++)
        {
            sorted[next[groupOf[i]]++] = entries[i];
        }

        PortEntry[] candidates = NameIndex.FirstPerProtocol(sorted, starts);
        if (groups != ports.Length)
        {
            Array.Resize(ref ports, groups);
        }

        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, groups * 2));
        int shift = 32 - BitOperations.Log2((uint)size);
        var table = new int[size];
        for (int g = 0; g < groups; g++)
        {
            int slot = Slot(ports[g], shift);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            table[slot] = g + 1;
        }

        return new PortIndex(table, shift, ports, starts, candidates);
    }

    /// <summary>Returns, for a port, the first entry of each protocol in source order.</summary>
    /// <param name="port">The port; any value outside 0 to 65535 finds nothing.</param>
    /// <returns>The entries; empty when there are none.</returns>
    public ReadOnlySpan<PortEntry> Find(int port)
    {
        int group = FindGroup(port);
        return group < 0 ? default : Candidates(group);
    }

    /// <summary>Returns the number of a port's group of entries, or -1 when no entry has the port.</summary>
    /// <param name="port">The port; any value outside 0 to 65535 finds nothing.</param>
    /// <returns>The group, 0 to the number of distinct ports - 1, or -1.</returns>
    public int FindGroup(int port)
    {
        if ((uint)port >= PortCount)
        {
            return -1;
        }

        int[] table = _table;
        int mask = table.Length - 1;
        int slot = Slot(port, _shift);
        while (true)
        {
            int group = table[slot] - 1;
            if (group < 0 || _ports[group] == port)
            {
                return group;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Returns, for a group that <see cref="FindGroup"/> returned, the first entry of each protocol in source order.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The entries.</returns>
    public ReadOnlySpan<PortEntry> Candidates(int group)
    {
        int start = _starts[group];
        return new ReadOnlySpan<PortEntry>(_candidates, start, _starts[group + 1] - start);
    }

    /// <summary>Gets the hash table: for each slot, the group + 1 of the port placed there, or 0.</summary>
    internal ReadOnlySpan<int> Table => _table;

    /// <summary>Gets the port of each group.</summary>
    internal ReadOnlySpan<ushort> Ports => _ports;

    /// <summary>Gets, for each group, where its candidates start in <see cref="AllCandidates"/>, and their end after the last group.</summary>
    internal ReadOnlySpan<int> Starts => _starts;

    /// <summary>Gets every group's candidates, group after group.</summary>
    internal ReadOnlySpan<PortEntry> AllCandidates => _candidates;

    /// <summary>Returns the first slot of a port in a table of 2^(32 - <paramref name="shift"/>) slots (Fibonacci hashing).</summary>
    /// <param name="port">The port.</param>
    /// <param name="shift">32 minus the base-2 logarithm of the table's size.</param>
    /// <returns>The slot.</returns>
    internal static int Slot(int port, int shift) => (int)(((uint)port * 0x9E3779B1u) >> shift);
}
