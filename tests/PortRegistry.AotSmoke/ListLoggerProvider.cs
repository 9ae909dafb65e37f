using Microsoft.Extensions.Logging;

namespace Ports.AotSmoke;

/// <summary>A logger provider that adds every message of the <c>Ports</c> categories to a list, to check what was logged.</summary>
/// <param name="messages">Where the messages go.</param>
internal sealed class ListLoggerProvider(List<string> messages) : ILoggerProvider
{
    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, messages);

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
