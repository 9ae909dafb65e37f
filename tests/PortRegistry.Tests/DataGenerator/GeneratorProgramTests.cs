using System.Text;
using Ports.DataGenerator;
using Ports.Indexes;
using Ports.Sources;

namespace Ports.Tests.DataGenerator;

/// <summary>The generator's command line, end to end on small inline registries.</summary>
public sealed class GeneratorProgramTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portregistry-generator-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteInput(string xml)
    {
        string path = Path.Combine(_folder, "registry.xml");
        File.WriteAllText(path, xml, new UTF8Encoding(false));
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using StringWriter output = new();
        using StringWriter error = new();
        int exitCode = Ports.DataGenerator.Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("only-one.xml")]
    [InlineData("a.xml", "b.services", "c")]
    [InlineData("", "b.services")]
    public void Run_WrongNumberOfArguments_PrintsUsageAndReturns1(params string[] args)
    {
        (int exitCode, string output, string error) = Run(args);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("Usage: PortRegistry.DataGenerator INPUT.xml OUTPUT.services", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_PrintsUsageAndReturns0()
    {
        (int exitCode, string output, _) = Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingInput_Returns1AndWritesNothing()
    {
        string target = Path.Combine(_folder, "out.services");

        (int exitCode, _, string error) = Run(Path.Combine(_folder, "missing.xml"), target);

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Run_InputNotXml_Returns1()
    {
        string input = WriteInput("tcpmux 1/tcp\n");

        (int exitCode, _, string error) = Run(input, Path.Combine(_folder, "out.services"));

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SmallRegistry_WritesExactServicesFile()
    {
        string input = WriteInput(RegistryXml.RegistryWithDate(
            "2026-08-17",
            RegistryXml.Record(null, "tcp", "0", "Reserved"),
            RegistryXml.Record("http", "udp", "80", "World Wide Web HTTP"),
            RegistryXml.Record("http", "tcp", "80", "World Wide Web HTTP"),
            RegistryXml.Record("www", "tcp", "80", "World Wide Web HTTP"),
            RegistryXml.Record("www-http", "tcp", "80", "World Wide Web HTTP"),
            RegistryXml.Record("http", "sctp", "80", "HTTP"),
            RegistryXml.Record("ircu", "tcp", "6665-6667", "IRCU"),
            RegistryXml.Record("my svc", "dccp", "7", "  Mapped\n\tname  "),
            RegistryXml.Record("echo", "tcp", "7"),
            RegistryXml.Record("swx", null, "7300-7359", "The Swiss Exchange")));
        string target = Path.Combine(_folder, "out.services");

        (int exitCode, string output, string error) = Run(input, target);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        string[] expectedEntries =
        [
            "echo\t7/tcp",
            "my-svc\t7/dccp # Mapped name",
            "http\t80/tcp www www-http # World Wide Web HTTP",
            "http\t80/udp # World Wide Web HTTP",
            "http\t80/sctp # HTTP",
            "ircu\t6665/tcp # IRCU",
            "ircu\t6666/tcp # IRCU",
            "ircu\t6667/tcp # IRCU",
        ];
        string expected = "# iana-updated: 2026-08-17\n"
            + string.Concat(IanaServicesFormatter.HeaderComments.Select(c => c + "\n"))
            + string.Concat(expectedEntries.Select(e => e + "\n"));
        byte[] bytes = File.ReadAllBytes(target);
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
        Assert.Contains("'my svc' -> 'my-svc'", output, StringComparison.Ordinal);
        Assert.Contains("ircu 6665-6667/tcp: 3 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameInputTwice_SameBytes()
    {
        string input = WriteInput(RegistryXml.Registry(
            RegistryXml.Record("x11", "tcp", "6000-6063", "X Window System"),
            RegistryXml.Record("x11", "udp", "6000-6063", "X Window System")));
        string first = Path.Combine(_folder, "first.services");
        string second = Path.Combine(_folder, "second.services");

        Assert.Equal(0, Run(input, first).ExitCode);
        Assert.Equal(0, Run(input, second).ExitCode);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(File.ReadAllBytes(Path.ChangeExtension(first, ".index")), File.ReadAllBytes(Path.ChangeExtension(second, ".index")));
        Assert.Equal(1 + IanaServicesFormatter.HeaderComments.Count + 128, File.ReadAllLines(first).Length);
    }

    [Fact]
    public void Run_SmallRegistry_WritesTheIndexOfTheServicesFileBesideIt()
    {
        string input = WriteInput(RegistryXml.Registry(
            RegistryXml.Record("http", "tcp", "80", "World Wide Web HTTP"),
            RegistryXml.Record("www", "tcp", "80", "World Wide Web HTTP"),
            RegistryXml.Record("x11", "udp", "6000-6003", "X Window System")));
        string target = Path.Combine(_folder, "out.services");

        (int exitCode, string output, _) = Run(input, target);

        Assert.Equal(0, exitCode);
        string indexPath = Path.Combine(_folder, "out.index");
        byte[] text = File.ReadAllBytes(target);
        byte[] index = File.ReadAllBytes(indexPath);
        Assert.Equal(EmbeddedIndexWriter.Write(text), index);
        Assert.Contains($"wrote {indexPath}", output, StringComparison.Ordinal);
        EmbeddedIndex opened = EmbeddedIndex.FromBytes(EmbeddedData.FromBytes(text), index);
        Assert.Equal(5, opened.Count);
        Assert.Equal(["http/tcp"], opened.ByName("www").ToArray().Select(e => $"{e.Name}/{e.Protocol}"));
        Assert.Equal("X Window System", opened.ByPort(6002)[0].Description);
    }

    [Fact]
    public void Run_NoKeptRecords_Returns1AndWritesNothing()
    {
        string input = WriteInput(RegistryXml.Registry(RegistryXml.Record(null, "tcp", "0", "Reserved")));
        string target = Path.Combine(_folder, "out.services");

        (int exitCode, _, string error) = Run(input, target);

        Assert.Equal(1, exitCode);
        Assert.Contains("nothing written", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
