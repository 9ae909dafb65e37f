using System.Globalization;

namespace Ports;

/// <summary>
/// One source a registry was built from, or tried to build from: where it is, whether it loaded, how many entries it
/// gave, and why not when it did not.
/// </summary>
/// <param name="Kind">What kind of source this is.</param>
/// <param name="Location">The file path, or <c>embedded</c>, <c>text</c> or <c>custom</c>.</param>
/// <param name="IsLoaded"><see langword="true"/> when the source was read; <see langword="false"/> when it was missing or unreadable.</param>
/// <param name="EntryCount">The number of entries the source contributed; 0 when it did not load.</param>
/// <param name="Error">Why the source could not be loaded, or <see langword="null"/> when it loaded.</param>
public sealed record PortSourceStatus(PortSourceKind Kind, string Location, bool IsLoaded, int EntryCount, string? Error)
{
    /// <summary>Returns a one-line, human-readable account of the source.</summary>
    /// <returns>
    /// For example <c>file /etc/services (318 entries)</c>, <c>embedded IANA data (11621 entries)</c>,
    /// <c>application entries (1 entry)</c> or
    /// <c>file /etc/services (not loaded: Cannot read the services file '/etc/services': it does not exist)</c>.
    /// </returns>
    public override string ToString()
    {
        string what = Kind switch
        {
            PortSourceKind.File => $"file {Location}",
            PortSourceKind.Embedded => "embedded IANA data",
            PortSourceKind.Custom => "application entries",
            _ => "text",
        };
        return IsLoaded
            ? string.Create(CultureInfo.InvariantCulture, $"{what} ({EntryCount} {(EntryCount == 1 ? "entry" : "entries")})")
            : $"{what} (not loaded: {Error})";
    }
}
