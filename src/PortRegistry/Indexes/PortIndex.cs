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
        if ((uint)port >= PortCount)
        {
            return default;
        }

        int[] table = _table;
        int mask = table.Length - 1;
        int slot = Slot(port, _shift);
        while (true)
        {
            int group = table[slot] - 1;
            if (group < 0)
            {
                return default;
            }

            if (_ports[group] == port)
            {
                int start = _starts[group];
                return new ReadOnlySpan<PortEntry>(_candidates, start, _starts[group + 1] - start);
            }

            slot = (slot + 1) & mask;
        }
    }

    private static int Slot(int port, int shift) => (int)(((uint)port * 0x9E3779B1u) >> shift);
}
