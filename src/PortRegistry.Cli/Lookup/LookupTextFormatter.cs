using System.Globalization;
using System.Text;
using Ports.Cli.Json;

namespace Ports.Cli.Lookup;

/// <summary>
/// Writes <c>lookup</c> results for a person: one block per entry, blocks separated by a blank line. Text from the
/// services file is escaped (<see cref="Output.TerminalText"/>), so that a name or comment cannot drive the terminal.
/// </summary>
internal static class LookupTextFormatter
{
    /// <summary>Formats the entries found.</summary>
    /// <param name="results">The results, one per key; keys that found nothing are skipped (they are reported on standard error).</param>
    /// <returns>The text.</returns>
    public static string Format(IEnumerable<LookupResult> results)
    {
        var text = new StringBuilder();
        foreach (LookupResult result in results)
        {
            foreach (ServiceView service in result.Entries)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(Safe(service.Name)).Append(' ').Append(service.Port.ToString(CultureInfo.InvariantCulture)).Append('/').Append(Safe(service.Protocol)).Append('\n');
                Line(text, "aliases", service.Aliases.Count == 0 ? "-" : Aliases(service.Aliases));
                Line(text, "class", Output.Words.WithRange(PortRegistry.GetPortClass(service.Port)));
                Line(text, "tls", Tls(service));
                Line(text, "description", Safe(service.Description ?? "-"));
                Line(text, "comment", Safe(service.Comment ?? "-"));
            }
        }

        return text.ToString();
    }

    private static string Tls(ServiceView service)
    {
        string answer = service.Tls ? "yes" : "no";
        return service.Counterpart is not { } other
            ? answer
            : string.Create(CultureInfo.InvariantCulture, $"{answer} ({(other.Tls ? "TLS" : "plain")} counterpart: {other.Name} {other.Port})");
    }

    private static string Aliases(IReadOnlyList<string> aliases)
    {
        var safe = new string[aliases.Count];
        for (int i = 0; i < safe.Length; i++)
        {
            safe[i] = Safe(aliases[i]);
        }

        return string.Join(' ', safe);
    }

    private static string Safe(string text) => Output.TerminalText.Escape(text);

    private static void Line(StringBuilder text, string label, string value)
        => text.Append("  ").Append(label).Append(':').Append(' ', 13 - label.Length).Append(value).Append('\n');
}
