namespace Ports.DataGenerator;

/// <summary>Turns registry records into services entries: the pure core of the generator.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A record is kept when it has a name, a port number or range and one of the protocols tcp, udp, sctp, dccp.</item>
/// <item>A range is expanded to one entry per port.</item>
/// <item>Names that a services file cannot hold are mapped by <see cref="ServiceNameMapper"/>.</item>
/// <item>All names on one port and protocol make one entry: the first name in registry order is the name, the others
/// are aliases in registry order. A name equal (ordinal, case-sensitive, after mapping) to the entry's name or to an
/// alias already there is dropped.</item>
/// <item>The entry's description is the cleaned description of the record that supplied its name.</item>
/// <item>Where <see cref="CuratedNames"/> names a port's entry, that name comes first and the names IANA listed
/// before it follow as aliases; the description is that name's record's.</item>
/// <item>Entries are ordered by port, then protocol in the order tcp, udp, sctp, dccp.</item>
/// </list>
/// </remarks>
internal static class EntryBuilder
{
    /// <summary>Builds the entries of a registry.</summary>
    /// <param name="records">The registry's records, in registry order.</param>
    /// <returns>The entries and statistics.</returns>
    public static EntryBuildResult Build(IReadOnlyList<IanaRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);

        Dictionary<(int Port, string Protocol), (string Name, string Description, List<string> Aliases)> slots = [];
        Dictionary<(int Port, string Protocol, string Name), string> curatedDescriptions = [];
        List<SkippedRecord> skipped = [];
        List<RangeExpansion> expansions = [];
        List<NameMapping> mapped = [];
        HashSet<string> mappedOriginals = new(StringComparer.Ordinal);
        int kept = 0;
        int duplicates = 0;

        for (int index = 0; index < records.Count; index++)
        {
            IanaRecord record = records[index];
            RecordSkipReason? reason = Classify(record, out string? protocol, out IanaPortRange range);
            if (reason is { } why)
            {
                skipped.Add(new SkippedRecord(index, record, why));
                continue;
            }

            kept++;
            string original = record.Name!;
            string name = ServiceNameMapper.Map(original);
            if (!string.Equals(name, original, StringComparison.Ordinal) && mappedOriginals.Add(original))
            {
                mapped.Add(new NameMapping(original, name));
            }

            if (range.IsRange)
            {
                expansions.Add(new RangeExpansion(name, protocol!, range));
            }

            string description = DescriptionCleaner.Clean(record.Description);
            for (int port = range.First; port <= range.Last; port++)
            {
                (int, string) key = (port, protocol!);
                if (!slots.TryGetValue(key, out var slot))
                {
                    slots.Add(key, (name, description, []));
                }
                else if (string.Equals(slot.Name, name, StringComparison.Ordinal) || slot.Aliases.Contains(name, StringComparer.Ordinal))
                {
                    duplicates++;
                }
                else
                {
                    slot.Aliases.Add(name);
                }

                if (CuratedNames.Find(port, protocol!) is { } curated && string.Equals(curated.Name, name, StringComparison.Ordinal))
                {
                    curatedDescriptions.TryAdd((port, protocol!, name), description);
                }
            }
        }

        foreach (var ((port, protocol, name), description) in curatedDescriptions)
        {
            var slot = slots[(port, protocol)];
            if (!string.Equals(slot.Name, name, StringComparison.Ordinal))
            {
                List<string> aliases = [slot.Name, .. slot.Aliases.Where(a => !string.Equals(a, name, StringComparison.Ordinal))];
                slots[(port, protocol)] = (name, description, aliases);
            }
        }

        List<GeneratedEntry> entries = [.. slots
            .OrderBy(pair => pair.Key.Port)
            .ThenBy(pair => IanaProtocols.Order(pair.Key.Protocol))
            .Select(pair => new GeneratedEntry(
                pair.Value.Name,
                pair.Key.Port,
                pair.Key.Protocol,
                pair.Value.Aliases.AsReadOnly(),
                pair.Value.Description))];

        return new EntryBuildResult
        {
            Entries = entries.AsReadOnly(),
            RecordsRead = records.Count,
            RecordsKept = kept,
            Skipped = skipped.AsReadOnly(),
            RangeExpansions = expansions.AsReadOnly(),
            MappedNames = mapped.AsReadOnly(),
            DuplicateNames = duplicates,
        };
    }

    /// <summary>Decides whether a record is kept.</summary>
    /// <param name="record">The record.</param>
    /// <param name="protocol">The normalised protocol when the record is kept.</param>
    /// <param name="range">The ports when the record is kept.</param>
    /// <returns><see langword="null"/> when the record is kept; otherwise the first reason that applies.</returns>
    internal static RecordSkipReason? Classify(IanaRecord record, out string? protocol, out IanaPortRange range)
    {
        ArgumentNullException.ThrowIfNull(record);
        protocol = null;
        range = default;
        if (string.IsNullOrWhiteSpace(record.Name))
        {
            return RecordSkipReason.MissingName;
        }

        if (string.IsNullOrWhiteSpace(record.Number))
        {
            return RecordSkipReason.MissingNumber;
        }

        if (string.IsNullOrWhiteSpace(record.Protocol))
        {
            return RecordSkipReason.MissingProtocol;
        }

        if (!IanaProtocols.TryNormalize(record.Protocol, out protocol))
        {
            return RecordSkipReason.UnsupportedProtocol;
        }

        if (!IanaPortRange.TryParse(record.Number, out range))
        {
            protocol = null;
            return RecordSkipReason.InvalidNumber;
        }

        return null;
    }
}
