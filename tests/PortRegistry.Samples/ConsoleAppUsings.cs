// The usings that docs/dependency-injection.md tells a console app's Program.cs to start with. Inside this project's
// namespace, `using Ports;` is redundant; the page's snippets need it in a new console app.
#pragma warning disable IDE0005
// begin-snippet: di-usings
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ports;
// end-snippet
#pragma warning restore IDE0005

namespace Ports.Samples;

/// <summary>Uses each namespace of the usings above, so that they are what the samples need.</summary>
internal static class ConsoleAppUsings
{
    /// <summary>Gets one type of each namespace.</summary>
    public static Type[] Types => [typeof(ServiceCollection), typeof(IHost), typeof(ILogger), typeof(IOptions<>), typeof(PortRegistry)];
}
