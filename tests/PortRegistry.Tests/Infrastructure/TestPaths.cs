namespace Ports.Tests.Infrastructure;

/// <summary>Finds the repository and the optional shared folder beside it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> s_repoRoot = new(FindRepoRoot);

    /// <summary>Gets the repository root (the folder holding PortRegistry.sln).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>
    /// Gets the shared folder (services corpus, glibc oracle) when it exists: <c>PORTREGISTRY_SHARED</c> if set, else
    /// <c>../shared</c> beside the repository; <see langword="null"/> when absent.
    /// </summary>
    public static string? SharedRoot
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable("PORTREGISTRY_SHARED");
            string candidate = string.IsNullOrEmpty(configured) ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared")) : configured;
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>Gets the folder of services files in the shared corpus, or <see langword="null"/>.</summary>
    public static string? SharedServicesData => SharedRoot is { } root && Directory.Exists(Path.Combine(root, "data", "services"))
        ? Path.Combine(root, "data", "services")
        : null;

    /// <summary>Gets the test data folder copied beside the test assembly.</summary>
    public static string TestData => Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <summary>Returns the shared folder or skips the test when it is not there.</summary>
    /// <returns>The shared services data folder.</returns>
    public static string RequireSharedServicesData()
    {
        string? path = SharedServicesData;
        if (path is null)
        {
            Assert.Skip("The shared services corpus (../shared/data/services) is not beside this repository.");
        }

        return path;
    }

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortRegistry.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PortRegistry.sln was not found above {AppContext.BaseDirectory}.");
    }
}
