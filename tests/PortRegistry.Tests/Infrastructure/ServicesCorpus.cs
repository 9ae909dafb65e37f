namespace Ports.Tests.Infrastructure;

/// <summary>The services files the differential tests run on: the shared corpus, when present, and the repository's own.</summary>
internal static class ServicesCorpus
{
    /// <summary>The file names of the shared corpus (<c>../shared/data/services/*.services</c>), listed so that each is its own test case.</summary>
    public static readonly string[] SharedFiles =
    [
        "alpine-baselayout-2.3.services",
        "arch-iana-etc-2022.services",
        "buildroot-skeleton.services",
        "debian-netbase-6.4.services",
        "debian-netbase-6.6.services",
        "fedora-setup-2.14.5.services",
        "freebsd-14.services",
        "gentoo-baselayout.services",
        "illumos-joyent-smartos.services",
        "illumos-omnios.services",
        "macos-files-972.services",
        "netbsd-1.99.services",
        "openbsd-7.9.services",
        "openwrt-base-files-2012.services",
        "suse-sles12-netcfg.services",
        "wireshark-4.0.17.services",
    ];

    /// <summary>Gets the shared corpus files as theory data.</summary>
    public static TheoryData<string> SharedFileNames => new(SharedFiles);

    /// <summary>Returns the path of a shared corpus file, or skips the test when the corpus is absent.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The full path.</returns>
    public static string RequireShared(string name) => Path.Combine(TestPaths.RequireSharedServicesData(), name);

    /// <summary>
    /// Returns the keys that exercise every name, alias and port of a registry: each alone, with each protocol it has
    /// in the file, and with one protocol of the file it does not have (a miss); plus a few keys that must miss.
    /// </summary>
    /// <param name="registry">The registry.</param>
    /// <returns>The keys, in a fixed order.</returns>
    public static List<string> KeysFor(PortRegistry registry)
    {
        var protocols = registry.Entries.Select(e => e.Protocol).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var byName = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var byPort = new SortedDictionary<int, SortedSet<string>>();
        foreach (PortEntry entry in registry.Entries)
        {
            foreach (string name in entry.Aliases.Prepend(entry.Name))
            {
                Add(byName, name, entry.Protocol);
            }

            Add(byPort, entry.Port, entry.Protocol);
        }

        var keys = new List<string>();
        AddKeys(keys, byName, name => name, protocols);
        AddKeys(keys, byPort, port => port.ToString(System.Globalization.CultureInfo.InvariantCulture), protocols);
        keys.AddRange(["no-such-service", "no-such-service/tcp", "65535/nosuchproto", "HTTP/tcp", "00080/tcp", "65536", "99999999999999999999", "", "/tcp"]);
        return keys;
    }

    private static void Add<TKey>(SortedDictionary<TKey, SortedSet<string>> index, TKey key, string protocol)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out SortedSet<string>? set))
        {
            index[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(protocol);
    }

    private static void AddKeys<TKey>(List<string> keys, SortedDictionary<TKey, SortedSet<string>> index, Func<TKey, string> format, List<string> protocols)
        where TKey : notnull
    {
        foreach ((TKey key, SortedSet<string> own) in index)
        {
            string text = format(key);
            keys.Add(text);
            keys.AddRange(own.Select(p => $"{text}/{p}"));
            if (protocols.FirstOrDefault(p => !own.Contains(p)) is { } missing)
            {
                keys.Add($"{text}/{missing}");
            }
        }
    }
}
