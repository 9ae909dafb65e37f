using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ports.Tests.Infrastructure;

/// <summary>A logger provider that keeps every message written through it, at every level, for tests to read.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> _logs = new();

    /// <summary>Gets the messages written so far, in order.</summary>
    public IReadOnlyList<RecordedLog> Logs => [.. _logs];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, _logs);

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
