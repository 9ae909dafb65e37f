using Ports.Indexes;

namespace Ports.Assembling;

/// <summary>What the assembly stage hands to the indexes and the registry: the entries in precedence order, the lines
/// that were skipped, and an account of every source.</summary>
/// <param name="Entries">The entries, in precedence (source) order.</param>
/// <param name="Diagnostics">The skipped lines, with their source, line number and reason.</param>
/// <param name="Sources">Every source, loaded or not, in precedence order.</param>
/// <param name="DataVersion">The embedded data's version when the embedded data is among the loaded sources; otherwise <see langword="null"/>.</param>
/// <param name="IsEmbeddedOnly"><see langword="true"/> when the embedded data is the only source that contributed entries, so that its indexes can be shared.</param>
/// <param name="Embedded">
/// The embedded data's prebuilt index when the sources end with the embedded data and the index could be opened: its
/// entries come after <paramref name="Entries"/> and are not in that list. Otherwise <see langword="null"/>, and the
/// embedded data's entries (if any) are in the list.
/// </param>
internal sealed record AssembledEntries(
    List<PortEntry> Entries,
    ServicesDiagnostic[] Diagnostics,
    PortSourceStatus[] Sources,
    string? DataVersion,
    bool IsEmbeddedOnly,
    EmbeddedIndex? Embedded = null);
