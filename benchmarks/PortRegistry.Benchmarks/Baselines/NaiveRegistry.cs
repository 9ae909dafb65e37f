namespace Ports.Benchmarks.Baselines;

/// <summary>
/// The code a .NET developer writes today to read a services file: <c>Split</c> the lines, <c>Split</c> the fields,
/// fill <see cref="Dictionary{TKey, TValue}"/>s keyed by <c>(port, protocol)</c> and <c>(name, protocol)</c>, first
/// line wins. It is the baseline of the parsing benchmarks. It keeps the same information as a registry (name, port,
/// protocol, aliases, comment) but is not glibc-exact (no base-0 numbers, no 16-bit truncation, no NUL rule).
/// </summary>
internal sealed class NaiveRegistry
{
    private static readonly char[] s_fieldSeparators = [' ', '\t', '\r', '\v', '\f'];

    private NaiveRegistry(List<NaiveEntry> entries, Dictionary<(int, string), NaiveEntry> byPort, Dictionary<(string, string), NaiveEntry> byName)
    {
        Entries = entries;
        ByPort = byPort;
        ByName = byName;
    }

    /// <summary>Gets the entries in file order.</summary>
    public List<NaiveEntry> Entries { get; }

    /// <summary>Gets the first entry per (port, protocol).</summary>
    public Dictionary<(int Port, string Protocol), NaiveEntry> ByPort { get; }

    /// <summary>Gets the first entry per (name or alias, protocol).</summary>
    public Dictionary<(string Name, string Protocol), NaiveEntry> ByName { get; }

    /// <summary>Parses services text the obvious way.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The entries and the two dictionaries.</returns>
    public static NaiveRegistry Parse(string text)
    {
        var entries = new List<NaiveEntry>();
        var byPort = new Dictionary<(int, string), NaiveEntry>();
        var byName = new Dictionary<(string, string), NaiveEntry>();
        foreach (string rawLine in text.Split('\n'))
        {
            string line = rawLine;
            string? comment = null;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                comment = line[(hash + 1)..].Trim();
                line = line[..hash];
            }

            string[] fields = line.Split(s_fieldSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            string[] portAndProtocol = fields[1].Split('/');
            if (!int.TryParse(portAndProtocol[0], out int port))
            {
                continue;
            }

            string protocol = portAndProtocol.Length > 1 ? portAndProtocol[1] : string.Empty;
            var entry = new NaiveEntry(fields[0], port, protocol, fields[2..], comment?.Length > 0 ? comment : null);
            entries.Add(entry);
            byPort.TryAdd((port, protocol), entry);
            byName.TryAdd((entry.Name, protocol), entry);
            foreach (string alias in entry.Aliases)
            {
                byName.TryAdd((alias, protocol), entry);
            }
        }

        return new NaiveRegistry(entries, byPort, byName);
    }
}
