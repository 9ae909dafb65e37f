using System.Xml;
using Ports.Indexes;

namespace Ports.DataGenerator;

/// <summary>
/// The command line: <c>PortRegistry.DataGenerator INPUT.xml OUTPUT.services</c> reads the IANA registry XML and writes
/// the services file that PortRegistry embeds, then its prebuilt index beside it (<c>OUTPUT.index</c>).
/// </summary>
internal static class Program
{
    /// <summary>The usage text.</summary>
    internal const string Usage = """
        Usage: PortRegistry.DataGenerator INPUT.xml OUTPUT.services

        Reads the IANA Service Name and Transport Protocol Port Number Registry (the XML form,
        service-names-port-numbers.xml) and writes it as a services(5) file, then the prebuilt
        index of that file beside it (the same name ending in .index), which PortRegistry
        embeds with it.

          INPUT.xml         the IANA registry XML
          OUTPUT.services   the file to write (normally src/PortRegistry/Data/iana.services;
                            the index then goes to src/PortRegistry/Data/iana.index)

        Example, from the repository root:
          dotnet run --project src/PortRegistry.DataGenerator -- service-names-port-numbers.xml src/PortRegistry/Data/iana.services

        See docs/updating-data.md. Exit codes: 0 written, 1 wrong arguments or unreadable input or output.
        """;

    /// <summary>Runs the generator.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the generator with the given arguments and writers.</summary>
    /// <param name="args">The command-line arguments: input XML path and output path.</param>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="error">Where usage, errors and warnings go.</param>
    /// <returns>0 when the file was written; 1 on wrong arguments or an unreadable input or unwritable output.</returns>
    internal static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (args.Count == 1 && args[0] is "-h" or "--help" or "-?")
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (args.Count != 2 || string.IsNullOrWhiteSpace(args[0]) || string.IsNullOrWhiteSpace(args[1]))
        {
            error.WriteLine($"error: expected 2 arguments (INPUT.xml OUTPUT.services), got {args.Count}.");
            error.WriteLine();
            error.WriteLine(Usage);
            return 1;
        }

        string inputPath = args[0];
        string outputPath = args[1];

        IanaDocument document;
        try
        {
            using FileStream stream = File.OpenRead(inputPath);
            document = IanaXmlReader.Read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XmlException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            error.WriteLine($"error: cannot read the IANA registry '{inputPath}': {ex.Message}");
            return 1;
        }

        EntryBuildResult result = EntryBuilder.Build(document.Records);
        GenerationReport.WriteWarnings(error, result);
        if (result.Entries.Count == 0)
        {
            error.WriteLine($"error: '{inputPath}' holds no record with a name, a port and one of the protocols {string.Join(", ", IanaProtocols.All)}; nothing written.");
            return 1;
        }

        byte[] bytes = IanaServicesFormatter.Encode(IanaServicesFormatter.Format(document.Updated, result.Entries));
        string indexPath = Path.ChangeExtension(outputPath, ".index");
        if (!TryWrite(outputPath, bytes, error))
        {
            return 1;
        }

        // The index is built from the very bytes just written, through the library's own pipeline (parse, assemble, index).
        byte[] index;
        try
        {
            index = EmbeddedIndexWriter.Write(bytes);
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine($"error: cannot index '{outputPath}': {ex.Message}");
            return 1;
        }

        if (!TryWrite(indexPath, index, error))
        {
            return 1;
        }

        GenerationReport.Write(output, document.Updated, result, bytes.LongLength);
        output.WriteLine($"wrote {outputPath}");
        output.WriteLine($"wrote {indexPath} ({index.Length} bytes)");
        return 0;
    }

    private static bool TryWrite(string path, byte[] bytes, TextWriter error)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine($"error: cannot write '{path}': {ex.Message}");
            return false;
        }
    }
}
