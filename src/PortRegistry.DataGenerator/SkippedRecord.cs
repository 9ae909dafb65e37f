namespace Ports.DataGenerator;

/// <summary>A registry record that produced no entry.</summary>
/// <param name="Index">The record's position among the registry's records, from 0.</param>
/// <param name="Record">The record.</param>
/// <param name="Reason">Why it was skipped.</param>
internal sealed record SkippedRecord(int Index, IanaRecord Record, RecordSkipReason Reason);
