using System.Buffers;
using Ports.Cli.Getent;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Corpus;

/// <summary>
/// Compares the registry with glibc output recorded in the repository (<c>TestData/*.getent</c>, made by
/// <c>eng/record-getent.sh</c>), so that glibc compatibility is checked on every machine, with or without the oracle.
/// </summary>
public sealed class GlibcRecordedTests
{
    [Theory]
    [InlineData("edge-cases")]
    [InlineData("fedora-setup-2.14.5")]
    public void Entries_RepositoryFixture_PrintExactlyWhatGlibcPrinted(string name)
    {
        string services = Path.Combine(TestPaths.TestData, name + ".services");
        byte[] expected = File.ReadAllBytes(Path.Combine(TestPaths.TestData, name + ".getent"));
        var ours = new ArrayBufferWriter<byte>();
        Assert.Equal(0, GetentPrinter.Run(PortRegistry.FromFile(services), [], ours));
        Assert.True(expected.AsSpan().SequenceEqual(ours.WrittenSpan), $"{name}: the enumeration differs from glibc's recorded output");
    }

    [Fact]
    public void Entries_EdgeCases_CountsAndDiagnosticsMatchTheFixture()
    {
        PortRegistry registry = PortRegistry.FromFile(Path.Combine(TestPaths.TestData, "edge-cases.services"));
        int glibcLines = File.ReadAllLines(Path.Combine(TestPaths.TestData, "edge-cases.getent")).Length;
        Assert.Equal(glibcLines, registry.Entries.Count);
        Assert.Equal(
            [
                ServicesLineError.MissingPort, ServicesLineError.MissingPort, ServicesLineError.UnexpectedCharacterAfterPort,
                ServicesLineError.UnexpectedCharacterAfterPort, ServicesLineError.InvalidPort, ServicesLineError.UnexpectedCharacterAfterPort,
                ServicesLineError.PortOverflow, ServicesLineError.PortOverflow, ServicesLineError.PortOverflow, ServicesLineError.PortOverflow,
                ServicesLineError.UnexpectedCharacterAfterPort, ServicesLineError.UnexpectedCharacterAfterPort,
                ServicesLineError.UnexpectedCharacterAfterPort, ServicesLineError.UnexpectedCharacterAfterPort,
            ],
            registry.Diagnostics.Select(d => d.Error));
        Assert.All(registry.Diagnostics, d => Assert.Contains(d.Line.Split(' ')[0], File.ReadAllText(Path.Combine(TestPaths.TestData, "edge-cases.services")), StringComparison.Ordinal));
    }
}
