using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ports.Tests.Infrastructure;

/// <summary>A logger that adds every message to a queue; every level is enabled.</summary>
/// <param name="category">The category.</param>
/// <param name="logs">Where the messages go.</param>
internal sealed class RecordingLogger(string category, ConcurrentQueue<RecordedLog> logs) : ILogger
{
    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => logs.Enqueue(new RecordedLog(category, logLevel, eventId.Name, formatter(state, exception)));
}
