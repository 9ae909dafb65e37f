using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;

namespace Ports.Tests.Reliability;

/// <summary>
/// Many threads at once: <see cref="PortRegistry.Default"/> and <see cref="PortRegistry.Embedded"/> initialise once under
/// contention, lookups and labels from many threads give the answers one thread gets, and a registry handed to another thread
/// (including its lazily built case-insensitive index) is never seen half-built.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 16;

    /// <summary>
    /// <see cref="PortRegistry.Default"/> and <see cref="PortRegistry.Embedded"/> are process-wide singletons that this
    /// test process initialised long ago, so the race runs on a fresh copy of the assembly loaded into its own
    /// <see cref="AssemblyLoadContext"/>: same code, fresh statics, and a first use that 16 threads reach together.
    /// </summary>
    [Theory]
    [InlineData(nameof(PortRegistry.Default))]
    [InlineData(nameof(PortRegistry.Embedded))]
    public void Singleton_SixteenThreadsRaceOnFirstUse_AllGetOneWholeInstance(string property)
    {
        var context = new AssemblyLoadContext($"fresh-{property}", isCollectible: true);
        try
        {
            Assembly fresh = context.LoadFromAssemblyPath(typeof(PortRegistry).Assembly.Location);
            Type type = fresh.GetType(typeof(PortRegistry).FullName!, throwOnError: true)!;
            Assert.NotSame(typeof(PortRegistry), type);
            MethodInfo getter = type.GetProperty(property)!.GetMethod!;
            Type entryByRef = fresh.GetType(typeof(PortEntry).FullName!, throwOnError: true)!.MakeByRefType();
            MethodInfo tryGetByPort = type.GetMethod(nameof(PortRegistry.TryGetByPort), [typeof(int), typeof(string), entryByRef])!;
            PropertyInfo entries = type.GetProperty(nameof(PortRegistry.Entries))!;

            object?[] seen = new object?[Threads];
            long[] allocated = new long[Threads];
            int[] counts = new int[Threads];
            bool[] found = new bool[Threads];
            using var start = new Barrier(Threads);
            RunThreads(i =>
            {
                start.SignalAndWait();
                long before = GC.GetAllocatedBytesForCurrentThread();
                object registry = getter.Invoke(null, null)!;
                allocated[i] = GC.GetAllocatedBytesForCurrentThread() - before;
                seen[i] = registry;
                counts[i] = ((ICollection)entries.GetValue(registry)!).Count;
                object?[] args = [443, "tcp", null];
                found[i] = (bool)tryGetByPort.Invoke(registry, args)! && args[2] is not null;
            });

            PortRegistry expected = property == nameof(PortRegistry.Default) ? PortRegistry.Default : PortRegistry.Embedded;
            Assert.All(seen, registry => Assert.Same(seen[0], registry));

            // Initialised once: one thread built the registry (and allocated its data); the other 15 waited for it.
            long most = allocated.Max();
            Assert.True(allocated.Count(a => a > most / 2) == 1, $"bytes allocated by each thread's first use: {string.Join(", ", allocated)}");
            Assert.All(counts, count => Assert.Equal(expected.Entries.Count, count));
            Assert.Equal(expected.TryGetByPort(443, "tcp", out _), found[0]);
            Assert.All(found, f => Assert.Equal(found[0], f));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// The embedded entries read their descriptions from the resource on first use; 16 threads doing that for every
    /// entry at once, in a fresh copy of the assembly (see above), must read what one thread reads.
    /// </summary>
    [Fact]
    public void EmbeddedDescriptions_SixteenThreadsReadThemFirst_SameAsOneThread()
    {
        string?[] expected = [.. PortRegistry.Embedded.Entries.Select(e => e.Description)];
        var context = new AssemblyLoadContext("fresh-descriptions", isCollectible: true);
        try
        {
            Type type = context.LoadFromAssemblyPath(typeof(PortRegistry).Assembly.Location).GetType(typeof(PortRegistry).FullName!, throwOnError: true)!;
            var entries = (IList)type.GetProperty(nameof(PortRegistry.Entries))!.GetValue(type.GetProperty(nameof(PortRegistry.Embedded))!.GetValue(null))!;
            PropertyInfo description = entries[0]!.GetType().GetProperty(nameof(PortEntry.Description))!;
            var failures = new int[Threads];
            using var start = new Barrier(Threads);
            RunThreads(i =>
            {
                start.SignalAndWait();
                for (int k = 0; k < expected.Length; k++)
                {
                    int q = (k + (i * 733)) % expected.Length;
                    if (!string.Equals((string?)description.GetValue(entries[q]), expected[q], StringComparison.Ordinal))
                    {
                        failures[i]++;
                    }
                }
            });

            Assert.Contains(expected, d => d is not null);
            Assert.All(failures, f => Assert.Equal(0, f));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Lookups_SixteenThreadsAtOnce_AnswerAsOneThread()
    {
        // A fresh registry, so that the threads also race to build the case-insensitive index on first use.
        PortRegistry registry = PortRegistry.Parse(EmbeddedText());
        string[] names = [.. registry.Entries.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct(StringComparer.Ordinal).Select((n, i) => i % 3 == 0 ? n.ToUpperInvariant() : n)];
        string?[] protocols = [null, "tcp", "udp", "sctp", "dccp", "TCP", string.Empty];

        PortEntry?[] expected = Answers(PortRegistry.Parse(EmbeddedText()), names, protocols, offset: 0);
        var failures = new int[Threads];
        using var start = new Barrier(Threads);
        RunThreads(i =>
        {
            start.SignalAndWait();
            PortEntry?[] actual = Answers(registry, names, protocols, offset: i * 997);
            failures[i] = expected.Zip(actual).Count(pair => pair.First != pair.Second);
        });

        Assert.All(failures, f => Assert.Equal(0, f));
    }

    [Fact]
    public void Label_SixteenThreadsAtOnce_AnswerAsOneThread()
    {
        int[] ports = [0, 7, 21, 22, 53, 80, 123, 443, 512, 750, 993, 1023, 1024, 3306, 5432, 7000, 8080, 32768, 49151, 49152, 60999, 61000, 65535];
        (int Local, int? Remote, string Protocol)[] sockets =
        [
            .. from local in ports
               from remote in ports.Select(p => (int?)p).Prepend(null)
               from protocol in new[] { "tcp", "udp" }
               select (local, remote, protocol),
        ];
        PortRegistry registry = PortRegistry.Parse(EmbeddedText());
        string[] expected = Labels(PortRegistry.Parse(EmbeddedText()), sockets, offset: 0);
        var failures = new int[Threads];
        using var start = new Barrier(Threads);
        RunThreads(i =>
        {
            start.SignalAndWait();
            failures[i] = expected.Zip(Labels(registry, sockets, offset: i * 31)).Count(pair => pair.First != pair.Second);
        });

        Assert.All(failures, f => Assert.Equal(0, f));
    }

    private static string[] Labels(PortRegistry registry, (int Local, int? Remote, string Protocol)[] sockets, int offset)
    {
        string[] labels = new string[sockets.Length];
        for (int k = 0; k < sockets.Length; k++)
        {
            int q = (k + offset) % sockets.Length;
            ConnectionLabel label = registry.Label(sockets[q].Local, sockets[q].Remote, sockets[q].Protocol);
            labels[q] = $"{label} [{label.RegistryEntry}] {label.Class} {label.ServicePort}";
        }

        return labels;
    }

    [Fact]
    public void Registry_PublishedToOtherThreadsWhileTheyRead_NeverSeenHalfBuilt()
    {
        PortRegistry? shared = null;
        int published = 0;
        var problems = new List<string>();
        using var start = new Barrier(Threads);
        RunThreads(i =>
        {
            start.SignalAndWait();
            if (i == 0)
            {
                for (int n = 2; n <= 400; n++)
                {
                    // Plain stores: .NET's memory model publishes an object's constructed state with its reference.
                    shared = PortRegistry.Parse(Numbered(n));
                    published = n;
                }

                return;
            }

            while (Volatile.Read(ref published) < 400)
            {
                if (shared is not { } registry)
                {
                    continue;
                }

                // Entry 0 says how many entries the registry has; every index must be complete.
                int count = registry.Entries[0].Port;
                bool whole = registry.Entries.Count == count
                    && registry.TryGetByPort(count - 1, "udp", out PortEntry? last) && last.Name == $"s{count - 1}"
                    && registry.TryGetByNameIgnoreCase($"S{count / 2}", null, out PortEntry? middle) && middle.Port == count / 2
                    && registry.GetFirstPerProtocol("all").Length == 1;
                if (!whole)
                {
                    lock (problems)
                    {
                        problems.Add($"a registry of {count} entries was seen with {registry.Entries.Count}");
                    }
                }
            }
        });

        Assert.Empty(problems);
    }

    private static PortEntry?[] Answers(PortRegistry registry, string[] names, string?[] protocols, int offset)
    {
        int perName = protocols.Length * 2;
        int perPort = protocols.Length;
        int total = (names.Length * perName) + (65538 * perPort);
        var answers = new PortEntry?[total];
        for (int k = 0; k < total; k++)
        {
            // Each thread walks the same questions from a different starting point.
            int q = (k + offset) % total;
            if (q < names.Length * perName)
            {
                string name = names[q / perName];
                string? protocol = protocols[q % protocols.Length];
                bool ignoreCase = q % perName >= protocols.Length;
                answers[q] = (ignoreCase ? registry.TryGetByNameIgnoreCase(name, protocol, out PortEntry? entry) : registry.TryGetByName(name, protocol, out entry)) ? entry : null;
            }
            else
            {
                int p = q - (names.Length * perName);
                answers[q] = registry.TryGetByPort((p / perPort) - 1, protocols[p % perPort], out PortEntry? entry) ? entry : null;
            }
        }

        // Compare by value across registries: return the entries themselves (value equality).
        return answers;
    }

    private static string EmbeddedText()
    {
        var text = new StringBuilder();
        foreach (PortEntry entry in PortRegistry.Embedded.Entries)
        {
            text.Append(entry).Append('\n');
        }

        return text.ToString();
    }

    private static string Numbered(int count)
    {
        var text = new StringBuilder($"s0 {count}/tcp all\n");
        for (int i = 1; i < count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"s{i} {i}/udp\n");
        }

        return text.ToString();
    }

    private static void RunThreads(Action<int> body)
    {
        var errors = new Exception?[Threads];
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            try
            {
                body(i);
            }
#pragma warning disable CA1031 // Reported on the test thread below.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors[i] = ex;
            }
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.All(errors, Assert.Null);
    }
}
