namespace Ports.DataGenerator;

/// <summary>The entries built from a registry, with what happened to its records on the way.</summary>
internal sealed class EntryBuildResult
{
    /// <summary>Gets the entries, ordered by port and then by protocol (tcp, udp, sctp, dccp).</summary>
    public required IReadOnlyList<GeneratedEntry> Entries { get; init; }

    /// <summary>Gets how many records were read.</summary>
    public required int RecordsRead { get; init; }

    /// <summary>Gets how many records contributed a name to at least one entry (or repeated one already there).</summary>
    public required int RecordsKept { get; init; }

    /// <summary>Gets the records that produced no entry, in registry order.</summary>
    public required IReadOnlyList<SkippedRecord> Skipped { get; init; }

    /// <summary>Gets the kept records whose number was a range, in registry order.</summary>
    public required IReadOnlyList<RangeExpansion> RangeExpansions { get; init; }

    /// <summary>Gets the names that were changed by <see cref="ServiceNameMapper"/>, each once, in registry order.</summary>
    public required IReadOnlyList<NameMapping> MappedNames { get; init; }

    /// <summary>Gets how many times a name was dropped because the same port and protocol already had it as name or alias.</summary>
    public required int DuplicateNames { get; init; }

    /// <summary>Gets how many skipped records had a given reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    public int SkippedCount(RecordSkipReason reason) => Skipped.Count(s => s.Reason == reason);
}
