namespace Ports.Benchmarks.Baselines;

/// <summary>What the naive parser keeps of a line: the same information as a <see cref="PortEntry"/>.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Port">The port.</param>
/// <param name="Protocol">The protocol.</param>
/// <param name="Aliases">The aliases.</param>
/// <param name="Comment">The comment, trimmed, or <see langword="null"/>.</param>
internal sealed record NaiveEntry(string Name, int Port, string Protocol, string[] Aliases, string? Comment);
