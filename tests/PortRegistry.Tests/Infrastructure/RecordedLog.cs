using Microsoft.Extensions.Logging;

namespace Ports.Tests.Infrastructure;

/// <summary>One message a <see cref="RecordingLoggerProvider"/> kept.</summary>
/// <param name="Category">The logger's category.</param>
/// <param name="Level">The message's level.</param>
/// <param name="EventName">The event's name.</param>
/// <param name="Message">The formatted message.</param>
internal sealed record RecordedLog(string Category, LogLevel Level, string? EventName, string Message);
