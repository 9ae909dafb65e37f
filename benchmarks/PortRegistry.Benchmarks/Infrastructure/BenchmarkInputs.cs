using Ports.Reading;
using Ports.Sources;

namespace Ports.Benchmarks.Infrastructure;

/// <summary>
/// The services texts the benchmarks read: two real files from the shared corpus beside the repository
/// (<c>../shared/data/services</c>, or the folder <c>PORTREGISTRY_SHARED</c> names) and the embedded IANA data, which
/// is always there. Benchmarks take their inputs from <see cref="Available"/>, so that without the corpus they run on
/// the embedded data alone instead of failing.
/// </summary>
internal static class BenchmarkInputs
{
    /// <summary>Debian's netbase 6.4 file, 12.8 KB, 318 entries: the <c>/etc/services</c> of Debian 12.</summary>
    public const string Debian = "debian-netbase-6.4";

    /// <summary>Fedora's setup 2.14.5 file, 700 KB, 11,441 entries: the largest common one.</summary>
    public const string Fedora = "fedora-setup-2.14.5";

    /// <summary>The IANA data embedded in the library, 480 KB, about 11,600 entries.</summary>
    public const string Embedded = "embedded";

    private static readonly Lazy<string?> s_sharedServices = new(FindSharedServices);

    /// <summary>Gets the inputs that exist on this machine, smallest first.</summary>
    public static IEnumerable<string> Available
    {
        get
        {
            if (SharedServicesFolder is not null)
            {
                yield return Debian;
                yield return Fedora;
            }

            yield return Embedded;
        }
    }

    /// <summary>Gets the shared corpus folder, or <see langword="null"/> when it is not beside the repository.</summary>
    public static string? SharedServicesFolder => s_sharedServices.Value;

    /// <summary>Returns an input's bytes, exactly as stored.</summary>
    /// <param name="input">One of <see cref="Available"/>.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ReadBytes(string input)
    {
        if (input == Embedded)
        {
            using Stream stream = typeof(PortRegistry).Assembly.GetManifestResourceStream(EmbeddedData.ResourceName)
                ?? throw new InvalidOperationException($"The resource {EmbeddedData.ResourceName} is missing.");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }

        string folder = SharedServicesFolder
            ?? throw new InvalidOperationException($"The input '{input}' needs the shared services corpus, which is not beside the repository.");
        return File.ReadAllBytes(Path.Combine(folder, input + ".services"));
    }

    /// <summary>Returns an input's text, decoded as the library decodes files.</summary>
    /// <param name="input">One of <see cref="Available"/>.</param>
    /// <returns>The text.</returns>
    public static string ReadText(string input) => LosslessUtf8.GetString(ReadBytes(input));

    private static string? FindSharedServices()
    {
        string? configured = Environment.GetEnvironmentVariable("PORTREGISTRY_SHARED");
        string? shared = string.IsNullOrEmpty(configured) ? FindRepoRoot() is { } root ? Path.Combine(root, "..", "shared") : null : configured;
        if (shared is null)
        {
            return null;
        }

        string services = Path.GetFullPath(Path.Combine(shared, "data", "services"));
        return File.Exists(Path.Combine(services, Debian + ".services")) && File.Exists(Path.Combine(services, Fedora + ".services"))
            ? services
            : null;
    }

    private static string? FindRepoRoot()
    {
        // BenchmarkDotNet runs each benchmark from a generated project below this project's bin folder, so walk up.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortRegistry.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
