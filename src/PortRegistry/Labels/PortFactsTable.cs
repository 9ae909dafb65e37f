namespace Ports.Labels;

/// <summary>
/// The table labels look ports up in: for each port and protocol the catalogue has a service on, or the IANA registry's
/// entry is TLS on, which. An open-addressing hash table in one array of 512 integers, built from the constant tables
/// <see cref="CatalogData.PortKeys"/> and <see cref="RegistryTls.Keys"/> the first time a label needs it: no dictionary
/// to build, no generic code to compile at run time, and one page of memory.
/// </summary>
/// <remarks>
/// A slot holds 0 when empty, else <c>(key + 1) * 256 + value</c>, where the key is <see cref="PortFacts.Key"/> and the
/// value the index of the catalogue's service (<see cref="CatalogData.Create"/>), or <see cref="TlsOnly"/> for an IANA
/// entry that is TLS where the catalogue has no service. The CLR builds it on first use of the class, once.
/// </remarks>
internal static class PortFactsTable
{
    /// <summary>The value of a key on which the catalogue has no service and the IANA registry's entry is TLS.</summary>
    public const int TlsOnly = 255;

    /// <summary>The base-2 logarithm of the number of slots: 512 slots for about 250 keys.</summary>
    private const int SlotBits = 9;

    private const int SlotMask = (1 << SlotBits) - 1;

    private static readonly int[] s_slots = Build();

    /// <summary>Finds the value of a key.</summary>
    /// <param name="key">The key (<see cref="PortFacts.Key"/>), 0 or more.</param>
    /// <returns>The index of the catalogue's service, <see cref="TlsOnly"/>, or -1 when nothing is known of the key.</returns>
    public static int Find(int key)
    {
        int[] slots = s_slots;
        int tagged = (key + 1) << 8;
        for (int i = Hash(key); ; i = (i + 1) & SlotMask)
        {
            int slot = slots[i];
            if ((slot & ~0xFF) == tagged)
            {
                return slot & 0xFF;
            }

            if (slot == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Spreads the keys (consecutive ports, four protocols each) over the slots.</summary>
    private static int Hash(int key) => (int)((uint)key * 0x9E3779B1u >> (32 - SlotBits));

    /// <summary>Builds the table: the IANA TLS keys, then the catalogue's, which win where both are (ipp on 631/tcp is plain).</summary>
    /// <exception cref="InvalidOperationException">The catalogue has two services on one port and protocol.</exception>
    private static int[] Build()
    {
        int[] slots = new int[1 << SlotBits];
        foreach (int key in RegistryTls.Keys)
        {
            Add(slots, key, TlsOnly);
        }

        foreach (int entry in CatalogData.PortKeys)
        {
            Add(slots, entry >> 8, entry & 0xFF);
        }

        return slots;
    }

    private static void Add(int[] slots, int key, int value)
    {
        int tagged = (key + 1) << 8;
        int i = Hash(key);
        while (slots[i] != 0 && (slots[i] & ~0xFF) != tagged)
        {
            i = (i + 1) & SlotMask;
        }

        if (slots[i] != 0 && (slots[i] & 0xFF) != TlsOnly)
        {
            throw new InvalidOperationException($"The catalogue has two services on the key {key}: {slots[i] & 0xFF} and {value}.");
        }

        slots[i] = tagged | value;
    }
}
