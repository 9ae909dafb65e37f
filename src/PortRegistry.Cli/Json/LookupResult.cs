namespace Ports.Cli.Json;

/// <summary>What <c>lookup</c> found for one key.</summary>
/// <param name="Key">The key as typed.</param>
/// <param name="Entries">The entries; empty when the key matched nothing.</param>
internal sealed record LookupResult(string Key, IReadOnlyList<ServiceView> Entries);
