using Microsoft.Extensions.Logging;

namespace Ports.AotSmoke;

/// <summary>A logger that adds its messages, with their level, to a list when its category is one of the library's.</summary>
/// <param name="category">The logger's category.</param>
/// <param name="messages">Where the messages go.</param>
internal sealed class ListLogger(string category, List<string> messages) : ILogger
{
    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && category.StartsWith("Ports.", StringComparison.Ordinal);

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            lock (messages)
            {
                messages.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
