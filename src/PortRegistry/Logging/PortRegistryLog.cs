using Microsoft.Extensions.Logging;

namespace Ports.Logging;

/// <summary>
/// What a registry built for dependency injection logs once, when it is first resolved: each source that could not be
/// read (a warning), and the lines that were skipped (a debug summary). Code outside dependency injection logs nothing.
/// </summary>
internal static partial class PortRegistryLog
{
    /// <summary>Logs what happened while <paramref name="registry"/> was loaded.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="registry">The registry just built.</param>
    public static void Loaded(ILogger logger, PortRegistry registry)
    {
        foreach (PortSourceStatus source in registry.Sources)
        {
            if (!source.IsLoaded)
            {
                SourceNotLoaded(logger, source.Location, source.Error ?? "unknown", Fallback(registry));
            }
        }

        if (registry.Diagnostics.Count > 0)
        {
            LinesSkipped(logger, registry.Diagnostics.Count, new SkippedLines(registry.Diagnostics));
        }
    }

    [LoggerMessage(EventId = 1, EventName = "SourceNotLoaded", Level = LogLevel.Warning,
        Message = "The services file {Path} could not be read: {Reason}. The port registry answers from {Fallback} instead.")]
    private static partial void SourceNotLoaded(ILogger logger, string path, string reason, string fallback);

    [LoggerMessage(EventId = 2, EventName = "LinesSkipped", Level = LogLevel.Debug,
        Message = "The port registry skipped {Count} services lines, as glibc does: {Lines}")]
    private static partial void LinesSkipped(ILogger logger, int count, SkippedLines lines);

    /// <summary>Says which sources did load: what the registry answers from.</summary>
    private static string Fallback(PortRegistry registry)
    {
        string[] loaded = [.. registry.Sources.Where(s => s.IsLoaded).Select(s => s.ToString())];
        return loaded.Length == 0 ? "no data at all" : string.Join(" and ", loaded);
    }
}
