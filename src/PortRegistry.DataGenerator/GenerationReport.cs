using System.Globalization;

namespace Ports.DataGenerator;

/// <summary>Writes the human-readable summary of a generator run (the numbers that docs/updating-data.md quotes).</summary>
internal static class GenerationReport
{
    private const int LargestExpansionsShown = 10;

    /// <summary>Writes the summary.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="updated">The registry's date.</param>
    /// <param name="result">What the builder made of the registry.</param>
    /// <param name="bytesWritten">The size of the written file in bytes.</param>
    public static void Write(TextWriter writer, DateOnly updated, EntryBuildResult result, long bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);

        Line(writer, $"IANA registry updated:       {updated:yyyy-MM-dd}");
        Line(writer, $"records read:                {result.RecordsRead}");
        Line(writer, $"records kept:                {result.RecordsKept}");
        Line(writer, $"records skipped:             {result.Skipped.Count}");
        Line(writer, $"  without a name:            {result.SkippedCount(RecordSkipReason.MissingName)}");
        Line(writer, $"  without a number:          {result.SkippedCount(RecordSkipReason.MissingNumber)}");
        Line(writer, $"  without a protocol:        {result.SkippedCount(RecordSkipReason.MissingProtocol)}");
        Line(writer, $"  other protocol:            {result.SkippedCount(RecordSkipReason.UnsupportedProtocol)}");
        Line(writer, $"  invalid number:            {result.SkippedCount(RecordSkipReason.InvalidNumber)}");

        int expandedEntries = result.RangeExpansions.Sum(e => e.Range.Count);
        Line(writer, $"range records expanded:      {result.RangeExpansions.Count} ({expandedEntries} ports)");
        foreach (RangeExpansion expansion in result.RangeExpansions
            .OrderByDescending(e => e.Range.Count)
            .Take(LargestExpansionsShown))
        {
            Line(writer, $"  {expansion.Name} {expansion.Range}/{expansion.Protocol}: {expansion.Range.Count} entries");
        }

        int entriesWithAliases = result.Entries.Count(e => e.Aliases.Count > 0);
        int aliases = result.Entries.Sum(e => e.Aliases.Count);
        Line(writer, $"aliases:                     {aliases} (on {entriesWithAliases} entries)");
        Line(writer, $"repeated names dropped:      {result.DuplicateNames}");
        Line(writer, $"names mapped:                {result.MappedNames.Count}");
        foreach (NameMapping mapping in result.MappedNames)
        {
            Line(writer, $"  '{mapping.Original}' -> '{mapping.Mapped}'");
        }

        Line(writer, $"curated names:               {CuratedNames.All.Count}");
        foreach (CuratedName curated in CuratedNames.All)
        {
            Line(writer, $"  {curated.Name} {curated.Port}/{string.Join(",", curated.Protocols)}");
        }

        Line(writer, $"entries written:             {result.Entries.Count}");
        foreach (string protocol in IanaProtocols.All)
        {
            Line(writer, $"  {protocol,-4}                      {result.Entries.Count(e => e.Protocol == protocol)}");
        }

        Line(writer, $"bytes written:               {bytesWritten}");
    }

    /// <summary>Writes warnings for skipped records that point at a changed or broken registry (other protocols, invalid numbers).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">What the builder made of the registry.</param>
    public static void WriteWarnings(TextWriter writer, EntryBuildResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        foreach (SkippedRecord skipped in result.Skipped)
        {
            if (skipped.Reason is RecordSkipReason.UnsupportedProtocol or RecordSkipReason.InvalidNumber)
            {
                IanaRecord r = skipped.Record;
                Line(writer, $"warning: record {skipped.Index + 1} ({r.Name} {r.Number}/{r.Protocol}) skipped: {skipped.Reason}");
            }
        }
    }

    private static void Line(TextWriter writer, FormattableString text) =>
        writer.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
