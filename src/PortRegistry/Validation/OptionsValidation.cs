using System.Globalization;

namespace Ports.Validation;

/// <summary>
/// Checks <see cref="PortRegistryOptions"/> as a whole, for <see cref="PortRegistry.Create(PortRegistryOptions)"/> and for
/// the options validation of dependency injection, so that both report the same problems in the same words.
/// </summary>
internal static class OptionsValidation
{
    /// <summary>Checks the options and reads their entries.</summary>
    /// <param name="options">The options.</param>
    /// <param name="entries">The application's entries, in order; complete only when no failure is returned.</param>
    /// <returns>One sentence per problem, naming the setting (and the entry) it is about; empty when the options are valid.</returns>
    public static List<string> Check(PortRegistryOptions options, out List<PortEntry> entries)
    {
        var failures = new List<string>(options.BindingErrors);
        if (options.FilePath is { Length: 0 })
        {
            failures.Add("PortRegistry FilePath is empty: leave it out (null) for the system's services file.");
        }

        if (!IsKnown(options.Source))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"PortRegistry Source {(int)options.Source} is not a PortDataSource."));
        }

        if (options.MaxFileSize <= 0 || options.MaxFileSize >= Array.MaxLength)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"PortRegistry MaxFileSize {options.MaxFileSize} must be from 1 to {Array.MaxLength - 1L} bytes."));
        }

        entries = new List<PortEntry>(options.Entries.Count);
        for (int i = 0; i < options.Entries.Count; i++)
        {
            string? line = options.Entries[i];
            if (EntryLine.TryRead(line, out PortEntry? entry, out string? error))
            {
                entries.Add(entry);
            }
            else
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"PortRegistry Entries[{i}] '{line}' is not valid: {error}."));
            }
        }

        return failures;
    }

    /// <summary>Reads the options' entries, or throws when the options are not valid.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The application's entries, in order.</returns>
    /// <exception cref="ArgumentException">The options are not valid; the message names every problem, as options validation does.</exception>
    public static List<PortEntry> ThrowIfInvalid(PortRegistryOptions options)
    {
        List<string> failures = Check(options, out List<PortEntry> entries);
        return failures.Count == 0 ? entries : throw new ArgumentException(Join(failures));
    }

    /// <summary>Joins failures into one message, as <c>OptionsValidationException.Message</c> does.</summary>
    /// <param name="failures">The failures.</param>
    /// <returns>The message.</returns>
    public static string Join(IEnumerable<string> failures) => string.Join("; ", failures);

    /// <summary>Tells whether <paramref name="source"/> is one of <see cref="PortDataSource"/>'s values.</summary>
    /// <param name="source">The value.</param>
    /// <returns><see langword="true"/> for a named value.</returns>
    /// <remarks>A range check, not <c>Enum.IsDefined</c>, whose generic code is compiled at run time on first use (issue 10).</remarks>
    public static bool IsKnown(PortDataSource source) => source is >= PortDataSource.SystemWithEmbeddedFallback and <= PortDataSource.Merged;
}
