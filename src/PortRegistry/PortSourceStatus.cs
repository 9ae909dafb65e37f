using System.Globalization;

namespace Ports;

/// <summary>
/// One source a registry was built from, or tried to build from: where it is, whether it loaded, how many entries it
/// gave, and why not when it did not. Read it from <see cref="PortRegistry.Sources"/>.
/// </summary>
/// <remarks>
/// Statuses are reports, not values: two statuses are equal only when they are the same object. Compare the
/// properties you care about, such as <see cref="Kind"/> and <see cref="IsLoaded"/>, to tell what happened.
/// </remarks>
public sealed class PortSourceStatus
{
    // The parameter names are the property names, so that call sites can name the arguments they pass (IsLoaded: true).
#pragma warning disable IDE1006 // Naming rule: parameters keep the property names on purpose.
    /// <summary>Describes a source.</summary>
    /// <param name="Kind">What kind of source this is.</param>
    /// <param name="Location">The file path, or <c>embedded</c>, <c>text</c> or <c>custom</c>.</param>
    /// <param name="IsLoaded">Whether the source was read.</param>
    /// <param name="EntryCount">The number of entries the source contributed.</param>
    /// <param name="Error">Why the source could not be loaded, or <see langword="null"/>.</param>
    internal PortSourceStatus(PortSourceKind Kind, string Location, bool IsLoaded, int EntryCount, string? Error)
#pragma warning restore IDE1006
    {
        this.Kind = Kind;
        this.Location = Location;
        this.IsLoaded = IsLoaded;
        this.EntryCount = EntryCount;
        this.Error = Error;
    }

    /// <summary>Gets what kind of source this is: a file, the embedded data, text, or the application's own entries.</summary>
    public PortSourceKind Kind { get; }

    /// <summary>Gets where the source is: the file path, or <c>embedded</c>, <c>text</c> or <c>custom</c>.</summary>
    public string Location { get; }

    /// <summary>
    /// Gets a value indicating whether the source was read: <see langword="true"/> when it was, <see langword="false"/>
    /// when it was missing or unreadable (then <see cref="Error"/> says why).
    /// </summary>
    public bool IsLoaded { get; }

    /// <summary>Gets the number of entries the source contributed; 0 when it did not load.</summary>
    public int EntryCount { get; }

    /// <summary>Gets why the source could not be loaded, or <see langword="null"/> when it loaded.</summary>
    public string? Error { get; }

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
