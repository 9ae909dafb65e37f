using Ports.Indexes;
using Ports.Sources;

namespace Ports.Assembling;

/// <summary>
/// Reads the sources of a <see cref="SourcePlan"/> in order and assembles their entries: a required source that cannot
/// be read throws, an optional one is recorded as not loaded, and a fallback is read only when nothing before it loaded.
/// </summary>
internal static class SourceLoader
{
    private static readonly Lazy<AssembledEntries> s_embedded = new(AssembleEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the embedded data, assembled once per process and shared by every registry that holds it: its prebuilt index
    /// (<see cref="AssembledEntries.Embedded"/>, no entry in the list) where it can be read in place, otherwise its
    /// entries parsed from the text.
    /// </summary>
    public static AssembledEntries Embedded => s_embedded.Value;

    /// <summary>Reads and assembles the sources of <paramref name="plan"/>.</summary>
    /// <param name="plan">The sources, in precedence order (an array, not a span: a span of the library's own value type is
    /// generic code that ReadyToRun leaves to the JIT on first use).</param>
    /// <param name="entries">The application's entries, for the <see cref="PortSourceKind.Custom"/> source.</param>
    /// <param name="maxFileSize">The largest services file that is read, in bytes.</param>
    /// <returns>The assembled entries.</returns>
    /// <exception cref="IOException">A required file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A required file may not be read.</exception>
    public static AssembledEntries Load(SourceStep[] plan, IReadOnlyCollection<PortEntry> entries, long maxFileSize)
    {
        var assembler = new EntryAssembler();
        foreach (SourceStep step in plan)
        {
            if (step.Use == SourceUse.Fallback && assembler.HasLoadedData)
            {
                continue;
            }

            switch (step.Kind)
            {
                case PortSourceKind.Custom:
                    assembler.AddEntries(entries);
                    break;
                case PortSourceKind.Embedded:
                    assembler.AddAssembled(Embedded);
                    break;
                case PortSourceKind.File when step.Use == SourceUse.Required:
                    LoadFile(step.Path!, maxFileSize, assembler);
                    break;
                case PortSourceKind.File:
                    TryLoadFile(step.Path!, maxFileSize, assembler);
                    break;
                default:
                    throw new InvalidOperationException($"A plan cannot hold a source of kind {step.Kind}.");
            }
        }

        return assembler.Build();
    }

    private static AssembledEntries AssembleEmbedded()
    {
        EmbeddedData data = EmbeddedData.Open();
        if (EmbeddedIndex.TryOpen(data) is { } index)
        {
            // The prebuilt index: nothing parsed, no entry made until a lookup needs it. Its text has no skipped lines
            // (the index could not have been written otherwise).
            PortSourceStatus status = new(PortSourceKind.Embedded, EmbeddedData.Location, IsLoaded: true, index.Count, Error: null);
            return new AssembledEntries([], [], [status], data.Version, IsEmbeddedOnly: true, index);
        }

        // A big-endian machine, or a runtime that copies resources: parse the text.
        var assembler = new EntryAssembler();
        assembler.AddEmbedded(data);
        return assembler.Build();
    }

    private static void LoadFile(string path, long maxFileSize, EntryAssembler assembler)
    {
        byte[] bytes = ServicesFileReader.ReadBytes(path, maxFileSize, out int length);
        try
        {
            assembler.AddUtf8(bytes.AsSpan(0, length), PortSourceKind.File, path);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static void TryLoadFile(string path, long maxFileSize, EntryAssembler assembler)
    {
        try
        {
            LoadFile(path, maxFileSize, assembler);
        }
#pragma warning disable CA1031 // An optional source must never throw: every failure is recorded instead.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            assembler.AddFailure(PortSourceKind.File, path, ex.Message);
        }
    }
}
