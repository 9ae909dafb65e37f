using Ports.Tests.Infrastructure;

namespace Ports.Tests.Corpus;

/// <summary>
/// Differential tests against glibc on real services files: the full enumeration and a lookup of every name, alias
/// and port must print the same bytes and exit status as glibc's <c>getent services</c>.
/// </summary>
public sealed class GlibcCorpusTests
{
    [Theory]
    [MemberData(nameof(ServicesCorpus.SharedFileNames), MemberType = typeof(ServicesCorpus))]
    public void Entries_SharedCorpusFile_EnumerateExactlyAsGlibc(string fileName)
        => AssertEnumerationMatches(ServicesCorpus.RequireShared(fileName));

    [Theory]
    [MemberData(nameof(ServicesCorpus.SharedFileNames), MemberType = typeof(ServicesCorpus))]
    public void TryGetByNameAndPort_SharedCorpusFile_AgreeWithGlibcOnEveryKey(string fileName)
        => AssertLookupsMatch(ServicesCorpus.RequireShared(fileName));

    [Fact]
    public void Entries_RepositoryFixtures_EnumerateExactlyAsGlibc()
    {
        foreach (string file in Directory.EnumerateFiles(TestPaths.TestData, "*.services"))
        {
            AssertEnumerationMatches(file);
        }
    }

    [Fact]
    public void TryGetByNameAndPort_RepositoryFixtures_AgreeWithGlibcOnEveryKey()
    {
        foreach (string file in Directory.EnumerateFiles(TestPaths.TestData, "*.services"))
        {
            AssertLookupsMatch(file);
        }
    }

    private static void AssertEnumerationMatches(string file)
    {
        GlibcOracle.Require();
        Assert.Null(GlibcDifferential.CompareEnumeration(file, PortRegistry.FromFile(file)));
    }

    private static void AssertLookupsMatch(string file)
    {
        GlibcOracle.Require();
        PortRegistry registry = PortRegistry.FromFile(file);
        Assert.Null(GlibcDifferential.CompareLookups(file, registry, ServicesCorpus.KeysFor(registry)));
    }
}
