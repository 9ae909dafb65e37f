using System.Text.RegularExpressions;

namespace Ports.DataGenerator;

/// <summary>
/// Tells which registry entries run inside TLS by what their name or description says, for the table of TLS ports that
/// labels use (<c>src/PortRegistry/Labels/RegistryTls.cs</c>, listed in docs/labels.md).
/// </summary>
/// <remarks>
/// An entry is TLS when its name or one of its aliases is a <c>-s</c> or <c>s</c> variant of another name in the
/// registry (<c>docker-s</c> of <c>docker</c>, <c>imaps</c> of <c>imap</c>), or its description says <c>TLS</c>,
/// <c>DTLS</c> or <c>SSL</c> as a word, or its name or description says <c>https</c>; except the reviewed false positives
/// of <see cref="Excluded"/>.
/// </remarks>
internal static partial class TlsRule
{
    /// <summary>Gets the entries the rule would call TLS that are not, by name, each with the reason found on review.</summary>
    public static IReadOnlyDictionary<string, string> Excluded { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ipp"] = "IPP on 631 is plain HTTP; the alias ipps names IPP over HTTPS, which IANA registers on the same port.",
        ["pdps"] = "Photoscript Distributed Printing System: a plural-looking name, not a secure pdp.",
        ["dcs"] = "DCS: nothing says TLS; dc is an unrelated service.",
        ["afs"] = "AFS License Manager: the Andrew File System, not a secure af.",
        ["sds"] = "SIP Directory Services: sd is an unrelated service.",
        ["amcs"] = "Agilent Connectivity Service: amc is an unrelated service.",
        ["acis"] = "An undescribed vendor port; aci is an unrelated service.",
        ["nss"] = "Network Security Service: nothing says TLS; ns is an unrelated service.",
        ["excerpts"] = "Excerpt Search Secure: 'excerpts' is a plural; 'Secure' does not say TLS.",
        ["idps"] = "An undescribed vendor port; idp is an unrelated service.",
        ["upnotifyps"] = "An undescribed vendor port next to upnotifyp; nothing says TLS.",
    };

    /// <summary>Tells whether an entry is TLS by the rule, before <see cref="Excluded"/>.</summary>
    /// <param name="name">The entry's name.</param>
    /// <param name="aliases">Its aliases.</param>
    /// <param name="description">Its description, or <see langword="null"/>.</param>
    /// <param name="isRegisteredName">Tells whether a name is a name or alias of any entry of the registry.</param>
    /// <param name="reason">What made it TLS.</param>
    /// <returns><see langword="true"/> when the name or description says TLS.</returns>
    public static bool Says(string name, IReadOnlyList<string> aliases, string? description, Func<string, bool> isRegisteredName, out string reason)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(isRegisteredName);
        foreach (string candidate in aliases.Prepend(name))
        {
            foreach (string suffix in (ReadOnlySpan<string>)["-s", "s"])
            {
                if (candidate.Length >= suffix.Length + 2 && candidate.EndsWith(suffix, StringComparison.Ordinal)
                    && isRegisteredName(candidate[..^suffix.Length]))
                {
                    reason = $"{candidate} = {candidate[..^suffix.Length]} + {suffix}";
                    return true;
                }
            }
        }

        if ((description is not null && TlsWord().IsMatch(description))
            || name.Contains("https", StringComparison.OrdinalIgnoreCase)
            || (description?.Contains("https", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            reason = "description";
            return true;
        }

        reason = string.Empty;
        return false;
    }

    /// <summary>Applies the rule, exclusions included, to a registry's entries.</summary>
    /// <param name="entries">The entries: name, aliases, port, protocol and description of each.</param>
    /// <returns>The TLS entries, in the order given.</returns>
    public static IReadOnlyList<(string Name, int Port, string Protocol, string Reason)> Apply(IReadOnlyList<(string Name, IReadOnlyList<string> Aliases, int Port, string Protocol, string? Description)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var names = new HashSet<string>(entries.SelectMany(e => e.Aliases.Prepend(e.Name)), StringComparer.Ordinal);
        var result = new List<(string, int, string, string)>();
        foreach (var (name, aliases, port, protocol, description) in entries)
        {
            if (!Excluded.ContainsKey(name) && Says(name, aliases, description, names.Contains, out string reason))
            {
                result.Add((name, port, protocol, reason));
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(TLS|DTLS|SSL)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TlsWord();
}
