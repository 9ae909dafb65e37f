namespace Ports.Tests.Infrastructure;

/// <summary>The tests that redirect the process-wide console; xunit runs them on their own, after the parallel ones.</summary>
[CollectionDefinition(nameof(ConsoleRedirection), DisableParallelization = true)]
public sealed class ConsoleRedirection;
